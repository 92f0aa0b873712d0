// @generated from api-spec/im_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.im_1_0()`. Generated from `api-spec/im_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `im_1_0`. Get it with `client.im_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 群维度添加群标签页
    ///
    /// `POST /v1.0/im/convNavTabs/add` (operation `AddConvNavTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddConvNavTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_conv_nav_tab(
        &self,
        request: &AddConvNavTabRequest,
    ) -> rt::Call<AddConvNavTabResponseBody, AddConvNavTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddConvNavTab",
            rt::Method::Post,
            "/v1.0/im/convNavTabs/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加企业文字表情
    ///
    /// `POST /v1.0/im/organizations/textEmotions` (operation `AddOrgTextEmotion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOrgTextEmotionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_org_text_emotion(
        &self,
        request: &AddOrgTextEmotionRequest,
    ) -> rt::Call<AddOrgTextEmotionResponseBody, AddOrgTextEmotionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOrgTextEmotion",
            rt::Method::Post,
            "/v1.0/im/organizations/textEmotions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加机器人到会话
    ///
    /// `POST /v1.0/im/conversations/robots` (operation `AddRobotToConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRobotToConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_robot_to_conversation(
        &self,
        request: &AddRobotToConversationRequest,
    ) -> rt::Call<AddRobotToConversationResponseBody, AddRobotToConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRobotToConversation",
            rt::Method::Post,
            "/v1.0/im/conversations/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加场景群成员
    ///
    /// `POST /v1.0/im/sceneGroup/member/add` (operation `AddSceneGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddSceneGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_scene_group_member(
        &self,
        request: &AddSceneGroupMemberRequest,
    ) -> rt::Call<AddSceneGroupMemberResponseBody, AddSceneGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddSceneGroupMember",
            rt::Method::Post,
            "/v1.0/im/sceneGroup/member/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增链接增强注册规则
    ///
    /// `POST /v1.0/im/unfurling/rules` (operation `AddUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_unfurling_register(
        &self,
        request: &AddUnfurlingRegisterRequest,
    ) -> rt::Call<AddUnfurlingRegisterResponseBody, AddUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddUnfurlingRegister",
            rt::Method::Post,
            "/v1.0/im/unfurling/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 自动开通钉钉客联微应用
    ///
    /// `POST /v1.0/im/interconnections/apps/open` (operation `AutoOpenDingTalkConnect`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AutoOpenDingTalkConnectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn auto_open_ding_talk_connect(
        &self,
    ) -> rt::Call<AutoOpenDingTalkConnectResponseBody, AutoOpenDingTalkConnectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AutoOpenDingTalkConnect",
            rt::Method::Post,
            "/v1.0/im/interconnections/apps/open",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 批量查询家校群消息详情
    ///
    /// `POST /v1.0/im/conversations/familySchools/messages/batchQuery` (operation `BatchQueryFamilySchoolMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryFamilySchoolMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_family_school_message(
        &self,
        request: &BatchQueryFamilySchoolMessageRequest,
    ) -> rt::Call<
        BatchQueryFamilySchoolMessageResponseBody,
        BatchQueryFamilySchoolMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryFamilySchoolMessage",
            rt::Method::Post,
            "/v1.0/im/conversations/familySchools/messages/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群成员
    ///
    /// `POST /v1.0/im/sceneGroups/members/batchQuery` (operation `BatchQueryGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_group_member(
        &self,
        request: &BatchQueryGroupMemberRequest,
    ) -> rt::Call<BatchQueryGroupMemberResponseBody, BatchQueryGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryGroupMember",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/members/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉互动卡片模板构建动作
    ///
    /// `POST /v1.0/im/interactiveCards/templates/buildAction` (operation `CardTemplateBuildAction`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CardTemplateBuildActionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn card_template_build_action(
        &self,
        request: &CardTemplateBuildActionRequest,
    ) -> rt::Call<CardTemplateBuildActionResponseBody, CardTemplateBuildActionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CardTemplateBuildAction",
            rt::Method::Post,
            "/v1.0/im/interactiveCards/templates/buildAction",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更换群主
    ///
    /// `PUT /v1.0/im/interconnections/groups/owners` (operation `ChangeGroupOwner`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChangeGroupOwnerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn change_group_owner(
        &self,
        request: &ChangeGroupOwnerRequest,
    ) -> rt::Call<ChangeGroupOwnerResponseBody, ChangeGroupOwnerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeGroupOwner",
            rt::Method::Put,
            "/v1.0/im/interconnections/groups/owners",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 会话开放的ChatId转OpenConversationId
    ///
    /// `POST /v1.0/im/chat/{chat_id}/convertToOpenConversationId` (operation `ChatIdToOpenConversationId`).
    ///
    /// # Path parameters
    ///
    /// - `chat_id` (`chat_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChatIdToOpenConversationIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn chat_id_to_open_conversation_id(
        &self,
        chat_id: &str,
    ) -> rt::Call<
        ChatIdToOpenConversationIdResponseBody,
        ChatIdToOpenConversationIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatIdToOpenConversationId",
            rt::Method::Post,
            "/v1.0/im/chat/{chat_id}/convertToOpenConversationId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[chat_id], &())
    }
    /// 设置群管理员
    ///
    /// `POST /v1.0/im/subAdministrators` (operation `ChatSubAdminUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChatSubAdminUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn chat_sub_admin_update(
        &self,
        request: &ChatSubAdminUpdateRequest,
    ) -> rt::Call<ChatSubAdminUpdateResponseBody, ChatSubAdminUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatSubAdminUpdate",
            rt::Method::Post,
            "/v1.0/im/subAdministrators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户是否为企业内部群成员
    ///
    /// `POST /v1.0/im/innerGroups/members/check` (operation `CheckUserIsGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckUserIsGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn check_user_is_group_member(
        &self,
        request: &CheckUserIsGroupMemberRequest,
    ) -> rt::Call<CheckUserIsGroupMemberResponseBody, CheckUserIsGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckUserIsGroupMember",
            rt::Method::Post,
            "/v1.0/im/innerGroups/members/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 链接增强规则拷贝
    ///
    /// `POST /v1.0/im/unfurling/rules/copy` (operation `CopyUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_unfurling_register(
        &self,
        request: &CopyUnfurlingRegisterRequest,
    ) -> rt::Call<CopyUnfurlingRegisterResponseBody, CopyUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyUnfurlingRegister",
            rt::Method::Post,
            "/v1.0/im/unfurling/rules/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询消息开放群模板下群计数
    ///
    /// `POST /v1.0/im/openMsgSceneGroups/templates/counts/query` (operation `CountOpenMsgSceneGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CountOpenMsgSceneGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn count_open_msg_scene_groups(
        &self,
        request: &CountOpenMsgSceneGroupsRequest,
    ) -> rt::Call<CountOpenMsgSceneGroupsResponseBody, CountOpenMsgSceneGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountOpenMsgSceneGroups",
            rt::Method::Post,
            "/v1.0/im/openMsgSceneGroups/templates/counts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业下消息开放场景群数量
    ///
    /// `GET /v1.0/im/chats/sceneGroups/counts` (operation `CountOrgMessageOpenSceneGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CountOrgMessageOpenSceneGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn count_org_message_open_scene_groups(
        &self,
    ) -> rt::Call<
        CountOrgMessageOpenSceneGroupsResponseBody,
        CountOrgMessageOpenSceneGroupsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountOrgMessageOpenSceneGroups",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询群模板关联的群数量
    ///
    /// `GET /v1.0/im/chats/sceneGroups/templates/{template_id}/counts` (operation `CountSceneGroupsByTemplateId`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CountSceneGroupsByTemplateIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn count_scene_groups_by_template_id(
        &self,
        template_id: &str,
    ) -> rt::Call<
        CountSceneGroupsByTemplateIdResponseBody,
        CountSceneGroupsByTemplateIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountSceneGroupsByTemplateId",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/templates/{template_id}/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 创建钉外两人群
    ///
    /// `POST /v1.0/im/interconnections/coupleGroups` (operation `CreateCoupleGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCoupleGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_couple_group_conversation(
        &self,
        request: &CreateCoupleGroupConversationRequest,
    ) -> rt::Call<
        CreateCoupleGroupConversationResponseBody,
        CreateCoupleGroupConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCoupleGroupConversation",
            rt::Method::Post,
            "/v1.0/im/interconnections/coupleGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建群角色
    ///
    /// `POST /v1.0/im/customGroupRole/create` (operation `CreateCustomGroupRole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCustomGroupRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_custom_group_role(
        &self,
        request: &CreateCustomGroupRoleRequest,
    ) -> rt::Call<CreateCustomGroupRoleResponseBody, CreateCustomGroupRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCustomGroupRole",
            rt::Method::Post,
            "/v1.0/im/customGroupRole/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置成员的角色
    ///
    /// `POST /v1.0/im/customUserRoles/create` (operation `CreateCustomUserRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCustomUserRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_custom_user_roles(
        &self,
        request: &CreateCustomUserRolesRequest,
    ) -> rt::Call<CreateCustomUserRolesResponseBody, CreateCustomUserRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCustomUserRoles",
            rt::Method::Post,
            "/v1.0/im/customUserRoles/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建群会话
    ///
    /// `POST /v1.0/im/group/create` (operation `CreateGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> rt::Call<CreateGroupResponseBody, CreateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroup",
            rt::Method::Post,
            "/v1.0/im/group/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建互通群（支持普通互通群、跨钉两人群）
    ///
    /// `POST /v1.0/im/interconnections/groups` (operation `CreateGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group_conversation(
        &self,
        request: &CreateGroupConversationRequest,
    ) -> rt::Call<CreateGroupConversationResponseBody, CreateGroupConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupConversation",
            rt::Method::Post,
            "/v1.0/im/interconnections/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 内部群转外部群
    ///
    /// `POST /v1.0/im/sceneGroups/createGroupFromOldGroup` (operation `CreateGroupFromOldGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupFromOldGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group_from_old_group(
        &self,
        request: &CreateGroupFromOldGroupRequest,
    ) -> rt::Call<CreateGroupFromOldGroupResponseBody, CreateGroupFromOldGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupFromOldGroup",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/createGroupFromOldGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建钉外账号
    ///
    /// `POST /v1.0/im/interconnections` (operation `CreateInterconnection`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateInterconnectionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_interconnection(
        &self,
        request: &CreateInterconnectionRequest,
    ) -> rt::Call<CreateInterconnectionResponseBody, CreateInterconnectionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateInterconnection",
            rt::Method::Post,
            "/v1.0/im/interconnections",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建场景群会话
    ///
    /// `POST /v1.0/im/sceneGroup/create` (operation `CreateSceneGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSceneGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_scene_group(
        &self,
        request: &CreateSceneGroupRequest,
    ) -> rt::Call<CreateSceneGroupResponseBody, CreateSceneGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSceneGroup",
            rt::Method::Post,
            "/v1.0/im/sceneGroup/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建场景群会话
    ///
    /// `POST /v1.0/im/sceneGroups` (operation `CreateSceneGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSceneGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_scene_group_conversation(
        &self,
        request: &CreateSceneGroupConversationRequest,
    ) -> rt::Call<
        CreateSceneGroupConversationResponseBody,
        CreateSceneGroupConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSceneGroupConversation",
            rt::Method::Post,
            "/v1.0/im/sceneGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建店铺群
    ///
    /// `POST /v1.0/im/interconnections/storeGroups` (operation `CreateStoreGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateStoreGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_store_group_conversation(
        &self,
        request: &CreateStoreGroupConversationRequest,
    ) -> rt::Call<
        CreateStoreGroupConversationResponseBody,
        CreateStoreGroupConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateStoreGroupConversation",
            rt::Method::Post,
            "/v1.0/im/interconnections/storeGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 链接增强规则调试
    ///
    /// `POST /v1.0/im/unfurling/rules/debug` (operation `DebugUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DebugUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn debug_unfurling_register(
        &self,
        request: &DebugUnfurlingRegisterRequest,
    ) -> rt::Call<DebugUnfurlingRegisterResponseBody, DebugUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DebugUnfurlingRegister",
            rt::Method::Post,
            "/v1.0/im/unfurling/rules/debug",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群维度批量删除群标签页
    ///
    /// `POST /v1.0/im/convNavTabs/delete` (operation `DeleteConvNavTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteConvNavTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_conv_nav_tab(
        &self,
        request: &DeleteConvNavTabRequest,
    ) -> rt::Call<DeleteConvNavTabResponseBody, DeleteConvNavTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteConvNavTab",
            rt::Method::Post,
            "/v1.0/im/convNavTabs/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除企业文字表情
    ///
    /// `POST /v1.0/im/organizations/textEmotions/remove` (operation `DeleteOrgTextEmotion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteOrgTextEmotionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_org_text_emotion(
        &self,
        request: &DeleteOrgTextEmotionRequest,
    ) -> rt::Call<DeleteOrgTextEmotionResponseBody, DeleteOrgTextEmotionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteOrgTextEmotion",
            rt::Method::Post,
            "/v1.0/im/organizations/textEmotions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解散互通群
    ///
    /// `POST /v1.0/im/interconnections/groups/dismiss` (operation `DismissGroupConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DismissGroupConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn dismiss_group_conversation(
        &self,
        request: &DismissGroupConversationRequest,
    ) -> rt::Call<DismissGroupConversationResponseBody, DismissGroupConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DismissGroupConversation",
            rt::Method::Post,
            "/v1.0/im/interconnections/groups/dismiss",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解散场景群
    ///
    /// `POST /v1.0/im/chat/scenegroup/disband` (operation `DsbandOpenSceneGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DsbandOpenSceneGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn dsband_open_scene_group(
        &self,
        request: &DsbandOpenSceneGroupRequest,
    ) -> rt::Call<DsbandOpenSceneGroupResponseBody, DsbandOpenSceneGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DsbandOpenSceneGroup",
            rt::Method::Post,
            "/v1.0/im/chat/scenegroup/disband",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 冻结群
    ///
    /// `POST /v1.0/im/chats/sceneGroups/freeze` (operation `FreezeGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FreezeGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn freeze_group(
        &self,
        request: &FreezeGroupRequest,
    ) -> rt::Call<FreezeGroupResponseBody, FreezeGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FreezeGroup",
            rt::Method::Post,
            "/v1.0/im/chats/sceneGroups/freeze",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建ToB会话地址
    ///
    /// `POST /v1.0/im/conversations/urls` (operation `GetConversationUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_conversation_url(
        &self,
        request: &GetConversationUrlRequest,
    ) -> rt::Call<GetConversationUrlResponseBody, GetConversationUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversationUrl",
            rt::Method::Post,
            "/v1.0/im/conversations/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户家校群消息(图片&视频Z&富文本)
    ///
    /// `POST /v1.0/im/conversations/familySchools/messages/query` (operation `GetFamilySchoolConversationMsg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFamilySchoolConversationMsgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_family_school_conversation_msg(
        &self,
        request: &GetFamilySchoolConversationMsgRequest,
    ) -> rt::Call<
        GetFamilySchoolConversationMsgResponseBody,
        GetFamilySchoolConversationMsgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFamilySchoolConversationMsg",
            rt::Method::Post,
            "/v1.0/im/conversations/familySchools/messages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户家校群
    ///
    /// `POST /v1.0/im/conversations/familySchools/query` (operation `GetFamilySchoolConversations`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFamilySchoolConversationsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_family_school_conversations(
        &self,
        request: &GetFamilySchoolConversationsRequest,
    ) -> rt::Call<
        GetFamilySchoolConversationsResponseBody,
        GetFamilySchoolConversationsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFamilySchoolConversations",
            rt::Method::Post,
            "/v1.0/im/conversations/familySchools/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以用户身份获取群成员
    ///
    /// `POST /v1.0/im/me/chat/members/batchQuery` (operation `GetGroupMembersByUserToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupMembersByUserTokenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_group_members_by_user_token(
        &self,
        request: &GetGroupMembersByUserTokenRequest,
    ) -> rt::Call<
        GetGroupMembersByUserTokenResponseBody,
        GetGroupMembersByUserTokenError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupMembersByUserToken",
            rt::Method::Post,
            "/v1.0/im/me/chat/members/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业内部群成员
    ///
    /// `POST /v1.0/im/innerGroups/members/query` (operation `GetInnerGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInnerGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_inner_group_members(
        &self,
        request: &GetInnerGroupMembersRequest,
    ) -> rt::Call<GetInnerGroupMembersResponseBody, GetInnerGroupMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInnerGroupMembers",
            rt::Method::Post,
            "/v1.0/im/innerGroups/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建客联互通会话地址
    ///
    /// `POST /v1.0/im/interconnections/sessions/urls` (operation `GetInterconnectionUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInterconnectionUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_interconnection_url(
        &self,
        request: &GetInterconnectionUrlRequest,
    ) -> rt::Call<GetInterconnectionUrlResponseBody, GetInterconnectionUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInterconnectionUrl",
            rt::Method::Post,
            "/v1.0/im/interconnections/sessions/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询最近活跃的企业内部群列表
    ///
    /// `GET /v1.0/im/activities/innerGroups` (operation `GetNewestInnerGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetNewestInnerGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_newest_inner_groups(
        &self,
        request: &GetNewestInnerGroupsRequest,
    ) -> rt::Call<GetNewestInnerGroupsResponseBody, GetNewestInnerGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNewestInnerGroups",
            rt::Method::Get,
            "/v1.0/im/activities/innerGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群信息
    ///
    /// `POST /v1.0/im/sceneGroups/queryDetail` (operation `GetSceneGroupDetailInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSceneGroupDetailInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_scene_group_detail_info(
        &self,
        request: &GetSceneGroupDetailInfoRequest,
    ) -> rt::Call<GetSceneGroupDetailInfoResponseBody, GetSceneGroupDetailInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSceneGroupDetailInfo",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/queryDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群简要信息
    ///
    /// `POST /v1.0/im/sceneGroups/query` (operation `GetSceneGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSceneGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_scene_group_info(
        &self,
        request: &GetSceneGroupInfoRequest,
    ) -> rt::Call<GetSceneGroupInfoResponseBody, GetSceneGroupInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSceneGroupInfo",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群成员
    ///
    /// `POST /v1.0/im/sceneGroups/members/query` (operation `GetSceneGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSceneGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_scene_group_members(
        &self,
        request: &GetSceneGroupMembersRequest,
    ) -> rt::Call<GetSceneGroupMembersResponseBody, GetSceneGroupMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSceneGroupMembers",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群模板消息存档能力开启状态
    ///
    /// `GET /v1.0/im/chats/sceneGroups/templates/{template_id}/messageOpenStatuses` (operation `GetSceneGroupTemplateMessageOpenStatus`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSceneGroupTemplateMessageOpenStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_scene_group_template_message_open_status(
        &self,
        template_id: &str,
    ) -> rt::Call<
        GetSceneGroupTemplateMessageOpenStatusResponseBody,
        GetSceneGroupTemplateMessageOpenStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSceneGroupTemplateMessageOpenStatus",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/templates/{template_id}/messageOpenStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 获取单聊会话的OpenConversationId
    ///
    /// `POST /v1.0/im/privateChats/openConversationId/query` (operation `GetSingleChatOpenConversationId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSingleChatOpenConversationIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_single_chat_open_conversation_id(
        &self,
        request: &GetSingleChatOpenConversationIdRequest,
    ) -> rt::Call<
        GetSingleChatOpenConversationIdResponseBody,
        GetSingleChatOpenConversationIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSingleChatOpenConversationId",
            rt::Method::Post,
            "/v1.0/im/privateChats/openConversationId/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群信息（超管接口）
    ///
    /// `GET /v1.0/im/chats/sceneGroups/groupInfos` (operation `GetSuperAdminOpenSceneGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSuperAdminOpenSceneGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_super_admin_open_scene_group_info(
        &self,
        request: &GetSuperAdminOpenSceneGroupInfoRequest,
    ) -> rt::Call<
        GetSuperAdminOpenSceneGroupInfoResponseBody,
        GetSuperAdminOpenSceneGroupInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSuperAdminOpenSceneGroupInfo",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/groupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群禁言
    ///
    /// `POST /v1.0/im/groups/words/ban` (operation `GroupBanWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupBanWordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_ban_words(
        &self,
        request: &GroupBanWordsRequest,
    ) -> rt::Call<(), GroupBanWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupBanWords",
            rt::Method::Post,
            "/v1.0/im/groups/words/ban",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群容量扩容询价
    ///
    /// `POST /v1.0/im/groups/capacities/inquiries/query` (operation `GroupCapacityInquiry`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupCapacityInquiryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_capacity_inquiry(
        &self,
        request: &GroupCapacityInquiryRequest,
    ) -> rt::Call<GroupCapacityInquiryResponseBody, GroupCapacityInquiryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupCapacityInquiry",
            rt::Method::Post,
            "/v1.0/im/groups/capacities/inquiries/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群容量扩容确认下单
    ///
    /// `POST /v1.0/im/groups/capacities/orders/confirm` (operation `GroupCapacityOrderConfirm`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupCapacityOrderConfirmError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_capacity_order_confirm(
        &self,
        request: &GroupCapacityOrderConfirmRequest,
    ) -> rt::Call<
        GroupCapacityOrderConfirmResponseBody,
        GroupCapacityOrderConfirmError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupCapacityOrderConfirm",
            rt::Method::Post,
            "/v1.0/im/groups/capacities/orders/confirm",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群容量请求扩容下单
    ///
    /// `POST /v1.0/im/groups/capacities/orders/place` (operation `GroupCapacityOrderPlace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupCapacityOrderPlaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_capacity_order_place(
        &self,
        request: &GroupCapacityOrderPlaceRequest,
    ) -> rt::Call<GroupCapacityOrderPlaceResponseBody, GroupCapacityOrderPlaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupCapacityOrderPlace",
            rt::Method::Post,
            "/v1.0/im/groups/capacities/orders/place",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群链接、群号等检索条件，查询群信息
    ///
    /// `POST /v1.0/im/groups/managements/query` (operation `GroupManageQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupManageQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_manage_query(
        &self,
        request: &GroupManageQueryRequest,
    ) -> rt::Call<GroupManageQueryResponseBody, GroupManageQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupManageQuery",
            rt::Method::Post,
            "/v1.0/im/groups/managements/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群管理缩容
    ///
    /// `POST /v1.0/im/groups/capacities/reduce` (operation `GroupManageReduce`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupManageReduceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn group_manage_reduce(
        &self,
        request: &GroupManageReduceRequest,
    ) -> rt::Call<(), GroupManageReduceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupManageReduce",
            rt::Method::Post,
            "/v1.0/im/groups/capacities/reduce",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 导入群聊会话
    ///
    /// `POST /v1.0/im/groupChats/import` (operation `ImportGroupChat`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ImportGroupChatError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn import_group_chat(
        &self,
        request: &ImportGroupChatRequest,
    ) -> rt::Call<ImportGroupChatResponseBody, ImportGroupChatError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ImportGroupChat",
            rt::Method::Post,
            "/v1.0/im/groupChats/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 导入消息
    ///
    /// `POST /v1.0/im/messages/import` (operation `ImportMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ImportMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn import_message(
        &self,
        request: &ImportMessageRequest,
    ) -> rt::Call<ImportMessageResponseBody, ImportMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ImportMessage",
            rt::Method::Post,
            "/v1.0/im/messages/import",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 安装机器人到组织
    ///
    /// `POST /v1.0/im/organizations/robots/install` (operation `InstallRobotToOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InstallRobotToOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn install_robot_to_org(
        &self,
        request: &InstallRobotToOrgRequest,
    ) -> rt::Call<InstallRobotToOrgResponseBody, InstallRobotToOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallRobotToOrg",
            rt::Method::Post,
            "/v1.0/im/organizations/robots/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 使用小钉发送卡片消息
    ///
    /// `POST /v1.0/im/intelligent/cards/send` (operation `IntelligentSendCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IntelligentSendCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn intelligent_send_card(
        &self,
        request: &IntelligentSendCardRequest,
    ) -> rt::Call<IntelligentSendCardResponseBody, IntelligentSendCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IntelligentSendCard",
            rt::Method::Post,
            "/v1.0/im/intelligent/cards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建可交互式实例
    ///
    /// `POST /v1.0/im/interactiveCards/instances` (operation `InteractiveCardCreateInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InteractiveCardCreateInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn interactive_card_create_instance(
        &self,
        request: &InteractiveCardCreateInstanceRequest,
    ) -> rt::Call<
        InteractiveCardCreateInstanceResponseBody,
        InteractiveCardCreateInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InteractiveCardCreateInstance",
            rt::Method::Post,
            "/v1.0/im/interactiveCards/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取群维度标签页
    ///
    /// `POST /v1.0/im/convNavTabs/list` (operation `ListConvNavTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListConvNavTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_conv_nav_tab(
        &self,
        request: &ListConvNavTabRequest,
    ) -> rt::Call<ListConvNavTabResponseBody, ListConvNavTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListConvNavTab",
            rt::Method::Post,
            "/v1.0/im/convNavTabs/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查组织下所有的场景群模版列表
    ///
    /// `GET /v1.0/im/chats/sceneGroups/templates/lists` (operation `ListGroupTemplatesByOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListGroupTemplatesByOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_group_templates_by_org_id(
        &self,
        request: &ListGroupTemplatesByOrgIdRequest,
    ) -> rt::Call<
        ListGroupTemplatesByOrgIdResponseBody,
        ListGroupTemplatesByOrgIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListGroupTemplatesByOrgId",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/templates/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拉取企业的所有文字表情，包含正常使用的、已经删除了的、安全审核不通过的文字表情
    ///
    /// `GET /v1.0/im/organizations/textEmotions` (operation `ListOrgTextEmotion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListOrgTextEmotionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_org_text_emotion(
        &self,
    ) -> rt::Call<ListOrgTextEmotionResponseBody, ListOrgTextEmotionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOrgTextEmotion",
            rt::Method::Get,
            "/v1.0/im/organizations/textEmotions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 根据模板id查询关联的群
    ///
    /// `GET /v1.0/im/chats/sceneGroups/templates/{template_id}/lists` (operation `ListSceneGroupsByTemplateId`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSceneGroupsByTemplateIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_scene_groups_by_template_id(
        &self,
        template_id: &str,
        request: &ListSceneGroupsByTemplateIdRequest,
    ) -> rt::Call<
        ListSceneGroupsByTemplateIdResponseBody,
        ListSceneGroupsByTemplateIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSceneGroupsByTemplateId",
            rt::Method::Get,
            "/v1.0/im/chats/sceneGroups/templates/{template_id}/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], request)
    }
    /// 客联访客登录接口
    ///
    /// `POST /v1.0/im/interconnections/conversations/visitorLogin` (operation `LoginForVisitor`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LoginForVisitorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn login_for_visitor(
        &self,
        request: &LoginForVisitorRequest,
    ) -> rt::Call<LoginForVisitorResponseBody, LoginForVisitorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LoginForVisitor",
            rt::Method::Post,
            "/v1.0/im/interconnections/conversations/visitorLogin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 链接增强规则下线
    ///
    /// `POST /v1.0/im/unfurling/rules/remove` (operation `OfflineUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OfflineUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn offline_unfurling_register(
        &self,
        request: &OfflineUnfurlingRegisterRequest,
    ) -> rt::Call<OfflineUnfurlingRegisterResponseBody, OfflineUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OfflineUnfurlingRegister",
            rt::Method::Post,
            "/v1.0/im/unfurling/rules/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开放场景群新增群角色
    ///
    /// `POST /v1.0/im/groups/roles` (operation `OpenGroupRoleAdd`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenGroupRoleAddError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_group_role_add(
        &self,
        request: &OpenGroupRoleAddRequest,
    ) -> rt::Call<OpenGroupRoleAddResponseBody, OpenGroupRoleAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenGroupRoleAdd",
            rt::Method::Post,
            "/v1.0/im/groups/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开放场景群群角色查询
    ///
    /// `POST /v1.0/im/groups/roles/query` (operation `OpenGroupRoleQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenGroupRoleQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_group_role_query(
        &self,
        request: &OpenGroupRoleQueryRequest,
    ) -> rt::Call<OpenGroupRoleQueryResponseBody, OpenGroupRoleQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenGroupRoleQuery",
            rt::Method::Post,
            "/v1.0/im/groups/roles/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开放场景群群角色移除
    ///
    /// `POST /v1.0/im/groups/roles/remove` (operation `OpenGroupRoleRemove`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenGroupRoleRemoveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_group_role_remove(
        &self,
        request: &OpenGroupRoleRemoveRequest,
    ) -> rt::Call<OpenGroupRoleRemoveResponseBody, OpenGroupRoleRemoveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenGroupRoleRemove",
            rt::Method::Post,
            "/v1.0/im/groups/roles/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开放场景群群角色变更
    ///
    /// `PUT /v1.0/im/groups/roles` (operation `OpenGroupRoleUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenGroupRoleUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_group_role_update(
        &self,
        request: &OpenGroupRoleUpdateRequest,
    ) -> rt::Call<OpenGroupRoleUpdateResponseBody, OpenGroupRoleUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenGroupRoleUpdate",
            rt::Method::Put,
            "/v1.0/im/groups/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开放场景群群成员的群角色信息查询
    ///
    /// `POST /v1.0/im/groups/users/roles/query` (operation `OpenGroupUserRoleQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenGroupUserRoleQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_group_user_role_query(
        &self,
        request: &OpenGroupUserRoleQueryRequest,
    ) -> rt::Call<OpenGroupUserRoleQueryResponseBody, OpenGroupUserRoleQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenGroupUserRoleQuery",
            rt::Method::Post,
            "/v1.0/im/groups/users/roles/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 内部群转部门群
    ///
    /// `POST /v1.0/im/innerGroups/transferToDeptGroups` (operation `OpenInnerGroupTransferToDeptGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenInnerGroupTransferToDeptGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_inner_group_transfer_to_dept_group(
        &self,
        request: &OpenInnerGroupTransferToDeptGroupRequest,
    ) -> rt::Call<
        OpenInnerGroupTransferToDeptGroupResponseBody,
        OpenInnerGroupTransferToDeptGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenInnerGroupTransferToDeptGroup",
            rt::Method::Post,
            "/v1.0/im/innerGroups/transferToDeptGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群搜索
    ///
    /// `POST /v1.0/im/groups/search` (operation `OpenSearchGroupList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenSearchGroupListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_search_group_list(
        &self,
        request: &OpenSearchGroupListRequest,
    ) -> rt::Call<OpenSearchGroupListResponseBody, OpenSearchGroupListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenSearchGroupList",
            rt::Method::Post,
            "/v1.0/im/groups/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以个人身份发送卡片消息
    ///
    /// `POST /v1.0/im/cardMessages/users/send` (operation `OpenUserSendCardMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenUserSendCardMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn open_user_send_card_message(
        &self,
        request: &OpenUserSendCardMessageRequest,
    ) -> rt::Call<OpenUserSendCardMessageResponseBody, OpenUserSendCardMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenUserSendCardMessage",
            rt::Method::Post,
            "/v1.0/im/cardMessages/users/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以用户身份发送卡片消息
    ///
    /// `POST /v1.0/im/me/messages/cards/send` (operation `PersonalSendCardMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PersonalSendCardMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn personal_send_card_message(
        &self,
        request: &PersonalSendCardMessageRequest,
    ) -> rt::Call<PersonalSendCardMessageResponseBody, PersonalSendCardMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PersonalSendCardMessage",
            rt::Method::Post,
            "/v1.0/im/me/messages/cards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以小钉身份将小钉发送的卡片消息置顶
    ///
    /// `POST /v1.0/im/intelligent/cards/putTop` (operation `PutMsgCardTopByIntelligent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PutMsgCardTopByIntelligentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn put_msg_card_top_by_intelligent(
        &self,
        request: &PutMsgCardTopByIntelligentRequest,
    ) -> rt::Call<
        PutMsgCardTopByIntelligentResponseBody,
        PutMsgCardTopByIntelligentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PutMsgCardTopByIntelligent",
            rt::Method::Post,
            "/v1.0/im/intelligent/cards/putTop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群内所有角色
    ///
    /// `POST /v1.0/im/customGroupRole/query` (operation `QueryCustomGroupRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomGroupRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_custom_group_roles(
        &self,
        request: &QueryCustomGroupRolesRequest,
    ) -> rt::Call<QueryCustomGroupRolesResponseBody, QueryCustomGroupRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomGroupRoles",
            rt::Method::Post,
            "/v1.0/im/customGroupRole/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询成员的角色
    ///
    /// `POST /v1.0/im/customUserRoles/queryByUser` (operation `QueryCustomGroupRolesByUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomGroupRolesByUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_custom_group_roles_by_user(
        &self,
        request: &QueryCustomGroupRolesByUserRequest,
    ) -> rt::Call<
        QueryCustomGroupRolesByUserResponseBody,
        QueryCustomGroupRolesByUserError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomGroupRolesByUser",
            rt::Method::Post,
            "/v1.0/im/customUserRoles/queryByUser",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据IM会话Cid查询群信息
    ///
    /// `POST /v1.0/im/interconnections/group/groupInfoByAppCid` (operation `QueryGroupInfoByAppCids`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupInfoByAppCidsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_info_by_app_cids(
        &self,
        request: &QueryGroupInfoByAppCidsRequest,
    ) -> rt::Call<QueryGroupInfoByAppCidsResponseBody, QueryGroupInfoByAppCidsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupInfoByAppCids",
            rt::Method::Post,
            "/v1.0/im/interconnections/group/groupInfoByAppCid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 成员授权场景下查询群信息
    ///
    /// `POST /v1.0/im/memberAuthorizations/groups/query` (operation `QueryGroupInfoByMemberAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupInfoByMemberAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_info_by_member_auth(
        &self,
        request: &QueryGroupInfoByMemberAuthRequest,
    ) -> rt::Call<
        QueryGroupInfoByMemberAuthResponseBody,
        QueryGroupInfoByMemberAuthError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupInfoByMemberAuth",
            rt::Method::Post,
            "/v1.0/im/memberAuthorizations/groups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据群Cid查询群信息
    ///
    /// `POST /v1.0/im/interconnections/group/groupInfoByOpenCid` (operation `QueryGroupInfoByOpenCids`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupInfoByOpenCidsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_info_by_open_cids(
        &self,
        request: &QueryGroupInfoByOpenCidsRequest,
    ) -> rt::Call<QueryGroupInfoByOpenCidsResponseBody, QueryGroupInfoByOpenCidsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupInfoByOpenCids",
            rt::Method::Post,
            "/v1.0/im/interconnections/group/groupInfoByOpenCid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群成员列表
    ///
    /// `GET /v1.0/im/interconnections/conversations/members` (operation `QueryGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_member(
        &self,
        request: &QueryGroupMemberRequest,
    ) -> rt::Call<QueryGroupMemberResponseBody, QueryGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMember",
            rt::Method::Get,
            "/v1.0/im/interconnections/conversations/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据appUid获取成员信息
    ///
    /// `POST /v1.0/im/interconnections/group/groupMemberByAppUids` (operation `QueryGroupMemberByAppUids`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupMemberByAppUidsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_member_by_app_uids(
        &self,
        request: &QueryGroupMemberByAppUidsRequest,
    ) -> rt::Call<
        QueryGroupMemberByAppUidsResponseBody,
        QueryGroupMemberByAppUidsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMemberByAppUids",
            rt::Method::Post,
            "/v1.0/im/interconnections/group/groupMemberByAppUids",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 成员授权场景下查询群成员
    ///
    /// `POST /v1.0/im/memberAuthorizations/groups/members/query` (operation `QueryGroupMemberByMemberAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupMemberByMemberAuthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_member_by_member_auth(
        &self,
        request: &QueryGroupMemberByMemberAuthRequest,
    ) -> rt::Call<
        QueryGroupMemberByMemberAuthResponseBody,
        QueryGroupMemberByMemberAuthError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMemberByMemberAuth",
            rt::Method::Post,
            "/v1.0/im/memberAuthorizations/groups/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群禁言状态
    ///
    /// `GET /v1.0/im/sceneGroups/muteSettings` (operation `QueryGroupMuteStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGroupMuteStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_group_mute_status(
        &self,
        request: &QueryGroupMuteStatusRequest,
    ) -> rt::Call<QueryGroupMuteStatusResponseBody, QueryGroupMuteStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMuteStatus",
            rt::Method::Get,
            "/v1.0/im/sceneGroups/muteSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 读取群成员列表
    ///
    /// `POST /v1.0/im/innerGroups/memberLists/query` (operation `QueryInnerGroupMemberList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInnerGroupMemberListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_inner_group_member_list(
        &self,
        request: &QueryInnerGroupMemberListRequest,
    ) -> rt::Call<
        QueryInnerGroupMemberListResponseBody,
        QueryInnerGroupMemberListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInnerGroupMemberList",
            rt::Method::Post,
            "/v1.0/im/innerGroups/memberLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询最近活跃的企业内部群列表
    ///
    /// `GET /v1.0/im/innerGroups/recentLists` (operation `QueryInnerGroupRecentList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInnerGroupRecentListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_inner_group_recent_list(
        &self,
        request: &QueryInnerGroupRecentListRequest,
    ) -> rt::Call<
        QueryInnerGroupRecentListResponseBody,
        QueryInnerGroupRecentListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInnerGroupRecentList",
            rt::Method::Get,
            "/v1.0/im/innerGroups/recentLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群内具有指定群角色的所有群成员
    ///
    /// `POST /v1.0/im/sceneGroups/roles/members/query` (operation `QueryMembersOfGroupRole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMembersOfGroupRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_members_of_group_role(
        &self,
        request: &QueryMembersOfGroupRoleRequest,
    ) -> rt::Call<QueryMembersOfGroupRoleResponseBody, QueryMembersOfGroupRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMembersOfGroupRole",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/roles/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据openTaskId查询消息发送结果
    ///
    /// `POST /v1.0/im/messages/sendResults/query` (operation `QueryMessageSendResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMessageSendResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_message_send_result(
        &self,
        request: &QueryMessageSendResultRequest,
    ) -> rt::Call<QueryMessageSendResultResponseBody, QueryMessageSendResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMessageSendResult",
            rt::Method::Post,
            "/v1.0/im/messages/sendResults/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询消息已读状态
    ///
    /// `POST /v1.0/im/intelligent/messages/readStatuses/query` (operation `QueryMsgReadStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMsgReadStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_msg_read_status(
        &self,
        request: &QueryMsgReadStatusRequest,
    ) -> rt::Call<QueryMsgReadStatusResponseBody, QueryMsgReadStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMsgReadStatus",
            rt::Method::Post,
            "/v1.0/im/intelligent/messages/readStatuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据单聊会话及发送方获取接收方用户信息
    ///
    /// `POST /v1.0/im/otoChat/receiveUsers/query` (operation `QueryOpenConversationReceiveUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOpenConversationReceiveUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_open_conversation_receive_user(
        &self,
        request: &QueryOpenConversationReceiveUserRequest,
    ) -> rt::Call<
        QueryOpenConversationReceiveUserResponseBody,
        QueryOpenConversationReceiveUserError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOpenConversationReceiveUser",
            rt::Method::Post,
            "/v1.0/im/otoChat/receiveUsers/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取群基础信息
    ///
    /// `POST /v1.0/im/groups/baseInfos/query` (operation `QueryOpenGroupBaseInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOpenGroupBaseInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_open_group_base_info(
        &self,
        request: &QueryOpenGroupBaseInfoRequest,
    ) -> rt::Call<QueryOpenGroupBaseInfoResponseBody, QueryOpenGroupBaseInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOpenGroupBaseInfo",
            rt::Method::Post,
            "/v1.0/im/groups/baseInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户身份查询消息已读未读状态
    ///
    /// `POST /v1.0/im/me/messages/readStatuses/query` (operation `QueryPersonalMessageReadStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPersonalMessageReadStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_personal_message_read_status(
        &self,
        request: &QueryPersonalMessageReadStatusRequest,
    ) -> rt::Call<
        QueryPersonalMessageReadStatusResponseBody,
        QueryPersonalMessageReadStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPersonalMessageReadStatus",
            rt::Method::Post,
            "/v1.0/im/me/messages/readStatuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取最近联系人及群组
    ///
    /// `POST /v1.0/im/conversations/recentLists/query` (operation `QueryRecentConversations`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRecentConversationsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_recent_conversations(
        &self,
        request: &QueryRecentConversationsRequest,
    ) -> rt::Call<QueryRecentConversationsResponseBody, QueryRecentConversationsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRecentConversations",
            rt::Method::Post,
            "/v1.0/im/conversations/recentLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询场景群内群模板机器人
    ///
    /// `GET /v1.0/im/sceneGroups/templates/robots` (operation `QuerySceneGroupTemplateRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySceneGroupTemplateRobotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_scene_group_template_robot(
        &self,
        request: &QuerySceneGroupTemplateRobotRequest,
    ) -> rt::Call<
        QuerySceneGroupTemplateRobotResponseBody,
        QuerySceneGroupTemplateRobotError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySceneGroupTemplateRobot",
            rt::Method::Get,
            "/v1.0/im/sceneGroups/templates/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询群信息
    ///
    /// `POST /v1.0/im/interconnections/doubleGroups/query` (operation `QuerySingleGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySingleGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_single_group(
        &self,
        request: &QuerySingleGroupRequest,
    ) -> rt::Call<QuerySingleGroupResponseBody, QuerySingleGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySingleGroup",
            rt::Method::Post,
            "/v1.0/im/interconnections/doubleGroups/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询未读消息数
    ///
    /// `POST /v1.0/im/interconnections/unReadMsgs/query` (operation `QueryUnReadMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUnReadMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_un_read_message(
        &self,
        request: &QueryUnReadMessageRequest,
    ) -> rt::Call<QueryUnReadMessageResponseBody, QueryUnReadMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUnReadMessage",
            rt::Method::Post,
            "/v1.0/im/interconnections/unReadMsgs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询链接查询链接增强注册信息创建者
    ///
    /// `GET /v1.0/im/unfurling/rules/creators` (operation `QueryUnfurlingRegisterCreator`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUnfurlingRegisterCreatorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_unfurling_register_creator(
        &self,
        request: &QueryUnfurlingRegisterCreatorRequest,
    ) -> rt::Call<
        QueryUnfurlingRegisterCreatorResponseBody,
        QueryUnfurlingRegisterCreatorError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUnfurlingRegisterCreator",
            rt::Method::Get,
            "/v1.0/im/unfurling/rules/creators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询链接增强注册信息列表
    ///
    /// `GET /v1.0/im/unfurling/rules` (operation `QueryUnfurlingRegisterInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUnfurlingRegisterInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_unfurling_register_info(
        &self,
        request: &QueryUnfurlingRegisterInfoRequest,
    ) -> rt::Call<
        QueryUnfurlingRegisterInfoResponseBody,
        QueryUnfurlingRegisterInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUnfurlingRegisterInfo",
            rt::Method::Get,
            "/v1.0/im/unfurling/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群备注
    ///
    /// `POST /v1.0/im/groupAliasTitiles/query` (operation `QueryUserGroupAliasTitle`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserGroupAliasTitleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_group_alias_title(
        &self,
        request: &QueryUserGroupAliasTitleRequest,
    ) -> rt::Call<QueryUserGroupAliasTitleResponseBody, QueryUserGroupAliasTitleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserGroupAliasTitle",
            rt::Method::Post,
            "/v1.0/im/groupAliasTitiles/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群内用户的群身份
    ///
    /// `POST /v1.0/im/groupRoles/users/query` (operation `QueryUserGroupRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserGroupRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_group_roles(
        &self,
        request: &QueryUserGroupRolesRequest,
    ) -> rt::Call<QueryUserGroupRolesResponseBody, QueryUserGroupRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserGroupRoles",
            rt::Method::Post,
            "/v1.0/im/groupRoles/users/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群主视角群LastMessage时间
    ///
    /// `POST /v1.0/im/chats/lastMessageTime/query` (operation `QueryUserViewGroupLastMessageTime`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserViewGroupLastMessageTimeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_view_group_last_message_time(
        &self,
        request: &QueryUserViewGroupLastMessageTimeRequest,
    ) -> rt::Call<
        QueryUserViewGroupLastMessageTimeResponseBody,
        QueryUserViewGroupLastMessageTimeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserViewGroupLastMessageTime",
            rt::Method::Post,
            "/v1.0/im/chats/lastMessageTime/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户身份设置消息状态为已读
    ///
    /// `POST /v1.0/im/me/messages/readStatuses/set` (operation `ReadPersonalMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReadPersonalMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn read_personal_message(
        &self,
        request: &ReadPersonalMessageRequest,
    ) -> rt::Call<ReadPersonalMessageResponseBody, ReadPersonalMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReadPersonalMessage",
            rt::Method::Post,
            "/v1.0/im/me/messages/readStatuses/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回消息
    ///
    /// `POST /v1.0/im/intelligent/messages/recall` (operation `RecallMessages`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallMessagesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_messages(
        &self,
        request: &RecallMessagesRequest,
    ) -> rt::Call<RecallMessagesResponseBody, RecallMessagesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallMessages",
            rt::Method::Post,
            "/v1.0/im/intelligent/messages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户身份撤回消息
    ///
    /// `POST /v1.0/im/me/messages/recall` (operation `RecallPersonalMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallPersonalMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_personal_message(
        &self,
        request: &RecallPersonalMessageRequest,
    ) -> rt::Call<RecallPersonalMessageResponseBody, RecallPersonalMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallPersonalMessage",
            rt::Method::Post,
            "/v1.0/im/me/messages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 链接增强规则发布
    ///
    /// `POST /v1.0/im/unfurling/rules/publish` (operation `ReleaseUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReleaseUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn release_unfurling_register(
        &self,
        request: &ReleaseUnfurlingRegisterRequest,
    ) -> rt::Call<ReleaseUnfurlingRegisterResponseBody, ReleaseUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReleaseUnfurlingRegister",
            rt::Method::Post,
            "/v1.0/im/unfurling/rules/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除群角色
    ///
    /// `POST /v1.0/im/customGroupRole/remove` (operation `RemoveCustomGroupRole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveCustomGroupRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_custom_group_role(
        &self,
        request: &RemoveCustomGroupRoleRequest,
    ) -> rt::Call<RemoveCustomGroupRoleResponseBody, RemoveCustomGroupRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveCustomGroupRole",
            rt::Method::Post,
            "/v1.0/im/customGroupRole/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除成员的角色
    ///
    /// `POST /v1.0/im/customUserRoles/remove` (operation `RemoveCustomUserRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveCustomUserRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_custom_user_roles(
        &self,
        request: &RemoveCustomUserRolesRequest,
    ) -> rt::Call<RemoveCustomUserRolesResponseBody, RemoveCustomUserRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveCustomUserRoles",
            rt::Method::Post,
            "/v1.0/im/customUserRoles/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除会话机器人
    ///
    /// `POST /v1.0/im/conversations/robots/remove` (operation `RemoveRobotFromConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveRobotFromConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_robot_from_conversation(
        &self,
        request: &RemoveRobotFromConversationRequest,
    ) -> rt::Call<
        RemoveRobotFromConversationResponseBody,
        RemoveRobotFromConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveRobotFromConversation",
            rt::Method::Post,
            "/v1.0/im/conversations/robots/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除场景群成员
    ///
    /// `POST /v1.0/im/sceneGroup/member/delete` (operation `RemoveSceneGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveSceneGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_scene_group_member(
        &self,
        request: &RemoveSceneGroupMemberRequest,
    ) -> rt::Call<RemoveSceneGroupMemberResponseBody, RemoveSceneGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveSceneGroupMember",
            rt::Method::Post,
            "/v1.0/im/sceneGroup/member/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据关键词搜索企业内部群
    ///
    /// `POST /v1.0/im/innerGroups/search` (operation `SearchInnerGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchInnerGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_inner_groups(
        &self,
        request: &SearchInnerGroupsRequest,
    ) -> rt::Call<SearchInnerGroupsResponseBody, SearchInnerGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchInnerGroups",
            rt::Method::Post,
            "/v1.0/im/innerGroups/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送可交互式动态卡片
    ///
    /// `POST /v1.0/im/interactiveCards/send` (operation `SendInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_interactive_card(
        &self,
        request: &SendInteractiveCardRequest,
    ) -> rt::Call<SendInteractiveCardResponseBody, SendInteractiveCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendInteractiveCard",
            rt::Method::Post,
            "/v1.0/im/interactiveCards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人与人单聊发送可交互式动态卡片
    ///
    /// `POST /v1.0/im/privateChat/interactiveCards/send` (operation `SendOTOInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendOTOInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_oto_interactive_card(
        &self,
        request: &SendOTOInteractiveCardRequest,
    ) -> rt::Call<SendOTOInteractiveCardResponseBody, SendOTOInteractiveCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendOTOInteractiveCard",
            rt::Method::Post,
            "/v1.0/im/privateChat/interactiveCards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 委托权限发消息
    ///
    /// `POST /v1.0/im/me/messages/send` (operation `SendPersonalMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendPersonalMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_personal_message(
        &self,
        request: &SendPersonalMessageRequest,
    ) -> rt::Call<SendPersonalMessageResponseBody, SendPersonalMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendPersonalMessage",
            rt::Method::Post,
            "/v1.0/im/me/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人发送互动卡片（普通版）
    ///
    /// `POST /v1.0/im/v1.0/robot/interactiveCards/send` (operation `SendRobotInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendRobotInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_robot_interactive_card(
        &self,
        request: &SendRobotInteractiveCardRequest,
    ) -> rt::Call<SendRobotInteractiveCardResponseBody, SendRobotInteractiveCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendRobotInteractiveCard",
            rt::Method::Post,
            "/v1.0/im/v1.0/robot/interactiveCards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人发送消息
    ///
    /// `POST /v1.0/im/interconnections/robotMessages/send` (operation `SendRobotMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendRobotMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_robot_message(
        &self,
        request: &SendRobotMessageRequest,
    ) -> rt::Call<SendRobotMessageResponseBody, SendRobotMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendRobotMessage",
            rt::Method::Post,
            "/v1.0/im/interconnections/robotMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送模板响应式可交互式卡片
    ///
    /// `POST /v1.0/im/interactiveCards/templates/send` (operation `SendTemplateInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendTemplateInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_template_interactive_card(
        &self,
        request: &SendTemplateInteractiveCardRequest,
    ) -> rt::Call<
        SendTemplateInteractiveCardResponseBody,
        SendTemplateInteractiveCardError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendTemplateInteractiveCard",
            rt::Method::Post,
            "/v1.0/im/interactiveCards/templates/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置侧边栏
    ///
    /// `POST /v1.0/im/rightPanels/set` (operation `SetRightPanel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRightPanelError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_right_panel(
        &self,
        request: &SetRightPanelRequest,
    ) -> rt::Call<SetRightPanelResponseBody, SetRightPanelError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRightPanel",
            rt::Method::Post,
            "/v1.0/im/rightPanels/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群维度对群标签页进行排序
    ///
    /// `POST /v1.0/im/convNavTabs/sort` (operation `SortConvNavTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SortConvNavTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sort_conv_nav_tab(
        &self,
        request: &SortConvNavTabRequest,
    ) -> rt::Call<SortConvNavTabResponseBody, SortConvNavTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SortConvNavTab",
            rt::Method::Post,
            "/v1.0/im/convNavTabs/sort",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 启用群模板(超管接口)
    ///
    /// `POST /v1.0/im/chats/scenegroups/templates/apply` (operation `SuperAdminApplyTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SuperAdminApplyTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn super_admin_apply_template(
        &self,
        request: &SuperAdminApplyTemplateRequest,
    ) -> rt::Call<SuperAdminApplyTemplateResponseBody, SuperAdminApplyTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SuperAdminApplyTemplate",
            rt::Method::Post,
            "/v1.0/im/chats/scenegroups/templates/apply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 停用群模板（超管接口）
    ///
    /// `POST /v1.0/im/chats/scenegroups/templates/close` (operation `SuperAdminCloseTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SuperAdminCloseTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn super_admin_close_template(
        &self,
        request: &SuperAdminCloseTemplateRequest,
    ) -> rt::Call<SuperAdminCloseTemplateResponseBody, SuperAdminCloseTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SuperAdminCloseTemplate",
            rt::Method::Post,
            "/v1.0/im/chats/scenegroups/templates/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉吊顶卡片关闭
    ///
    /// `POST /v1.0/im/topBoxes/close` (operation `TopboxClose`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TopboxCloseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn topbox_close(
        &self,
        request: &TopboxCloseRequest,
    ) -> rt::Call<(), TopboxCloseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TopboxClose",
            rt::Method::Post,
            "/v1.0/im/topBoxes/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉吊顶卡片开启
    ///
    /// `POST /v1.0/im/topBoxes/open` (operation `TopboxOpen`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TopboxOpenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn topbox_open(
        &self,
        request: &TopboxOpenRequest,
    ) -> rt::Call<(), TopboxOpenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TopboxOpen",
            rt::Method::Post,
            "/v1.0/im/topBoxes/open",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新钉内用户C端展示的头像和名称（互通群、钉内两人群）
    ///
    /// `PUT /v1.0/im/interconnections/clientServices/avatarAndName` (operation `UpdateClientService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateClientServiceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_client_service(
        &self,
        request: &UpdateClientServiceRequest,
    ) -> rt::Call<UpdateClientServiceResponseBody, UpdateClientServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateClientService",
            rt::Method::Put,
            "/v1.0/im/interconnections/clientServices/avatarAndName",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群维度更新群标签页
    ///
    /// `POST /v1.0/im/convNavTabs/update` (operation `UpdateConvNavTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateConvNavTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_conv_nav_tab(
        &self,
        request: &UpdateConvNavTabRequest,
    ) -> rt::Call<UpdateConvNavTabResponseBody, UpdateConvNavTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateConvNavTab",
            rt::Method::Post,
            "/v1.0/im/convNavTabs/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新群角色
    ///
    /// `POST /v1.0/im/customGroupRole/update` (operation `UpdateCustomGroupRole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCustomGroupRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_custom_group_role(
        &self,
        request: &UpdateCustomGroupRoleRequest,
    ) -> rt::Call<UpdateCustomGroupRoleResponseBody, UpdateCustomGroupRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomGroupRole",
            rt::Method::Post,
            "/v1.0/im/customGroupRole/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改群会话
    ///
    /// `POST /v1.0/im/group/update` (operation `UpdateGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group(
        &self,
        request: &UpdateGroupRequest,
    ) -> rt::Call<UpdateGroupResponseBody, UpdateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroup",
            rt::Method::Post,
            "/v1.0/im/group/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改群头像
    ///
    /// `PUT /v1.0/im/interconnections/groups/avatars` (operation `UpdateGroupAvatar`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupAvatarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_avatar(
        &self,
        request: &UpdateGroupAvatarRequest,
    ) -> rt::Call<UpdateGroupAvatarResponseBody, UpdateGroupAvatarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupAvatar",
            rt::Method::Put,
            "/v1.0/im/interconnections/groups/avatars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改群名称
    ///
    /// `PUT /v1.0/im/interconnections/groups/names` (operation `UpdateGroupName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupNameError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_name(
        &self,
        request: &UpdateGroupNameRequest,
    ) -> rt::Call<UpdateGroupNameResponseBody, UpdateGroupNameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupName",
            rt::Method::Put,
            "/v1.0/im/interconnections/groups/names",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置场景群权限项
    ///
    /// `PUT /v1.0/im/sceneGroups/permissions` (operation `UpdateGroupPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_permission(
        &self,
        request: &UpdateGroupPermissionRequest,
    ) -> rt::Call<UpdateGroupPermissionResponseBody, UpdateGroupPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupPermission",
            rt::Method::Put,
            "/v1.0/im/sceneGroups/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新场景群管理员
    ///
    /// `PUT /v1.0/im/sceneGroups/subAdmins` (operation `UpdateGroupSubAdmin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupSubAdminError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_sub_admin(
        &self,
        request: &UpdateGroupSubAdminRequest,
    ) -> rt::Call<UpdateGroupSubAdminResponseBody, UpdateGroupSubAdminError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupSubAdmin",
            rt::Method::Put,
            "/v1.0/im/sceneGroups/subAdmins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新可交互式动态卡片
    ///
    /// `PUT /v1.0/im/interactiveCards` (operation `UpdateInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_interactive_card(
        &self,
        request: &UpdateInteractiveCardRequest,
    ) -> rt::Call<UpdateInteractiveCardResponseBody, UpdateInteractiveCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInteractiveCard",
            rt::Method::Put,
            "/v1.0/im/interactiveCards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置场景群成员禁言状态
    ///
    /// `POST /v1.0/im/sceneGroups/muteMembers/set` (operation `UpdateMemberBanWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMemberBanWordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_member_ban_words(
        &self,
        request: &UpdateMemberBanWordsRequest,
    ) -> rt::Call<(), UpdateMemberBanWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMemberBanWords",
            rt::Method::Post,
            "/v1.0/im/sceneGroups/muteMembers/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新场景群成员的群昵称
    ///
    /// `PUT /v1.0/im/sceneGroups/members/groupNicks` (operation `UpdateMemberGroupNick`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMemberGroupNickError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_member_group_nick(
        &self,
        request: &UpdateMemberGroupNickRequest,
    ) -> rt::Call<UpdateMemberGroupNickResponseBody, UpdateMemberGroupNickError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMemberGroupNick",
            rt::Method::Put,
            "/v1.0/im/sceneGroups/members/groupNicks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改组织里的机器人
    ///
    /// `POST /v1.0/im/organizations/robots` (operation `UpdateRobotInOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRobotInOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_robot_in_org(
        &self,
        request: &UpdateRobotInOrgRequest,
    ) -> rt::Call<UpdateRobotInOrgResponseBody, UpdateRobotInOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRobotInOrg",
            rt::Method::Post,
            "/v1.0/im/organizations/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机器人更新可交互式卡片(个人、企业)
    ///
    /// `PUT /v1.0/im/robots/interactiveCards` (operation `UpdateRobotInteractiveCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRobotInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_robot_interactive_card(
        &self,
        request: &UpdateRobotInteractiveCardRequest,
    ) -> rt::Call<
        UpdateRobotInteractiveCardResponseBody,
        UpdateRobotInteractiveCardError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRobotInteractiveCard",
            rt::Method::Put,
            "/v1.0/im/robots/interactiveCards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新场景群
    ///
    /// `POST /v1.0/im/sceneGroup/update` (operation `UpdateSceneGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSceneGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_scene_group(
        &self,
        request: &UpdateSceneGroupRequest,
    ) -> rt::Call<UpdateSceneGroupResponseBody, UpdateSceneGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSceneGroup",
            rt::Method::Post,
            "/v1.0/im/sceneGroup/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改场景群模板消息存档能力开启状态
    ///
    /// `PUT /v1.0/im/chats/sceneGroups/templates/messageOpenStatuses` (operation `UpdateSceneGroupTemplateMessageOpenStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSceneGroupTemplateMessageOpenStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_scene_group_template_message_open_status(
        &self,
        request: &UpdateSceneGroupTemplateMessageOpenStatusRequest,
    ) -> rt::Call<
        UpdateSceneGroupTemplateMessageOpenStatusResponseBody,
        UpdateSceneGroupTemplateMessageOpenStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSceneGroupTemplateMessageOpenStatus",
            rt::Method::Put,
            "/v1.0/im/chats/sceneGroups/templates/messageOpenStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置群成员的群角色
    ///
    /// `PUT /v1.0/im/sceneGroups/members/groupRoles` (operation `UpdateTheGroupRolesOfGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTheGroupRolesOfGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_the_group_roles_of_group_member(
        &self,
        request: &UpdateTheGroupRolesOfGroupMemberRequest,
    ) -> rt::Call<
        UpdateTheGroupRolesOfGroupMemberResponseBody,
        UpdateTheGroupRolesOfGroupMemberError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTheGroupRolesOfGroupMember",
            rt::Method::Put,
            "/v1.0/im/sceneGroups/members/groupRoles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑链接增强注册规则
    ///
    /// `PUT /v1.0/im/unfurling/rules` (operation `UpdateUnfurlingRegister`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateUnfurlingRegisterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_unfurling_register(
        &self,
        request: &UpdateUnfurlingRegisterRequest,
    ) -> rt::Call<UpdateUnfurlingRegisterResponseBody, UpdateUnfurlingRegisterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUnfurlingRegister",
            rt::Method::Put,
            "/v1.0/im/unfurling/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 链接增强规则状态更新
    ///
    /// `PUT /v1.0/im/unfurling/rules/statuses` (operation `UpdateUnfurlingRegisterStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateUnfurlingRegisterStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_unfurling_register_status(
        &self,
        request: &UpdateUnfurlingRegisterStatusRequest,
    ) -> rt::Call<
        UpdateUnfurlingRegisterStatusResponseBody,
        UpdateUnfurlingRegisterStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUnfurlingRegisterStatus",
            rt::Method::Put,
            "/v1.0/im/unfurling/rules/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新群备注
    ///
    /// `POST /v1.0/im/groupAliasTitiles/update` (operation `UpdateUserGroupAliasTitle`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateUserGroupAliasTitleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_user_group_alias_title(
        &self,
        request: &UpdateUserGroupAliasTitleRequest,
    ) -> rt::Call<
        UpdateUserGroupAliasTitleResponseBody,
        UpdateUserGroupAliasTitleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUserGroupAliasTitle",
            rt::Method::Post,
            "/v1.0/im/groupAliasTitiles/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 升级群为外部群
    ///
    /// `POST /v1.0/im/chats/sceneGroups/upgradeToExternalGroup` (operation `UpgradeToExternalGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeToExternalGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upgrade_to_external_group(
        &self,
        request: &UpgradeToExternalGroupRequest,
    ) -> rt::Call<UpgradeToExternalGroupResponseBody, UpgradeToExternalGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeToExternalGroup",
            rt::Method::Post,
            "/v1.0/im/chats/sceneGroups/upgradeToExternalGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 升级为B2C群
    ///
    /// `POST /v1.0/im/chats/sceneGroups/upgradeToServiceGroup` (operation `UpgradeToServiceGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpgradeToServiceGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upgrade_to_service_group(
        &self,
        request: &UpgradeToServiceGroupRequest,
    ) -> rt::Call<UpgradeToServiceGroupResponseBody, UpgradeToServiceGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpgradeToServiceGroup",
            rt::Method::Post,
            "/v1.0/im/chats/sceneGroups/upgradeToServiceGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加群成员
    ///
    /// `POST /v1.0/im/interconnections/groups/members` (operation `addGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_group_member(
        &self,
        request: &AddGroupMemberRequest,
    ) -> rt::Call<AddGroupMemberResponseBody, AddGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "addGroupMember",
            rt::Method::Post,
            "/v1.0/im/interconnections/groups/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除群成员
    ///
    /// `POST /v1.0/im/interconnections/groups/members/remove` (operation `removeGroupMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveGroupMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_group_member(
        &self,
        request: &RemoveGroupMemberRequest,
    ) -> rt::Call<RemoveGroupMemberResponseBody, RemoveGroupMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "removeGroupMember",
            rt::Method::Post,
            "/v1.0/im/interconnections/groups/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送ToC消息
    ///
    /// `POST /v1.0/im/interconnections/dingMessages/send` (operation `sendDingMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendDingMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_ding_message(
        &self,
        request: &SendDingMessageRequest,
    ) -> rt::Call<SendDingMessageResponseBody, SendDingMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "sendDingMessage",
            rt::Method::Post,
            "/v1.0/im/interconnections/dingMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送ToB消息
    ///
    /// `POST /v1.0/im/interconnections/messages/send` (operation `sendMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_message(
        &self,
        request: &SendMessageRequest,
    ) -> rt::Call<SendMessageResponseBody, SendMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "sendMessage",
            rt::Method::Post,
            "/v1.0/im/interconnections/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::batch_query_group_member`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`.
    pub fn batch_query_group_member_pages(
        &self,
        request: &BatchQueryGroupMemberRequest,
    ) -> rt::Paginator<
        BatchQueryGroupMemberResponseBody,
        BatchQueryGroupMemberError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.batch_query_group_member(request), &PAGING)
    }
    /// Every page of [`Api::get_family_school_conversation_msg`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `messages` of each page.
    pub fn get_family_school_conversation_msg_pages(
        &self,
        request: &GetFamilySchoolConversationMsgRequest,
    ) -> rt::Paginator<
        GetFamilySchoolConversationMsgResponseBody,
        GetFamilySchoolConversationMsgError,
        GetFamilySchoolConversationMsgResponseBodyMessages,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &[],
            &["messages"],
        );
        rt::Paginator::new(self.get_family_school_conversation_msg(request), &PAGING)
    }
    /// Every page of [`Api::get_family_school_conversations`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `groupInfoList` of each page.
    pub fn get_family_school_conversations_pages(
        &self,
        request: &GetFamilySchoolConversationsRequest,
    ) -> rt::Paginator<
        GetFamilySchoolConversationsResponseBody,
        GetFamilySchoolConversationsError,
        GetFamilySchoolConversationsResponseBodyGroupInfoList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &[],
            &["groupInfoList"],
        );
        rt::Paginator::new(self.get_family_school_conversations(request), &PAGING)
    }
    /// Every page of [`Api::get_group_members_by_user_token`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`.
    pub fn get_group_members_by_user_token_pages(
        &self,
        request: &GetGroupMembersByUserTokenRequest,
    ) -> rt::Paginator<
        GetGroupMembersByUserTokenResponseBody,
        GetGroupMembersByUserTokenError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.get_group_members_by_user_token(request), &PAGING)
    }
    /// Every page of [`Api::get_inner_group_members`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `userIds` of each page.
    pub fn get_inner_group_members_pages(
        &self,
        request: &GetInnerGroupMembersRequest,
    ) -> rt::Paginator<
        GetInnerGroupMembersResponseBody,
        GetInnerGroupMembersError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["userIds"],
        );
        rt::Paginator::new(self.get_inner_group_members(request), &PAGING)
    }
    /// Every page of [`Api::get_scene_group_members`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `memberUserIds` of each page.
    pub fn get_scene_group_members_pages(
        &self,
        request: &GetSceneGroupMembersRequest,
    ) -> rt::Paginator<
        GetSceneGroupMembersResponseBody,
        GetSceneGroupMembersError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            false,
            &["nextCursor"],
            &["hasMore"],
            &["memberUserIds"],
        );
        rt::Paginator::new(self.get_scene_group_members(request), &PAGING)
    }
    /// Every page of [`Api::group_manage_query`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `groupInfoList` of each page.
    pub fn group_manage_query_pages(
        &self,
        request: &GroupManageQueryRequest,
    ) -> rt::Paginator<
        GroupManageQueryResponseBody,
        GroupManageQueryError,
        GroupManageQueryResponseBodyGroupInfoList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["groupInfoList"],
        );
        rt::Paginator::new(self.group_manage_query(request), &PAGING)
    }
    /// Every page of [`Api::query_inner_group_member_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_inner_group_member_list_pages(
        &self,
        request: &QueryInnerGroupMemberListRequest,
    ) -> rt::Paginator<
        QueryInnerGroupMemberListResponseBody,
        QueryInnerGroupMemberListError,
        QueryInnerGroupMemberListResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_inner_group_member_list(request), &PAGING)
    }
    /// Every page of [`Api::query_msg_read_status`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`.
    pub fn query_msg_read_status_pages(
        &self,
        request: &QueryMsgReadStatusRequest,
    ) -> rt::Paginator<
        QueryMsgReadStatusResponseBody,
        QueryMsgReadStatusError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_msg_read_status(request), &PAGING)
    }
    /// Every page of [`Api::query_unfurling_register_info`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_unfurling_register_info_pages(
        &self,
        request: &QueryUnfurlingRegisterInfoRequest,
    ) -> rt::Paginator<
        QueryUnfurlingRegisterInfoResponseBody,
        QueryUnfurlingRegisterInfoError,
        QueryUnfurlingRegisterInfoResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_unfurling_register_info(request), &PAGING)
    }
}
/// `AddConvNavTabResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddConvNavTabResponseBody {
    /// `result`.
    pub result: Option<AddConvNavTabResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddConvNavTabResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddConvNavTabResponseBody {
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
impl rt::serde::Serialize for AddConvNavTabResponseBody {
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
/// `AddOrgTextEmotionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOrgTextEmotionResponseBody {
    /// `result`.
    pub result: Option<AddOrgTextEmotionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOrgTextEmotionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOrgTextEmotionResponseBody {
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
impl rt::serde::Serialize for AddOrgTextEmotionResponseBody {
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
/// `AddRobotToConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRobotToConversationResponseBody {
    /// `chatBotUserId`.
    pub chat_bot_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRobotToConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRobotToConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatBotUserId" => rt::read_field(map, &mut self.chat_bot_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRobotToConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatBotUserId", &self.chat_bot_user_id)?;
        object.end()
    }
}
/// `AddSceneGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSceneGroupMemberResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddSceneGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSceneGroupMemberResponseBody {
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
impl rt::serde::Serialize for AddSceneGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddUnfurlingRegisterResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddUnfurlingRegisterResponseBody {
    /// `id`.
    pub id: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddUnfurlingRegisterResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddUnfurlingRegisterResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddUnfurlingRegisterResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AutoOpenDingTalkConnectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AutoOpenDingTalkConnectResponseBody {
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AutoOpenDingTalkConnectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AutoOpenDingTalkConnectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AutoOpenDingTalkConnectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `BatchQueryFamilySchoolMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageResponseBody {
    /// `messages`.
    pub messages: Option<Vec<BatchQueryFamilySchoolMessageResponseBodyMessages>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryFamilySchoolMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryFamilySchoolMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messages" => rt::read_field(map, &mut self.messages),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryFamilySchoolMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messages", &self.messages)?;
        object.end()
    }
}
/// `BatchQueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryGroupMemberResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `memberUserIds`.
    pub member_user_ids: Option<Vec<String>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `staffIdNickMap`.
    pub staff_id_nick_map: Option<rt::BTreeMap<String, String>>,
    /// `success`.
    pub success: Option<bool>,
    /// `unionIdList`.
    pub union_id_list: Option<Vec<String>>,
    /// `unionIdNickMap`.
    pub union_id_nick_map: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryGroupMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "memberUserIds" => rt::read_field(map, &mut self.member_user_ids),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "staffIdNickMap" => rt::read_field(map, &mut self.staff_id_nick_map),
            "success" => rt::read_field(map, &mut self.success),
            "unionIdList" => rt::read_field(map, &mut self.union_id_list),
            "unionIdNickMap" => rt::read_field(map, &mut self.union_id_nick_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("memberUserIds", &self.member_user_ids)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("staffIdNickMap", &self.staff_id_nick_map)?;
        object.optional("success", &self.success)?;
        object.optional("unionIdList", &self.union_id_list)?;
        object.optional("unionIdNickMap", &self.union_id_nick_map)?;
        object.end()
    }
}
/// `CardTemplateBuildActionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CardTemplateBuildActionResponseBody {
    /// `cardTemplateJson`.
    pub card_template_json: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CardTemplateBuildActionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CardTemplateBuildActionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardTemplateJson" => rt::read_field(map, &mut self.card_template_json),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CardTemplateBuildActionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardTemplateJson", &self.card_template_json)?;
        object.end()
    }
}
/// `ChangeGroupOwnerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChangeGroupOwnerResponseBody {
    /// `newGroupOwnerId`.
    pub new_group_owner_id: Option<String>,
    /// `newGroupOwnerType`.
    pub new_group_owner_type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ChangeGroupOwnerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChangeGroupOwnerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newGroupOwnerId" => rt::read_field(map, &mut self.new_group_owner_id),
            "newGroupOwnerType" => rt::read_field(map, &mut self.new_group_owner_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChangeGroupOwnerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("newGroupOwnerId", &self.new_group_owner_id)?;
        object.optional("newGroupOwnerType", &self.new_group_owner_type)?;
        object.end()
    }
}
/// `ChatIdToOpenConversationIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatIdToOpenConversationIdResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ChatIdToOpenConversationIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChatIdToOpenConversationIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChatIdToOpenConversationIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `ChatSubAdminUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatSubAdminUpdateResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ChatSubAdminUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChatSubAdminUpdateResponseBody {
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
impl rt::serde::Serialize for ChatSubAdminUpdateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CheckUserIsGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckUserIsGroupMemberResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckUserIsGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckUserIsGroupMemberResponseBody {
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
impl rt::serde::Serialize for CheckUserIsGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CopyUnfurlingRegisterResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyUnfurlingRegisterResponseBody {
    /// `result`.
    pub result: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyUnfurlingRegisterResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyUnfurlingRegisterResponseBody {
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
impl rt::serde::Serialize for CopyUnfurlingRegisterResponseBody {
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
/// `CountOpenMsgSceneGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsResponseBody {
    /// `result`.
    pub result: Option<CountOpenMsgSceneGroupsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CountOpenMsgSceneGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CountOpenMsgSceneGroupsResponseBody {
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
impl rt::serde::Serialize for CountOpenMsgSceneGroupsResponseBody {
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
/// `CountOrgMessageOpenSceneGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CountOrgMessageOpenSceneGroupsResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CountOrgMessageOpenSceneGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CountOrgMessageOpenSceneGroupsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CountOrgMessageOpenSceneGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CountSceneGroupsByTemplateIdResponseBody`: the same model as [`CountOrgMessageOpenSceneGroupsResponseBody`].
pub type CountSceneGroupsByTemplateIdResponseBody = CountOrgMessageOpenSceneGroupsResponseBody;
/// `CreateCoupleGroupConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCoupleGroupConversationResponseBody {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCoupleGroupConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCoupleGroupConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCoupleGroupConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `CreateCustomGroupRoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomGroupRoleResponseBody {
    /// `result`.
    pub result: Option<CreateCustomGroupRoleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomGroupRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomGroupRoleResponseBody {
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
impl rt::serde::Serialize for CreateCustomGroupRoleResponseBody {
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
/// `CreateCustomUserRolesResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type CreateCustomUserRolesResponseBody = AddSceneGroupMemberResponseBody;
/// `CreateGroupRequestManagementOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupRequestManagementOptions {
    /// `chatBannedType`.
    pub chat_banned_type: Option<i64>,
    /// `managementType`.
    pub management_type: Option<i64>,
    /// `mentionAllAuthority`.
    pub mention_all_authority: Option<i64>,
    /// `searchable`.
    pub searchable: Option<i64>,
    /// `showHistoryType`.
    pub show_history_type: Option<i64>,
    /// `validationType`.
    pub validation_type: Option<i64>,
}
impl CreateGroupRequestManagementOptions {
    /// An empty `CreateGroupRequestManagementOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chatBannedType`.
    pub fn chat_banned_type(mut self, value: i64) -> Self {
        self.chat_banned_type = Some(value);
        self
    }
    /// Sets `managementType`.
    pub fn management_type(mut self, value: i64) -> Self {
        self.management_type = Some(value);
        self
    }
    /// Sets `mentionAllAuthority`.
    pub fn mention_all_authority(mut self, value: i64) -> Self {
        self.mention_all_authority = Some(value);
        self
    }
    /// Sets `searchable`.
    pub fn searchable(mut self, value: i64) -> Self {
        self.searchable = Some(value);
        self
    }
    /// Sets `showHistoryType`.
    pub fn show_history_type(mut self, value: i64) -> Self {
        self.show_history_type = Some(value);
        self
    }
    /// Sets `validationType`.
    pub fn validation_type(mut self, value: i64) -> Self {
        self.validation_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateGroupRequestManagementOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatBannedType", &self.chat_banned_type)?;
        object.optional("managementType", &self.management_type)?;
        object.optional("mentionAllAuthority", &self.mention_all_authority)?;
        object.optional("searchable", &self.searchable)?;
        object.optional("showHistoryType", &self.show_history_type)?;
        object.optional("validationType", &self.validation_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupRequestManagementOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupRequestManagementOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatBannedType" => rt::read_field(map, &mut self.chat_banned_type),
            "managementType" => rt::read_field(map, &mut self.management_type),
            "mentionAllAuthority" => rt::read_field(map, &mut self.mention_all_authority),
            "searchable" => rt::read_field(map, &mut self.searchable),
            "showHistoryType" => rt::read_field(map, &mut self.show_history_type),
            "validationType" => rt::read_field(map, &mut self.validation_type),
            _ => Ok(false),
        }
    }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `chatid`.
    pub chatid: Option<String>,
    /// `conversationTag`.
    pub conversation_tag: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatid" => rt::read_field(map, &mut self.chatid),
            "conversationTag" => rt::read_field(map, &mut self.conversation_tag),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatid", &self.chatid)?;
        object.optional("conversationTag", &self.conversation_tag)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `CreateGroupConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupConversationResponseBody {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserIds" => rt::read_field(map, &mut self.app_user_ids),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserIds", &self.app_user_ids)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `CreateGroupFromOldGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupFromOldGroupResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupFromOldGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupFromOldGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupFromOldGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateInterconnectionRequestInterconnections`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateInterconnectionRequestInterconnections {
    /// `appUserAvatar`.
    pub app_user_avatar: Option<String>,
    /// `appUserAvatarMediaType`.
    pub app_user_avatar_media_type: Option<i64>,
    /// `appUserDynamics`.
    pub app_user_dynamics: Option<String>,
    /// `appUserId`.
    pub app_user_id: String,
    /// `appUserMobile`.
    pub app_user_mobile: String,
    /// `appUserName`.
    pub app_user_name: String,
    /// `channelCode`.
    pub channel_code: String,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateInterconnectionRequestInterconnections {
    /// A `CreateInterconnectionRequestInterconnections` with its required fields (`appUserId`, `appUserMobile`, `appUserName`, `channelCode`); set the others with the methods named after them.
    pub fn new(
        app_user_id: impl Into<String>,
        app_user_mobile: impl Into<String>,
        app_user_name: impl Into<String>,
        channel_code: impl Into<String>,
    ) -> Self {
        Self {
            app_user_avatar: None,
            app_user_avatar_media_type: None,
            app_user_dynamics: None,
            app_user_id: app_user_id.into(),
            app_user_mobile: app_user_mobile.into(),
            app_user_name: app_user_name.into(),
            channel_code: channel_code.into(),
            user_id: None,
        }
    }
    /// Sets `appUserAvatar`.
    pub fn app_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.app_user_avatar = Some(value.into());
        self
    }
    /// Sets `appUserAvatarMediaType`.
    pub fn app_user_avatar_media_type(mut self, value: i64) -> Self {
        self.app_user_avatar_media_type = Some(value);
        self
    }
    /// Sets `appUserDynamics`.
    pub fn app_user_dynamics(mut self, value: impl Into<String>) -> Self {
        self.app_user_dynamics = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateInterconnectionRequestInterconnections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserAvatar", &self.app_user_avatar)?;
        object.optional("appUserAvatarMediaType", &self.app_user_avatar_media_type)?;
        object.optional("appUserDynamics", &self.app_user_dynamics)?;
        object.field("appUserId", &self.app_user_id)?;
        object.field("appUserMobile", &self.app_user_mobile)?;
        object.field("appUserName", &self.app_user_name)?;
        object.field("channelCode", &self.channel_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateInterconnectionRequestInterconnections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateInterconnectionRequestInterconnections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserAvatar" => rt::read_field(map, &mut self.app_user_avatar),
            "appUserAvatarMediaType" => {
                rt::read_field(map, &mut self.app_user_avatar_media_type)
            }
            "appUserDynamics" => rt::read_field(map, &mut self.app_user_dynamics),
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "appUserMobile" => rt::read_field(map, &mut self.app_user_mobile),
            "appUserName" => rt::read_field(map, &mut self.app_user_name),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateInterconnectionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateInterconnectionResponseBody {
    /// `results`.
    pub results: Option<Vec<CreateInterconnectionResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateInterconnectionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateInterconnectionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateInterconnectionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `CreateSceneGroupRequestManagementOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSceneGroupRequestManagementOptions {
    /// `add_friend_forbidden`.
    pub add_friend_forbidden: Option<i64>,
    /// `all_members_can_create_calendar`.
    pub all_members_can_create_calendar: Option<i64>,
    /// `all_members_can_create_mcs_conf`.
    pub all_members_can_create_mcs_conf: Option<i64>,
    /// `chat_banned_type`.
    pub chat_banned_type: Option<i64>,
    /// `group_email_disabled`.
    pub group_email_disabled: Option<i64>,
    /// `group_live_switch`.
    pub group_live_switch: Option<i64>,
    /// `management_type`.
    pub management_type: Option<i64>,
    /// `members_to_admin_chat`.
    pub members_to_admin_chat: Option<i64>,
    /// `mention_all_authority`.
    pub mention_all_authority: Option<i64>,
    /// `not_quit_when_emp_leave`.
    pub not_quit_when_emp_leave: Option<i64>,
    /// `only_admin_can_add_mem`.
    pub only_admin_can_add_mem: Option<i64>,
    /// `only_admin_can_ding`.
    pub only_admin_can_ding: Option<i64>,
    /// `only_admin_can_set_msg_top`.
    pub only_admin_can_set_msg_top: Option<i64>,
    /// `searchable`.
    pub searchable: Option<i64>,
    /// `show_history_type`.
    pub show_history_type: Option<i64>,
    /// `validation_type`.
    pub validation_type: Option<i64>,
}
impl CreateSceneGroupRequestManagementOptions {
    /// An empty `CreateSceneGroupRequestManagementOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `add_friend_forbidden`.
    pub fn add_friend_forbidden(mut self, value: i64) -> Self {
        self.add_friend_forbidden = Some(value);
        self
    }
    /// Sets `all_members_can_create_calendar`.
    pub fn all_members_can_create_calendar(mut self, value: i64) -> Self {
        self.all_members_can_create_calendar = Some(value);
        self
    }
    /// Sets `all_members_can_create_mcs_conf`.
    pub fn all_members_can_create_mcs_conf(mut self, value: i64) -> Self {
        self.all_members_can_create_mcs_conf = Some(value);
        self
    }
    /// Sets `chat_banned_type`.
    pub fn chat_banned_type(mut self, value: i64) -> Self {
        self.chat_banned_type = Some(value);
        self
    }
    /// Sets `group_email_disabled`.
    pub fn group_email_disabled(mut self, value: i64) -> Self {
        self.group_email_disabled = Some(value);
        self
    }
    /// Sets `group_live_switch`.
    pub fn group_live_switch(mut self, value: i64) -> Self {
        self.group_live_switch = Some(value);
        self
    }
    /// Sets `management_type`.
    pub fn management_type(mut self, value: i64) -> Self {
        self.management_type = Some(value);
        self
    }
    /// Sets `members_to_admin_chat`.
    pub fn members_to_admin_chat(mut self, value: i64) -> Self {
        self.members_to_admin_chat = Some(value);
        self
    }
    /// Sets `mention_all_authority`.
    pub fn mention_all_authority(mut self, value: i64) -> Self {
        self.mention_all_authority = Some(value);
        self
    }
    /// Sets `not_quit_when_emp_leave`.
    pub fn not_quit_when_emp_leave(mut self, value: i64) -> Self {
        self.not_quit_when_emp_leave = Some(value);
        self
    }
    /// Sets `only_admin_can_add_mem`.
    pub fn only_admin_can_add_mem(mut self, value: i64) -> Self {
        self.only_admin_can_add_mem = Some(value);
        self
    }
    /// Sets `only_admin_can_ding`.
    pub fn only_admin_can_ding(mut self, value: i64) -> Self {
        self.only_admin_can_ding = Some(value);
        self
    }
    /// Sets `only_admin_can_set_msg_top`.
    pub fn only_admin_can_set_msg_top(mut self, value: i64) -> Self {
        self.only_admin_can_set_msg_top = Some(value);
        self
    }
    /// Sets `searchable`.
    pub fn searchable(mut self, value: i64) -> Self {
        self.searchable = Some(value);
        self
    }
    /// Sets `show_history_type`.
    pub fn show_history_type(mut self, value: i64) -> Self {
        self.show_history_type = Some(value);
        self
    }
    /// Sets `validation_type`.
    pub fn validation_type(mut self, value: i64) -> Self {
        self.validation_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateSceneGroupRequestManagementOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("add_friend_forbidden", &self.add_friend_forbidden)?;
        object
            .optional(
                "all_members_can_create_calendar",
                &self.all_members_can_create_calendar,
            )?;
        object
            .optional(
                "all_members_can_create_mcs_conf",
                &self.all_members_can_create_mcs_conf,
            )?;
        object.optional("chat_banned_type", &self.chat_banned_type)?;
        object.optional("group_email_disabled", &self.group_email_disabled)?;
        object.optional("group_live_switch", &self.group_live_switch)?;
        object.optional("management_type", &self.management_type)?;
        object.optional("members_to_admin_chat", &self.members_to_admin_chat)?;
        object.optional("mention_all_authority", &self.mention_all_authority)?;
        object.optional("not_quit_when_emp_leave", &self.not_quit_when_emp_leave)?;
        object.optional("only_admin_can_add_mem", &self.only_admin_can_add_mem)?;
        object.optional("only_admin_can_ding", &self.only_admin_can_ding)?;
        object.optional("only_admin_can_set_msg_top", &self.only_admin_can_set_msg_top)?;
        object.optional("searchable", &self.searchable)?;
        object.optional("show_history_type", &self.show_history_type)?;
        object.optional("validation_type", &self.validation_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSceneGroupRequestManagementOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSceneGroupRequestManagementOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "add_friend_forbidden" => rt::read_field(map, &mut self.add_friend_forbidden),
            "all_members_can_create_calendar" => {
                rt::read_field(map, &mut self.all_members_can_create_calendar)
            }
            "all_members_can_create_mcs_conf" => {
                rt::read_field(map, &mut self.all_members_can_create_mcs_conf)
            }
            "chat_banned_type" => rt::read_field(map, &mut self.chat_banned_type),
            "group_email_disabled" => rt::read_field(map, &mut self.group_email_disabled),
            "group_live_switch" => rt::read_field(map, &mut self.group_live_switch),
            "management_type" => rt::read_field(map, &mut self.management_type),
            "members_to_admin_chat" => {
                rt::read_field(map, &mut self.members_to_admin_chat)
            }
            "mention_all_authority" => {
                rt::read_field(map, &mut self.mention_all_authority)
            }
            "not_quit_when_emp_leave" => {
                rt::read_field(map, &mut self.not_quit_when_emp_leave)
            }
            "only_admin_can_add_mem" => {
                rt::read_field(map, &mut self.only_admin_can_add_mem)
            }
            "only_admin_can_ding" => rt::read_field(map, &mut self.only_admin_can_ding),
            "only_admin_can_set_msg_top" => {
                rt::read_field(map, &mut self.only_admin_can_set_msg_top)
            }
            "searchable" => rt::read_field(map, &mut self.searchable),
            "show_history_type" => rt::read_field(map, &mut self.show_history_type),
            "validation_type" => rt::read_field(map, &mut self.validation_type),
            _ => Ok(false),
        }
    }
}
/// `CreateSceneGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSceneGroupResponseBody {
    /// `chat_id`.
    pub chat_id: Option<String>,
    /// `open_conversation_id`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSceneGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSceneGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chat_id" => rt::read_field(map, &mut self.chat_id),
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSceneGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chat_id", &self.chat_id)?;
        object.optional("open_conversation_id", &self.open_conversation_id)?;
        object.end()
    }
}
/// `CreateSceneGroupConversationRequestManagementOptions`: the same model as [`CreateGroupRequestManagementOptions`].
pub type CreateSceneGroupConversationRequestManagementOptions = CreateGroupRequestManagementOptions;
/// `CreateSceneGroupConversationResponseBody`: the same model as [`ChatIdToOpenConversationIdResponseBody`].
pub type CreateSceneGroupConversationResponseBody = ChatIdToOpenConversationIdResponseBody;
/// `CreateStoreGroupConversationResponseBody`: the same model as [`CreateCoupleGroupConversationResponseBody`].
pub type CreateStoreGroupConversationResponseBody = CreateCoupleGroupConversationResponseBody;
/// `DebugUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DebugUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `DeleteConvNavTabResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteConvNavTabResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteConvNavTabResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteConvNavTabResponseBody {
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
impl rt::serde::Serialize for DeleteConvNavTabResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteOrgTextEmotionResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DeleteOrgTextEmotionResponseBody = AddSceneGroupMemberResponseBody;
/// `DismissGroupConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DismissGroupConversationResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DismissGroupConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DismissGroupConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DismissGroupConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `DsbandOpenSceneGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DsbandOpenSceneGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `FreezeGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type FreezeGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `GetConversationUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationUrlResponseBody {
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
impl rt::serde::Serialize for GetConversationUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetFamilySchoolConversationMsgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFamilySchoolConversationMsgResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `messages`.
    pub messages: Option<Vec<GetFamilySchoolConversationMsgResponseBodyMessages>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFamilySchoolConversationMsgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFamilySchoolConversationMsgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "messages" => rt::read_field(map, &mut self.messages),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFamilySchoolConversationMsgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("messages", &self.messages)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetFamilySchoolConversationsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFamilySchoolConversationsResponseBody {
    /// `groupInfoList`.
    pub group_info_list: Option<
        Vec<GetFamilySchoolConversationsResponseBodyGroupInfoList>,
    >,
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFamilySchoolConversationsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFamilySchoolConversationsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfoList" => rt::read_field(map, &mut self.group_info_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFamilySchoolConversationsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfoList", &self.group_info_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetGroupMembersByUserTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupMembersByUserTokenResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `memberUnionIds`.
    pub member_union_ids: Option<Vec<String>>,
    /// `memberUserIds`.
    pub member_user_ids: Option<Vec<String>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `staffIdNickMap`.
    pub staff_id_nick_map: Option<rt::BTreeMap<String, String>>,
    /// `success`.
    pub success: Option<bool>,
    /// `unionIdNickMap`.
    pub union_id_nick_map: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupMembersByUserTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupMembersByUserTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "memberUnionIds" => rt::read_field(map, &mut self.member_union_ids),
            "memberUserIds" => rt::read_field(map, &mut self.member_user_ids),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "staffIdNickMap" => rt::read_field(map, &mut self.staff_id_nick_map),
            "success" => rt::read_field(map, &mut self.success),
            "unionIdNickMap" => rt::read_field(map, &mut self.union_id_nick_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupMembersByUserTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("memberUnionIds", &self.member_union_ids)?;
        object.optional("memberUserIds", &self.member_user_ids)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("staffIdNickMap", &self.staff_id_nick_map)?;
        object.optional("success", &self.success)?;
        object.optional("unionIdNickMap", &self.union_id_nick_map)?;
        object.end()
    }
}
/// `GetInnerGroupMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInnerGroupMembersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInnerGroupMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInnerGroupMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInnerGroupMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `GetInterconnectionUrlResponseBody`: the same model as [`GetConversationUrlResponseBody`].
pub type GetInterconnectionUrlResponseBody = GetConversationUrlResponseBody;
/// `GetNewestInnerGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNewestInnerGroupsResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<GetNewestInnerGroupsResponseBodyGroupInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNewestInnerGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNewestInnerGroupsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfos" => rt::read_field(map, &mut self.group_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNewestInnerGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfos", &self.group_infos)?;
        object.end()
    }
}
/// `GetSceneGroupDetailInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSceneGroupDetailInfoResponseBody {
    /// `group_url`.
    pub group_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `management_options`.
    pub management_options: Option<GetSceneGroupDetailInfoResponseBodyManagementOptions>,
    /// `member_amount`.
    pub member_amount: Option<i64>,
    /// `open_conversation_id`.
    pub open_conversation_id: Option<String>,
    /// `owner_union_id`.
    pub owner_union_id: Option<String>,
    /// `owner_user_id`.
    pub owner_user_id: Option<String>,
    /// `scene_data`.
    pub scene_data: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `sub_admin_staff_ids`.
    pub sub_admin_staff_ids: Option<Vec<String>>,
    /// `sub_admin_union_ids`.
    pub sub_admin_union_ids: Option<Vec<String>>,
    /// `success`.
    pub success: Option<bool>,
    /// `template_id`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupDetailInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSceneGroupDetailInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "group_url" => rt::read_field(map, &mut self.group_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "management_options" => rt::read_field(map, &mut self.management_options),
            "member_amount" => rt::read_field(map, &mut self.member_amount),
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            "owner_union_id" => rt::read_field(map, &mut self.owner_union_id),
            "owner_user_id" => rt::read_field(map, &mut self.owner_user_id),
            "scene_data" => rt::read_field(map, &mut self.scene_data),
            "status" => rt::read_field(map, &mut self.status),
            "sub_admin_staff_ids" => rt::read_field(map, &mut self.sub_admin_staff_ids),
            "sub_admin_union_ids" => rt::read_field(map, &mut self.sub_admin_union_ids),
            "success" => rt::read_field(map, &mut self.success),
            "template_id" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSceneGroupDetailInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("group_url", &self.group_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("management_options", &self.management_options)?;
        object.optional("member_amount", &self.member_amount)?;
        object.optional("open_conversation_id", &self.open_conversation_id)?;
        object.optional("owner_union_id", &self.owner_union_id)?;
        object.optional("owner_user_id", &self.owner_user_id)?;
        object.optional("scene_data", &self.scene_data)?;
        object.optional("status", &self.status)?;
        object.optional("sub_admin_staff_ids", &self.sub_admin_staff_ids)?;
        object.optional("sub_admin_union_ids", &self.sub_admin_union_ids)?;
        object.optional("success", &self.success)?;
        object.optional("template_id", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetSceneGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSceneGroupInfoResponseBody {
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSceneGroupInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSceneGroupInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetSceneGroupMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSceneGroupMembersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `memberUserIds`.
    pub member_user_ids: Option<Vec<String>>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSceneGroupMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "memberUserIds" => rt::read_field(map, &mut self.member_user_ids),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSceneGroupMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("memberUserIds", &self.member_user_ids)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetSceneGroupTemplateMessageOpenStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSceneGroupTemplateMessageOpenStatusResponseBody {
    /// `status`.
    pub status: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSceneGroupTemplateMessageOpenStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSceneGroupTemplateMessageOpenStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSceneGroupTemplateMessageOpenStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetSingleChatOpenConversationIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSingleChatOpenConversationIdResponseBody {
    /// `result`.
    pub result: Option<GetSingleChatOpenConversationIdResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSingleChatOpenConversationIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSingleChatOpenConversationIdResponseBody {
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
impl rt::serde::Serialize for GetSingleChatOpenConversationIdResponseBody {
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
/// `GetSuperAdminOpenSceneGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSuperAdminOpenSceneGroupInfoResponseBody {
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `managementOptions`.
    pub management_options: Option<
        GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions,
    >,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `subAdminUserIds`.
    pub sub_admin_user_ids: Option<Vec<String>>,
    /// `sucess`.
    pub sucess: Option<bool>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSuperAdminOpenSceneGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSuperAdminOpenSceneGroupInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "managementOptions" => rt::read_field(map, &mut self.management_options),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "subAdminUserIds" => rt::read_field(map, &mut self.sub_admin_user_ids),
            "sucess" => rt::read_field(map, &mut self.sucess),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSuperAdminOpenSceneGroupInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("managementOptions", &self.management_options)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("subAdminUserIds", &self.sub_admin_user_ids)?;
        object.optional("sucess", &self.sucess)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GroupCapacityInquiryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityInquiryResponseBody {
    /// `actualPrice`.
    pub actual_price: Option<i64>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `currentCapacity`.
    pub current_capacity: Option<i64>,
    /// `currentEffectUntil`.
    pub current_effect_until: Option<i64>,
    /// `discount`.
    pub discount: Option<i64>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `groupOwner`.
    pub group_owner: Option<String>,
    /// `groupTitle`.
    pub group_title: Option<String>,
    /// `markedPrice`.
    pub marked_price: Option<i64>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `targetCapacity`.
    pub target_capacity: Option<i64>,
    /// `targetEffectUntil`.
    pub target_effect_until: Option<i64>,
    /// `token`.
    pub token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityInquiryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupCapacityInquiryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actualPrice" => rt::read_field(map, &mut self.actual_price),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "currentCapacity" => rt::read_field(map, &mut self.current_capacity),
            "currentEffectUntil" => rt::read_field(map, &mut self.current_effect_until),
            "discount" => rt::read_field(map, &mut self.discount),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "groupTitle" => rt::read_field(map, &mut self.group_title),
            "markedPrice" => rt::read_field(map, &mut self.marked_price),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            "targetCapacity" => rt::read_field(map, &mut self.target_capacity),
            "targetEffectUntil" => rt::read_field(map, &mut self.target_effect_until),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupCapacityInquiryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actualPrice", &self.actual_price)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("currentCapacity", &self.current_capacity)?;
        object.optional("currentEffectUntil", &self.current_effect_until)?;
        object.optional("discount", &self.discount)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("groupOwner", &self.group_owner)?;
        object.optional("groupTitle", &self.group_title)?;
        object.optional("markedPrice", &self.marked_price)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("operator", &self.operator)?;
        object.optional("targetCapacity", &self.target_capacity)?;
        object.optional("targetEffectUntil", &self.target_effect_until)?;
        object.optional("token", &self.token)?;
        object.end()
    }
}
/// `GroupCapacityOrderConfirmResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityOrderConfirmResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityOrderConfirmResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupCapacityOrderConfirmResponseBody {
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
impl rt::serde::Serialize for GroupCapacityOrderConfirmResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GroupCapacityOrderPlaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityOrderPlaceResponseBody {
    /// `actualPrice`.
    pub actual_price: Option<i64>,
    /// `currentCapacity`.
    pub current_capacity: Option<i64>,
    /// `currentEffectUntil`.
    pub current_effect_until: Option<i64>,
    /// `discount`.
    pub discount: Option<i64>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `markedPrice`.
    pub marked_price: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `targetCapacity`.
    pub target_capacity: Option<i64>,
    /// `targetEffectUntil`.
    pub target_effect_until: Option<i64>,
    /// `token`.
    pub token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityOrderPlaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupCapacityOrderPlaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actualPrice" => rt::read_field(map, &mut self.actual_price),
            "currentCapacity" => rt::read_field(map, &mut self.current_capacity),
            "currentEffectUntil" => rt::read_field(map, &mut self.current_effect_until),
            "discount" => rt::read_field(map, &mut self.discount),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "markedPrice" => rt::read_field(map, &mut self.marked_price),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "targetCapacity" => rt::read_field(map, &mut self.target_capacity),
            "targetEffectUntil" => rt::read_field(map, &mut self.target_effect_until),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupCapacityOrderPlaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actualPrice", &self.actual_price)?;
        object.optional("currentCapacity", &self.current_capacity)?;
        object.optional("currentEffectUntil", &self.current_effect_until)?;
        object.optional("discount", &self.discount)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("markedPrice", &self.marked_price)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("operator", &self.operator)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("targetCapacity", &self.target_capacity)?;
        object.optional("targetEffectUntil", &self.target_effect_until)?;
        object.optional("token", &self.token)?;
        object.end()
    }
}
/// `GroupManageQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupManageQueryResponseBody {
    /// `groupInfoList`.
    pub group_info_list: Option<Vec<GroupManageQueryResponseBodyGroupInfoList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupManageQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupManageQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfoList" => rt::read_field(map, &mut self.group_info_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupManageQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfoList", &self.group_info_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `UserListValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserListValue {
    /// `joinTime`.
    pub join_time: Option<i64>,
    /// `modifyTime`.
    pub modify_time: Option<i64>,
    /// `mute`.
    pub mute: Option<bool>,
    /// `topRank`.
    pub top_rank: Option<bool>,
    /// `visible`.
    pub visible: Option<bool>,
}
impl UserListValue {
    /// An empty `UserListValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `joinTime`.
    pub fn join_time(mut self, value: i64) -> Self {
        self.join_time = Some(value);
        self
    }
    /// Sets `modifyTime`.
    pub fn modify_time(mut self, value: i64) -> Self {
        self.modify_time = Some(value);
        self
    }
    /// Sets `mute`.
    pub fn mute(mut self, value: bool) -> Self {
        self.mute = Some(value);
        self
    }
    /// Sets `topRank`.
    pub fn top_rank(mut self, value: bool) -> Self {
        self.top_rank = Some(value);
        self
    }
    /// Sets `visible`.
    pub fn visible(mut self, value: bool) -> Self {
        self.visible = Some(value);
        self
    }
}
impl rt::serde::Serialize for UserListValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("joinTime", &self.join_time)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("mute", &self.mute)?;
        object.optional("topRank", &self.top_rank)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserListValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserListValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "joinTime" => rt::read_field(map, &mut self.join_time),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "mute" => rt::read_field(map, &mut self.mute),
            "topRank" => rt::read_field(map, &mut self.top_rank),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
/// `ImportGroupChatResponseBody`: the same model as [`GetSingleChatOpenConversationIdResponseBody`].
pub type ImportGroupChatResponseBody = GetSingleChatOpenConversationIdResponseBody;
/// `ImportMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportMessageResponseBody {
    /// `result`.
    pub result: Option<ImportMessageResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ImportMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ImportMessageResponseBody {
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
impl rt::serde::Serialize for ImportMessageResponseBody {
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
/// `InstallRobotToOrgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallRobotToOrgResponseBody {
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InstallRobotToOrgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InstallRobotToOrgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InstallRobotToOrgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `IntelligentSendCardResponseBody`: the same model as [`ImportMessageResponseBody`].
pub type IntelligentSendCardResponseBody = ImportMessageResponseBody;
/// `InteractiveCardCreateInstanceRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InteractiveCardCreateInstanceRequestCardData {
    /// `cardMediaIdParamMap`.
    pub card_media_id_param_map: Option<rt::BTreeMap<String, String>>,
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl InteractiveCardCreateInstanceRequestCardData {
    /// An empty `InteractiveCardCreateInstanceRequestCardData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardMediaIdParamMap`.
    pub fn card_media_id_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.card_media_id_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
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
impl rt::serde::Serialize for InteractiveCardCreateInstanceRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardMediaIdParamMap", &self.card_media_id_param_map)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InteractiveCardCreateInstanceRequestCardData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InteractiveCardCreateInstanceRequestCardData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardMediaIdParamMap" => {
                rt::read_field(map, &mut self.card_media_id_param_map)
            }
            "cardParamMap" => rt::read_field(map, &mut self.card_param_map),
            _ => Ok(false),
        }
    }
}
/// `PrivateDataValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrivateDataValue {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
    /// `cardMediaIdParamMap`.
    pub card_media_id_param_map: Option<rt::BTreeMap<String, String>>,
}
impl PrivateDataValue {
    /// An empty `PrivateDataValue`; set fields with the methods named after them.
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
    /// Sets `cardMediaIdParamMap`.
    pub fn card_media_id_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.card_media_id_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for PrivateDataValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.optional("cardMediaIdParamMap", &self.card_media_id_param_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrivateDataValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrivateDataValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardParamMap" => rt::read_field(map, &mut self.card_param_map),
            "cardMediaIdParamMap" => {
                rt::read_field(map, &mut self.card_media_id_param_map)
            }
            _ => Ok(false),
        }
    }
}
/// `InteractiveCardCreateInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InteractiveCardCreateInstanceResponseBody {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InteractiveCardCreateInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InteractiveCardCreateInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InteractiveCardCreateInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processQueryKey", &self.process_query_key)?;
        object.end()
    }
}
/// `ListConvNavTabResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListConvNavTabResponseBody {
    /// `result`.
    pub result: Option<ListConvNavTabResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListConvNavTabResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListConvNavTabResponseBody {
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
impl rt::serde::Serialize for ListConvNavTabResponseBody {
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
/// `ListGroupTemplatesByOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupTemplatesByOrgIdResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `sceneGroupDetailModels`.
    pub scene_group_detail_models: Option<
        Vec<ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels>,
    >,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListGroupTemplatesByOrgIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupTemplatesByOrgIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "sceneGroupDetailModels" => {
                rt::read_field(map, &mut self.scene_group_detail_models)
            }
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupTemplatesByOrgIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("sceneGroupDetailModels", &self.scene_group_detail_models)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ListOrgTextEmotionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgTextEmotionResponseBody {
    /// `result`.
    pub result: Option<ListOrgTextEmotionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOrgTextEmotionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgTextEmotionResponseBody {
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
impl rt::serde::Serialize for ListOrgTextEmotionResponseBody {
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
/// `ListSceneGroupsByTemplateIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSceneGroupsByTemplateIdResponseBody {
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSceneGroupsByTemplateIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSceneGroupsByTemplateIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSceneGroupsByTemplateIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `LoginForVisitorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoginForVisitorResponseBody {
    /// `aimInfo`.
    pub aim_info: Option<LoginForVisitorResponseBodyAimInfo>,
    /// `aimToken`.
    pub aim_token: Option<LoginForVisitorResponseBodyAimToken>,
    /// `appUid`.
    pub app_uid: Option<String>,
    /// `channelCode`.
    pub channel_code: Option<String>,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `safeDomainName`.
    pub safe_domain_name: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `visitorAvatar`.
    pub visitor_avatar: Option<String>,
    /// `visitorAvatarUrl`.
    pub visitor_avatar_url: Option<String>,
    /// `visitorCid`.
    pub visitor_cid: Option<String>,
    /// `visitorOpenConversationId`.
    pub visitor_open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoginForVisitorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoginForVisitorResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aimInfo" => rt::read_field(map, &mut self.aim_info),
            "aimToken" => rt::read_field(map, &mut self.aim_token),
            "appUid" => rt::read_field(map, &mut self.app_uid),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "safeDomainName" => rt::read_field(map, &mut self.safe_domain_name),
            "userName" => rt::read_field(map, &mut self.user_name),
            "visitorAvatar" => rt::read_field(map, &mut self.visitor_avatar),
            "visitorAvatarUrl" => rt::read_field(map, &mut self.visitor_avatar_url),
            "visitorCid" => rt::read_field(map, &mut self.visitor_cid),
            "visitorOpenConversationId" => {
                rt::read_field(map, &mut self.visitor_open_conversation_id)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoginForVisitorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aimInfo", &self.aim_info)?;
        object.optional("aimToken", &self.aim_token)?;
        object.optional("appUid", &self.app_uid)?;
        object.optional("channelCode", &self.channel_code)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("safeDomainName", &self.safe_domain_name)?;
        object.optional("userName", &self.user_name)?;
        object.optional("visitorAvatar", &self.visitor_avatar)?;
        object.optional("visitorAvatarUrl", &self.visitor_avatar_url)?;
        object.optional("visitorCid", &self.visitor_cid)?;
        object
            .optional("visitorOpenConversationId", &self.visitor_open_conversation_id)?;
        object.end()
    }
}
/// `OfflineUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type OfflineUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `OpenGroupRoleAddResponseBody`: the same model as [`CreateCustomGroupRoleResponseBody`].
pub type OpenGroupRoleAddResponseBody = CreateCustomGroupRoleResponseBody;
/// `OpenGroupRoleQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBody {
    /// `result`.
    pub result: Option<OpenGroupRoleQueryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenGroupRoleQueryResponseBody {
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
impl rt::serde::Serialize for OpenGroupRoleQueryResponseBody {
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
/// `OpenGroupRoleRemoveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenGroupRoleRemoveResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleRemoveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenGroupRoleRemoveResponseBody {
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
impl rt::serde::Serialize for OpenGroupRoleRemoveResponseBody {
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
/// `OpenGroupRoleUpdateResponseBody`: the same model as [`OpenGroupRoleRemoveResponseBody`].
pub type OpenGroupRoleUpdateResponseBody = OpenGroupRoleRemoveResponseBody;
/// `OpenGroupUserRoleQueryResponseBody`: the same model as [`OpenGroupRoleQueryResponseBody`].
pub type OpenGroupUserRoleQueryResponseBody = OpenGroupRoleQueryResponseBody;
/// `OpenInnerGroupTransferToDeptGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type OpenInnerGroupTransferToDeptGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `OpenSearchGroupListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenSearchGroupListResponseBody {
    /// `result`.
    pub result: Option<OpenSearchGroupListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenSearchGroupListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenSearchGroupListResponseBody {
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
impl rt::serde::Serialize for OpenSearchGroupListResponseBody {
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
/// `OpenUserSendCardMessageRequestCardContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenUserSendCardMessageRequestCardContent {
    /// `lastMessage`.
    pub last_message: String,
    /// `outTrackId`.
    pub out_track_id: String,
}
impl OpenUserSendCardMessageRequestCardContent {
    /// A `OpenUserSendCardMessageRequestCardContent` with its required fields (`lastMessage`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        last_message: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            last_message: last_message.into(),
            out_track_id: out_track_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenUserSendCardMessageRequestCardContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("lastMessage", &self.last_message)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenUserSendCardMessageRequestCardContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenUserSendCardMessageRequestCardContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastMessage" => rt::read_field(map, &mut self.last_message),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            _ => Ok(false),
        }
    }
}
/// `OpenUserSendCardMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenUserSendCardMessageResponseBody {
    /// `result`.
    pub result: Option<OpenUserSendCardMessageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenUserSendCardMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenUserSendCardMessageResponseBody {
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
impl rt::serde::Serialize for OpenUserSendCardMessageResponseBody {
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
/// `PersonalSendCardMessageRequestCardContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PersonalSendCardMessageRequestCardContent {
    /// `lastMessage`.
    pub last_message: Option<String>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
}
impl PersonalSendCardMessageRequestCardContent {
    /// An empty `PersonalSendCardMessageRequestCardContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessage`.
    pub fn last_message(mut self, value: impl Into<String>) -> Self {
        self.last_message = Some(value.into());
        self
    }
    /// Sets `outTrackId`.
    pub fn out_track_id(mut self, value: impl Into<String>) -> Self {
        self.out_track_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PersonalSendCardMessageRequestCardContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessage", &self.last_message)?;
        object.optional("outTrackId", &self.out_track_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PersonalSendCardMessageRequestCardContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PersonalSendCardMessageRequestCardContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastMessage" => rt::read_field(map, &mut self.last_message),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            _ => Ok(false),
        }
    }
}
/// `PersonalSendCardMessageResponseBody`: the same model as [`OpenUserSendCardMessageResponseBody`].
pub type PersonalSendCardMessageResponseBody = OpenUserSendCardMessageResponseBody;
/// `PutMsgCardTopByIntelligentResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type PutMsgCardTopByIntelligentResponseBody = DeleteConvNavTabResponseBody;
/// `QueryCustomGroupRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomGroupRolesResponseBody {
    /// `result`.
    pub result: Option<QueryCustomGroupRolesResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomGroupRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomGroupRolesResponseBody {
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
impl rt::serde::Serialize for QueryCustomGroupRolesResponseBody {
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
/// `QueryCustomGroupRolesByUserResponseBody`: the same model as [`QueryCustomGroupRolesResponseBody`].
pub type QueryCustomGroupRolesByUserResponseBody = QueryCustomGroupRolesResponseBody;
/// `QueryGroupInfoByAppCidsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupInfoByAppCidsResponseBody {
    /// `groupInfoList`.
    pub group_info_list: Option<Vec<QueryGroupInfoByAppCidsResponseBodyGroupInfoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupInfoByAppCidsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupInfoByAppCidsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfoList" => rt::read_field(map, &mut self.group_info_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupInfoByAppCidsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfoList", &self.group_info_list)?;
        object.end()
    }
}
/// `QueryGroupInfoByMemberAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupInfoByMemberAuthResponseBody {
    /// `memberCount`.
    pub member_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupInfoByMemberAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupInfoByMemberAuthResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberCount" => rt::read_field(map, &mut self.member_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupInfoByMemberAuthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberCount", &self.member_count)?;
        object.end()
    }
}
/// `QueryGroupInfoByOpenCidsResponseBody`: the same model as [`QueryGroupInfoByAppCidsResponseBody`].
pub type QueryGroupInfoByOpenCidsResponseBody = QueryGroupInfoByAppCidsResponseBody;
/// `QueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBody {
    /// `groupMembers`.
    pub group_members: Option<Vec<QueryGroupMemberResponseBodyGroupMembers>>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMembers" => rt::read_field(map, &mut self.group_members),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMembers", &self.group_members)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `QueryGroupMemberByAppUidsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberByAppUidsResponseBody {
    /// `groupMembers`.
    pub group_members: Option<Vec<QueryGroupMemberByAppUidsResponseBodyGroupMembers>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberByAppUidsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberByAppUidsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMembers" => rt::read_field(map, &mut self.group_members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberByAppUidsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMembers", &self.group_members)?;
        object.end()
    }
}
/// `QueryGroupMemberByMemberAuthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberByMemberAuthResponseBody {
    /// `groupMemberList`.
    pub group_member_list: Option<
        Vec<QueryGroupMemberByMemberAuthResponseBodyGroupMemberList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberByMemberAuthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberByMemberAuthResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMemberList" => rt::read_field(map, &mut self.group_member_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberByMemberAuthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMemberList", &self.group_member_list)?;
        object.end()
    }
}
/// `QueryGroupMuteStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMuteStatusResponseBody {
    /// `groupMuteMode`.
    pub group_mute_mode: Option<bool>,
    /// `userMuteResult`.
    pub user_mute_result: Option<QueryGroupMuteStatusResponseBodyUserMuteResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMuteStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMuteStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMuteMode" => rt::read_field(map, &mut self.group_mute_mode),
            "userMuteResult" => rt::read_field(map, &mut self.user_mute_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMuteStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupMuteMode", &self.group_mute_mode)?;
        object.optional("userMuteResult", &self.user_mute_result)?;
        object.end()
    }
}
/// `QueryInnerGroupMemberListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInnerGroupMemberListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryInnerGroupMemberListResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInnerGroupMemberListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInnerGroupMemberListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInnerGroupMemberListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryInnerGroupRecentListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInnerGroupRecentListResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<QueryInnerGroupRecentListResponseBodyGroupInfos>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInnerGroupRecentListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInnerGroupRecentListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupInfos" => rt::read_field(map, &mut self.group_infos),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInnerGroupRecentListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupInfos", &self.group_infos)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryMembersOfGroupRoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMembersOfGroupRoleResponseBody {
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMembersOfGroupRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMembersOfGroupRoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMembersOfGroupRoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `QueryMessageSendResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMessageSendResultResponseBody {
    /// `result`.
    pub result: Option<QueryMessageSendResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMessageSendResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMessageSendResultResponseBody {
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
impl rt::serde::Serialize for QueryMessageSendResultResponseBody {
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
/// `QueryMsgReadStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMsgReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryMsgReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMsgReadStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMsgReadStatusResponseBody {
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
impl rt::serde::Serialize for QueryMsgReadStatusResponseBody {
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
/// `QueryOpenConversationReceiveUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserResponseBody {
    /// `result`.
    pub result: Option<QueryOpenConversationReceiveUserResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOpenConversationReceiveUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOpenConversationReceiveUserResponseBody {
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
impl rt::serde::Serialize for QueryOpenConversationReceiveUserResponseBody {
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
/// `QueryOpenGroupBaseInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenGroupBaseInfoResponseBody {
    /// `result`.
    pub result: Option<QueryOpenGroupBaseInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOpenGroupBaseInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOpenGroupBaseInfoResponseBody {
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
impl rt::serde::Serialize for QueryOpenGroupBaseInfoResponseBody {
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
/// `QueryPersonalMessageReadStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryPersonalMessageReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPersonalMessageReadStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPersonalMessageReadStatusResponseBody {
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
impl rt::serde::Serialize for QueryPersonalMessageReadStatusResponseBody {
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
/// `QueryRecentConversationsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecentConversationsResponseBody {
    /// `result`.
    pub result: Option<QueryRecentConversationsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRecentConversationsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecentConversationsResponseBody {
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
impl rt::serde::Serialize for QueryRecentConversationsResponseBody {
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
/// `QuerySceneGroupTemplateRobotResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySceneGroupTemplateRobotResponseBody {
    /// `result`.
    pub result: Option<QuerySceneGroupTemplateRobotResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySceneGroupTemplateRobotResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySceneGroupTemplateRobotResponseBody {
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
impl rt::serde::Serialize for QuerySceneGroupTemplateRobotResponseBody {
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
/// `QuerySingleGroupRequestGroupMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySingleGroupRequestGroupMembers {
    /// `appUserId`.
    pub app_user_id: String,
    /// `userId`.
    pub user_id: String,
}
impl QuerySingleGroupRequestGroupMembers {
    /// A `QuerySingleGroupRequestGroupMembers` with its required fields (`appUserId`, `userId`); set the others with the methods named after them.
    pub fn new(app_user_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            app_user_id: app_user_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QuerySingleGroupRequestGroupMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUserId", &self.app_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySingleGroupRequestGroupMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySingleGroupRequestGroupMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `QuerySingleGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySingleGroupResponseBody {
    /// `openConversations`.
    pub open_conversations: Option<Vec<QuerySingleGroupResponseBodyOpenConversations>>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySingleGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySingleGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversations" => rt::read_field(map, &mut self.open_conversations),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySingleGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversations", &self.open_conversations)?;
        object.end()
    }
}
/// `QueryUnReadMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnReadMessageResponseBody {
    /// `unReadCount`.
    pub un_read_count: Option<i64>,
    /// `unReadItems`.
    pub un_read_items: Option<Vec<QueryUnReadMessageResponseBodyUnReadItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnReadMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnReadMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unReadCount" => rt::read_field(map, &mut self.un_read_count),
            "unReadItems" => rt::read_field(map, &mut self.un_read_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnReadMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unReadCount", &self.un_read_count)?;
        object.optional("unReadItems", &self.un_read_items)?;
        object.end()
    }
}
/// `QueryUnfurlingRegisterCreatorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorResponseBody {
    /// `data`.
    pub data: Option<QueryUnfurlingRegisterCreatorResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterCreatorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnfurlingRegisterCreatorResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnfurlingRegisterCreatorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryUnfurlingRegisterInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryUnfurlingRegisterInfoResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnfurlingRegisterInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnfurlingRegisterInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryUserGroupAliasTitleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleResponseBody {
    /// `result`.
    pub result: Option<QueryUserGroupAliasTitleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserGroupAliasTitleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserGroupAliasTitleResponseBody {
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
impl rt::serde::Serialize for QueryUserGroupAliasTitleResponseBody {
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
/// `QueryUserGroupRolesResponseBody`: the same model as [`OpenGroupRoleQueryResponseBody`].
pub type QueryUserGroupRolesResponseBody = OpenGroupRoleQueryResponseBody;
/// `QueryUserViewGroupLastMessageTimeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeResponseBody {
    /// `result`.
    pub result: Option<QueryUserViewGroupLastMessageTimeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserViewGroupLastMessageTimeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserViewGroupLastMessageTimeResponseBody {
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
impl rt::serde::Serialize for QueryUserViewGroupLastMessageTimeResponseBody {
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
/// `ReadPersonalMessageRequestDingOpenConversationMessageIdArray`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageId`.
    pub open_message_id: String,
}
impl ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    /// A `ReadPersonalMessageRequestDingOpenConversationMessageIdArray` with its required fields (`openConversationId`, `openMessageId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_message_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_message_id: open_message_id.into(),
        }
    }
}
impl rt::serde::Serialize
for ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMessageId", &self.open_message_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMessageId" => rt::read_field(map, &mut self.open_message_id),
            _ => Ok(false),
        }
    }
}
/// `ReadPersonalMessageResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type ReadPersonalMessageResponseBody = AddSceneGroupMemberResponseBody;
/// `RecallMessagesResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type RecallMessagesResponseBody = DeleteConvNavTabResponseBody;
/// `RecallPersonalMessageResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type RecallPersonalMessageResponseBody = AddSceneGroupMemberResponseBody;
/// `ReleaseUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type ReleaseUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `RemoveCustomGroupRoleResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type RemoveCustomGroupRoleResponseBody = AddSceneGroupMemberResponseBody;
/// `RemoveCustomUserRolesResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type RemoveCustomUserRolesResponseBody = AddSceneGroupMemberResponseBody;
/// `RemoveRobotFromConversationResponseBody`: the same model as [`AddRobotToConversationResponseBody`].
pub type RemoveRobotFromConversationResponseBody = AddRobotToConversationResponseBody;
/// `RemoveSceneGroupMemberResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type RemoveSceneGroupMemberResponseBody = AddSceneGroupMemberResponseBody;
/// `SearchInnerGroupsResponseBody`: the same model as [`GetNewestInnerGroupsResponseBody`].
pub type SearchInnerGroupsResponseBody = GetNewestInnerGroupsResponseBody;
/// `SendInteractiveCardRequestCardData`: the same model as [`InteractiveCardCreateInstanceRequestCardData`].
pub type SendInteractiveCardRequestCardData = InteractiveCardCreateInstanceRequestCardData;
/// `SendInteractiveCardRequestCardOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendInteractiveCardRequestCardOptions {
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl SendInteractiveCardRequestCardOptions {
    /// An empty `SendInteractiveCardRequestCardOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: bool) -> Self {
        self.support_forward = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendInteractiveCardRequestCardOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveCardRequestCardOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendInteractiveCardRequestCardOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "supportForward" => rt::read_field(map, &mut self.support_forward),
            _ => Ok(false),
        }
    }
}
/// `SendInteractiveCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendInteractiveCardResponseBody {
    /// `result`.
    pub result: Option<SendInteractiveCardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendInteractiveCardResponseBody {
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
impl rt::serde::Serialize for SendInteractiveCardResponseBody {
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
/// `SendOTOInteractiveCardRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendOTOInteractiveCardRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl SendOTOInteractiveCardRequestCardData {
    /// An empty `SendOTOInteractiveCardRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for SendOTOInteractiveCardRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOTOInteractiveCardRequestCardData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOTOInteractiveCardRequestCardData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardParamMap" => rt::read_field(map, &mut self.card_param_map),
            _ => Ok(false),
        }
    }
}
/// `SendOTOInteractiveCardRequestCardOptions`: the same model as [`SendInteractiveCardRequestCardOptions`].
pub type SendOTOInteractiveCardRequestCardOptions = SendInteractiveCardRequestCardOptions;
/// `SendOTOInteractiveCardResponseBody`: the same model as [`SendInteractiveCardResponseBody`].
pub type SendOTOInteractiveCardResponseBody = SendInteractiveCardResponseBody;
/// `SendPersonalMessageResponseBody`: the same model as [`ImportMessageResponseBody`].
pub type SendPersonalMessageResponseBody = ImportMessageResponseBody;
/// `SendRobotInteractiveCardRequestSendOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRobotInteractiveCardRequestSendOptions {
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `atUserListJson`.
    pub at_user_list_json: Option<String>,
    /// `cardPropertyJson`.
    pub card_property_json: Option<String>,
    /// `receiverListJson`.
    pub receiver_list_json: Option<String>,
}
impl SendRobotInteractiveCardRequestSendOptions {
    /// An empty `SendRobotInteractiveCardRequestSendOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
        self
    }
    /// Sets `atUserListJson`.
    pub fn at_user_list_json(mut self, value: impl Into<String>) -> Self {
        self.at_user_list_json = Some(value.into());
        self
    }
    /// Sets `cardPropertyJson`.
    pub fn card_property_json(mut self, value: impl Into<String>) -> Self {
        self.card_property_json = Some(value.into());
        self
    }
    /// Sets `receiverListJson`.
    pub fn receiver_list_json(mut self, value: impl Into<String>) -> Self {
        self.receiver_list_json = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendRobotInteractiveCardRequestSendOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("atUserListJson", &self.at_user_list_json)?;
        object.optional("cardPropertyJson", &self.card_property_json)?;
        object.optional("receiverListJson", &self.receiver_list_json)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRobotInteractiveCardRequestSendOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRobotInteractiveCardRequestSendOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAll" => rt::read_field(map, &mut self.at_all),
            "atUserListJson" => rt::read_field(map, &mut self.at_user_list_json),
            "cardPropertyJson" => rt::read_field(map, &mut self.card_property_json),
            "receiverListJson" => rt::read_field(map, &mut self.receiver_list_json),
            _ => Ok(false),
        }
    }
}
/// `SendRobotInteractiveCardResponseBody`: the same model as [`InteractiveCardCreateInstanceResponseBody`].
pub type SendRobotInteractiveCardResponseBody = InteractiveCardCreateInstanceResponseBody;
/// `SendRobotMessageResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type SendRobotMessageResponseBody = AddSceneGroupMemberResponseBody;
/// `SendTemplateInteractiveCardRequestSendOptions`: the same model as [`SendRobotInteractiveCardRequestSendOptions`].
pub type SendTemplateInteractiveCardRequestSendOptions = SendRobotInteractiveCardRequestSendOptions;
/// `SendTemplateInteractiveCardResponseBody`: the same model as [`InteractiveCardCreateInstanceResponseBody`].
pub type SendTemplateInteractiveCardResponseBody = InteractiveCardCreateInstanceResponseBody;
/// `SetRightPanelRequestWebWndParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetRightPanelRequestWebWndParams {
    /// `closeTipContent`.
    pub close_tip_content: Option<String>,
    /// `targetURL`.
    pub target_url: String,
}
impl SetRightPanelRequestWebWndParams {
    /// A `SetRightPanelRequestWebWndParams` with its required fields (`targetURL`); set the others with the methods named after them.
    pub fn new(target_url: impl Into<String>) -> Self {
        Self {
            close_tip_content: None,
            target_url: target_url.into(),
        }
    }
    /// Sets `closeTipContent`.
    pub fn close_tip_content(mut self, value: impl Into<String>) -> Self {
        self.close_tip_content = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetRightPanelRequestWebWndParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("closeTipContent", &self.close_tip_content)?;
        object.field("targetURL", &self.target_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRightPanelRequestWebWndParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRightPanelRequestWebWndParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "closeTipContent" => rt::read_field(map, &mut self.close_tip_content),
            "targetURL" => rt::read_field(map, &mut self.target_url),
            _ => Ok(false),
        }
    }
}
/// `SetRightPanelResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type SetRightPanelResponseBody = AddSceneGroupMemberResponseBody;
/// `SortConvNavTabResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type SortConvNavTabResponseBody = DeleteConvNavTabResponseBody;
/// `SuperAdminApplyTemplateResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type SuperAdminApplyTemplateResponseBody = AddSceneGroupMemberResponseBody;
/// `SuperAdminCloseTemplateResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type SuperAdminCloseTemplateResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateClientServiceResponseBody`: the same model as [`CheckUserIsGroupMemberResponseBody`].
pub type UpdateClientServiceResponseBody = CheckUserIsGroupMemberResponseBody;
/// `UpdateConvNavTabResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type UpdateConvNavTabResponseBody = DeleteConvNavTabResponseBody;
/// `UpdateCustomGroupRoleResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateCustomGroupRoleResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateGroupRequestManagementOptions`: the same model as [`CreateGroupRequestManagementOptions`].
pub type UpdateGroupRequestManagementOptions = CreateGroupRequestManagementOptions;
/// `UpdateGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateGroupAvatarResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateGroupAvatarResponseBody {
    /// `newGroupAvatar`.
    pub new_group_avatar: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupAvatarResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateGroupAvatarResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newGroupAvatar" => rt::read_field(map, &mut self.new_group_avatar),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateGroupAvatarResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("newGroupAvatar", &self.new_group_avatar)?;
        object.end()
    }
}
/// `UpdateGroupNameResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateGroupNameResponseBody {
    /// `newGroupName`.
    pub new_group_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupNameResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateGroupNameResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newGroupName" => rt::read_field(map, &mut self.new_group_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateGroupNameResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("newGroupName", &self.new_group_name)?;
        object.end()
    }
}
/// `UpdateGroupPermissionResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateGroupPermissionResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateGroupSubAdminResponseBody`: the same model as [`GroupCapacityOrderConfirmResponseBody`].
pub type UpdateGroupSubAdminResponseBody = GroupCapacityOrderConfirmResponseBody;
/// `UpdateInteractiveCardRequestCardData`: the same model as [`InteractiveCardCreateInstanceRequestCardData`].
pub type UpdateInteractiveCardRequestCardData = InteractiveCardCreateInstanceRequestCardData;
/// `UpdateInteractiveCardRequestCardOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInteractiveCardRequestCardOptions {
    /// `updateCardDataByKey`.
    pub update_card_data_by_key: Option<bool>,
    /// `updatePrivateDataByKey`.
    pub update_private_data_by_key: Option<bool>,
}
impl UpdateInteractiveCardRequestCardOptions {
    /// An empty `UpdateInteractiveCardRequestCardOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateCardDataByKey`.
    pub fn update_card_data_by_key(mut self, value: bool) -> Self {
        self.update_card_data_by_key = Some(value);
        self
    }
    /// Sets `updatePrivateDataByKey`.
    pub fn update_private_data_by_key(mut self, value: bool) -> Self {
        self.update_private_data_by_key = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateInteractiveCardRequestCardOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updateCardDataByKey", &self.update_card_data_by_key)?;
        object.optional("updatePrivateDataByKey", &self.update_private_data_by_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInteractiveCardRequestCardOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInteractiveCardRequestCardOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "updateCardDataByKey" => {
                rt::read_field(map, &mut self.update_card_data_by_key)
            }
            "updatePrivateDataByKey" => {
                rt::read_field(map, &mut self.update_private_data_by_key)
            }
            _ => Ok(false),
        }
    }
}
/// `UpdateInteractiveCardResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type UpdateInteractiveCardResponseBody = DeleteConvNavTabResponseBody;
/// `UpdateMemberGroupNickResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateMemberGroupNickResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateRobotInOrgResponseBody`: the same model as [`InstallRobotToOrgResponseBody`].
pub type UpdateRobotInOrgResponseBody = InstallRobotToOrgResponseBody;
/// `UpdateRobotInteractiveCardRequestUpdateOptions`: the same model as [`UpdateInteractiveCardRequestCardOptions`].
pub type UpdateRobotInteractiveCardRequestUpdateOptions = UpdateInteractiveCardRequestCardOptions;
/// `UpdateRobotInteractiveCardResponseBody`: the same model as [`InteractiveCardCreateInstanceResponseBody`].
pub type UpdateRobotInteractiveCardResponseBody = InteractiveCardCreateInstanceResponseBody;
/// `UpdateSceneGroupRequestManagementOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateSceneGroupRequestManagementOptions {
    /// `add_friend_forbidden`.
    pub add_friend_forbidden: Option<i64>,
    /// `all_members_can_create_calendar`.
    pub all_members_can_create_calendar: Option<i64>,
    /// `all_members_can_create_mcs_conf`.
    pub all_members_can_create_mcs_conf: Option<i64>,
    /// `chat_banned_type`.
    pub chat_banned_type: Option<i64>,
    /// `group_email_disabled`.
    pub group_email_disabled: Option<i64>,
    /// `group_live_switch`.
    pub group_live_switch: Option<i64>,
    /// `management_type`.
    pub management_type: Option<i64>,
    /// `members_to_admin_chat`.
    pub members_to_admin_chat: Option<i64>,
    /// `mention_all_authority`.
    pub mention_all_authority: Option<i64>,
    /// `not_quit_when_emp_leave`.
    pub not_quit_when_emp_leave: Option<i64>,
    /// `only_admin_can_add_mem`.
    pub only_admin_can_add_mem: Option<i64>,
    /// `only_admin_can_ding`.
    pub only_admin_can_ding: Option<i64>,
    /// `only_admin_can_set_msg_top`.
    pub only_admin_can_set_msg_top: Option<i64>,
    /// `plugin_customize_verify`.
    pub plugin_customize_verify: Option<i64>,
    /// `searchable`.
    pub searchable: Option<i64>,
    /// `show_history_type`.
    pub show_history_type: Option<i64>,
    /// `validation_type`.
    pub validation_type: Option<i64>,
}
impl UpdateSceneGroupRequestManagementOptions {
    /// An empty `UpdateSceneGroupRequestManagementOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `add_friend_forbidden`.
    pub fn add_friend_forbidden(mut self, value: i64) -> Self {
        self.add_friend_forbidden = Some(value);
        self
    }
    /// Sets `all_members_can_create_calendar`.
    pub fn all_members_can_create_calendar(mut self, value: i64) -> Self {
        self.all_members_can_create_calendar = Some(value);
        self
    }
    /// Sets `all_members_can_create_mcs_conf`.
    pub fn all_members_can_create_mcs_conf(mut self, value: i64) -> Self {
        self.all_members_can_create_mcs_conf = Some(value);
        self
    }
    /// Sets `chat_banned_type`.
    pub fn chat_banned_type(mut self, value: i64) -> Self {
        self.chat_banned_type = Some(value);
        self
    }
    /// Sets `group_email_disabled`.
    pub fn group_email_disabled(mut self, value: i64) -> Self {
        self.group_email_disabled = Some(value);
        self
    }
    /// Sets `group_live_switch`.
    pub fn group_live_switch(mut self, value: i64) -> Self {
        self.group_live_switch = Some(value);
        self
    }
    /// Sets `management_type`.
    pub fn management_type(mut self, value: i64) -> Self {
        self.management_type = Some(value);
        self
    }
    /// Sets `members_to_admin_chat`.
    pub fn members_to_admin_chat(mut self, value: i64) -> Self {
        self.members_to_admin_chat = Some(value);
        self
    }
    /// Sets `mention_all_authority`.
    pub fn mention_all_authority(mut self, value: i64) -> Self {
        self.mention_all_authority = Some(value);
        self
    }
    /// Sets `not_quit_when_emp_leave`.
    pub fn not_quit_when_emp_leave(mut self, value: i64) -> Self {
        self.not_quit_when_emp_leave = Some(value);
        self
    }
    /// Sets `only_admin_can_add_mem`.
    pub fn only_admin_can_add_mem(mut self, value: i64) -> Self {
        self.only_admin_can_add_mem = Some(value);
        self
    }
    /// Sets `only_admin_can_ding`.
    pub fn only_admin_can_ding(mut self, value: i64) -> Self {
        self.only_admin_can_ding = Some(value);
        self
    }
    /// Sets `only_admin_can_set_msg_top`.
    pub fn only_admin_can_set_msg_top(mut self, value: i64) -> Self {
        self.only_admin_can_set_msg_top = Some(value);
        self
    }
    /// Sets `plugin_customize_verify`.
    pub fn plugin_customize_verify(mut self, value: i64) -> Self {
        self.plugin_customize_verify = Some(value);
        self
    }
    /// Sets `searchable`.
    pub fn searchable(mut self, value: i64) -> Self {
        self.searchable = Some(value);
        self
    }
    /// Sets `show_history_type`.
    pub fn show_history_type(mut self, value: i64) -> Self {
        self.show_history_type = Some(value);
        self
    }
    /// Sets `validation_type`.
    pub fn validation_type(mut self, value: i64) -> Self {
        self.validation_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateSceneGroupRequestManagementOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("add_friend_forbidden", &self.add_friend_forbidden)?;
        object
            .optional(
                "all_members_can_create_calendar",
                &self.all_members_can_create_calendar,
            )?;
        object
            .optional(
                "all_members_can_create_mcs_conf",
                &self.all_members_can_create_mcs_conf,
            )?;
        object.optional("chat_banned_type", &self.chat_banned_type)?;
        object.optional("group_email_disabled", &self.group_email_disabled)?;
        object.optional("group_live_switch", &self.group_live_switch)?;
        object.optional("management_type", &self.management_type)?;
        object.optional("members_to_admin_chat", &self.members_to_admin_chat)?;
        object.optional("mention_all_authority", &self.mention_all_authority)?;
        object.optional("not_quit_when_emp_leave", &self.not_quit_when_emp_leave)?;
        object.optional("only_admin_can_add_mem", &self.only_admin_can_add_mem)?;
        object.optional("only_admin_can_ding", &self.only_admin_can_ding)?;
        object.optional("only_admin_can_set_msg_top", &self.only_admin_can_set_msg_top)?;
        object.optional("plugin_customize_verify", &self.plugin_customize_verify)?;
        object.optional("searchable", &self.searchable)?;
        object.optional("show_history_type", &self.show_history_type)?;
        object.optional("validation_type", &self.validation_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSceneGroupRequestManagementOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSceneGroupRequestManagementOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "add_friend_forbidden" => rt::read_field(map, &mut self.add_friend_forbidden),
            "all_members_can_create_calendar" => {
                rt::read_field(map, &mut self.all_members_can_create_calendar)
            }
            "all_members_can_create_mcs_conf" => {
                rt::read_field(map, &mut self.all_members_can_create_mcs_conf)
            }
            "chat_banned_type" => rt::read_field(map, &mut self.chat_banned_type),
            "group_email_disabled" => rt::read_field(map, &mut self.group_email_disabled),
            "group_live_switch" => rt::read_field(map, &mut self.group_live_switch),
            "management_type" => rt::read_field(map, &mut self.management_type),
            "members_to_admin_chat" => {
                rt::read_field(map, &mut self.members_to_admin_chat)
            }
            "mention_all_authority" => {
                rt::read_field(map, &mut self.mention_all_authority)
            }
            "not_quit_when_emp_leave" => {
                rt::read_field(map, &mut self.not_quit_when_emp_leave)
            }
            "only_admin_can_add_mem" => {
                rt::read_field(map, &mut self.only_admin_can_add_mem)
            }
            "only_admin_can_ding" => rt::read_field(map, &mut self.only_admin_can_ding),
            "only_admin_can_set_msg_top" => {
                rt::read_field(map, &mut self.only_admin_can_set_msg_top)
            }
            "plugin_customize_verify" => {
                rt::read_field(map, &mut self.plugin_customize_verify)
            }
            "searchable" => rt::read_field(map, &mut self.searchable),
            "show_history_type" => rt::read_field(map, &mut self.show_history_type),
            "validation_type" => rt::read_field(map, &mut self.validation_type),
            _ => Ok(false),
        }
    }
}
/// `UpdateSceneGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateSceneGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateSceneGroupTemplateMessageOpenStatusResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateSceneGroupTemplateMessageOpenStatusResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateTheGroupRolesOfGroupMemberResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateTheGroupRolesOfGroupMemberResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateUnfurlingRegisterStatusResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateUnfurlingRegisterStatusResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateUserGroupAliasTitleResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type UpdateUserGroupAliasTitleResponseBody = DeleteConvNavTabResponseBody;
/// `UpgradeToExternalGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpgradeToExternalGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `UpgradeToServiceGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpgradeToServiceGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `AddGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddGroupMemberResponseBody {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddGroupMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserIds" => rt::read_field(map, &mut self.app_user_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserIds", &self.app_user_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `RemoveGroupMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveGroupMemberResponseBody {
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RemoveGroupMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RemoveGroupMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RemoveGroupMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `SendDingMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendDingMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendDingMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendDingMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendDingMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `SendMessageResponseBody`: the same model as [`SendDingMessageResponseBody`].
pub type SendMessageResponseBody = SendDingMessageResponseBody;
/// `AddConvNavTabResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddConvNavTabResponseBodyResult {
    /// `tabId`.
    pub tab_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddConvNavTabResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddConvNavTabResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tabId" => rt::read_field(map, &mut self.tab_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddConvNavTabResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tabId", &self.tab_id)?;
        object.end()
    }
}
/// `AddOrgTextEmotionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOrgTextEmotionResponseBodyResult {
    /// `emotionId`.
    pub emotion_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOrgTextEmotionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOrgTextEmotionResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emotionId" => rt::read_field(map, &mut self.emotion_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddOrgTextEmotionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("emotionId", &self.emotion_id)?;
        object.end()
    }
}
/// `BatchQueryFamilySchoolMessageResponseBodyMessages`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageResponseBodyMessages {
    /// `contentType`.
    pub content_type: Option<i64>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `mediaModels`.
    pub media_models: Option<
        Vec<BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels>,
    >,
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryFamilySchoolMessageResponseBodyMessages {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryFamilySchoolMessageResponseBodyMessages {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "mediaModels" => rt::read_field(map, &mut self.media_models),
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryFamilySchoolMessageResponseBodyMessages {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("mediaModels", &self.media_models)?;
        object.optional("openMsgId", &self.open_msg_id)?;
        object.end()
    }
}
/// `CountOpenMsgSceneGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsResponseBodyResult {
    /// `count`.
    pub count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CountOpenMsgSceneGroupsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CountOpenMsgSceneGroupsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CountOpenMsgSceneGroupsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.end()
    }
}
/// `CreateCustomGroupRoleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomGroupRoleResponseBodyResult {
    /// `openRoleId`.
    pub open_role_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomGroupRoleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomGroupRoleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCustomGroupRoleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openRoleId", &self.open_role_id)?;
        object.end()
    }
}
/// `CreateInterconnectionResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateInterconnectionResponseBodyResults {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateInterconnectionResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateInterconnectionResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "message" => rt::read_field(map, &mut self.message),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateInterconnectionResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserId", &self.app_user_id)?;
        object.optional("message", &self.message)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetFamilySchoolConversationMsgResponseBodyMessages`: the same model as [`BatchQueryFamilySchoolMessageResponseBodyMessages`].
pub type GetFamilySchoolConversationMsgResponseBodyMessages = BatchQueryFamilySchoolMessageResponseBodyMessages;
/// `GetFamilySchoolConversationsResponseBodyGroupInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFamilySchoolConversationsResponseBodyGroupInfoList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deptNameChain`.
    pub dept_name_chain: Option<Vec<String>>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `joinGroupTime`.
    pub join_group_time: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFamilySchoolConversationsResponseBodyGroupInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFamilySchoolConversationsResponseBodyGroupInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptNameChain" => rt::read_field(map, &mut self.dept_name_chain),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "joinGroupTime" => rt::read_field(map, &mut self.join_group_time),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFamilySchoolConversationsResponseBodyGroupInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("deptNameChain", &self.dept_name_chain)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("joinGroupTime", &self.join_group_time)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetNewestInnerGroupsResponseBodyGroupInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNewestInnerGroupsResponseBodyGroupInfos {
    /// `icon`.
    pub icon: Option<String>,
    /// `memberAmount`.
    pub member_amount: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetNewestInnerGroupsResponseBodyGroupInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetNewestInnerGroupsResponseBodyGroupInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "memberAmount" => rt::read_field(map, &mut self.member_amount),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetNewestInnerGroupsResponseBodyGroupInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("memberAmount", &self.member_amount)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetSceneGroupDetailInfoResponseBodyManagementOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSceneGroupDetailInfoResponseBodyManagementOptions {
    /// `chat_banned_type`.
    pub chat_banned_type: Option<String>,
    /// `management_type`.
    pub management_type: Option<String>,
    /// `mention_all_authority`.
    pub mention_all_authority: Option<String>,
    /// `not_quit_when_emp_leave`.
    pub not_quit_when_emp_leave: Option<String>,
    /// `only_admin_can_add_mem`.
    pub only_admin_can_add_mem: Option<String>,
    /// `searchable`.
    pub searchable: Option<String>,
    /// `show_history_type`.
    pub show_history_type: Option<String>,
    /// `validation_type`.
    pub validation_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSceneGroupDetailInfoResponseBodyManagementOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSceneGroupDetailInfoResponseBodyManagementOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chat_banned_type" => rt::read_field(map, &mut self.chat_banned_type),
            "management_type" => rt::read_field(map, &mut self.management_type),
            "mention_all_authority" => {
                rt::read_field(map, &mut self.mention_all_authority)
            }
            "not_quit_when_emp_leave" => {
                rt::read_field(map, &mut self.not_quit_when_emp_leave)
            }
            "only_admin_can_add_mem" => {
                rt::read_field(map, &mut self.only_admin_can_add_mem)
            }
            "searchable" => rt::read_field(map, &mut self.searchable),
            "show_history_type" => rt::read_field(map, &mut self.show_history_type),
            "validation_type" => rt::read_field(map, &mut self.validation_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSceneGroupDetailInfoResponseBodyManagementOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chat_banned_type", &self.chat_banned_type)?;
        object.optional("management_type", &self.management_type)?;
        object.optional("mention_all_authority", &self.mention_all_authority)?;
        object.optional("not_quit_when_emp_leave", &self.not_quit_when_emp_leave)?;
        object.optional("only_admin_can_add_mem", &self.only_admin_can_add_mem)?;
        object.optional("searchable", &self.searchable)?;
        object.optional("show_history_type", &self.show_history_type)?;
        object.optional("validation_type", &self.validation_type)?;
        object.end()
    }
}
/// `GetSingleChatOpenConversationIdResponseBodyResult`: the same model as [`DismissGroupConversationResponseBody`].
pub type GetSingleChatOpenConversationIdResponseBodyResult = DismissGroupConversationResponseBody;
/// `GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions {
    /// `chatBannedType`.
    pub chat_banned_type: Option<String>,
    /// `managementType`.
    pub management_type: Option<String>,
    /// `mentionAllAuthority`.
    pub mention_all_authority: Option<String>,
    /// `searchable`.
    pub searchable: Option<String>,
    /// `showHistoryType`.
    pub show_history_type: Option<String>,
    /// `validationType`.
    pub validation_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatBannedType" => rt::read_field(map, &mut self.chat_banned_type),
            "managementType" => rt::read_field(map, &mut self.management_type),
            "mentionAllAuthority" => rt::read_field(map, &mut self.mention_all_authority),
            "searchable" => rt::read_field(map, &mut self.searchable),
            "showHistoryType" => rt::read_field(map, &mut self.show_history_type),
            "validationType" => rt::read_field(map, &mut self.validation_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatBannedType", &self.chat_banned_type)?;
        object.optional("managementType", &self.management_type)?;
        object.optional("mentionAllAuthority", &self.mention_all_authority)?;
        object.optional("searchable", &self.searchable)?;
        object.optional("showHistoryType", &self.show_history_type)?;
        object.optional("validationType", &self.validation_type)?;
        object.end()
    }
}
/// `GroupManageQueryResponseBodyGroupInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupManageQueryResponseBodyGroupInfoList {
    /// `banWordsMode`.
    pub ban_words_mode: Option<i64>,
    /// `capacity`.
    pub capacity: Option<i64>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `groupAdminList`.
    pub group_admin_list: Option<Vec<String>>,
    /// `groupOwner`.
    pub group_owner: Option<String>,
    /// `groupTitle`.
    pub group_title: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupManageQueryResponseBodyGroupInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupManageQueryResponseBodyGroupInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "banWordsMode" => rt::read_field(map, &mut self.ban_words_mode),
            "capacity" => rt::read_field(map, &mut self.capacity),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "groupAdminList" => rt::read_field(map, &mut self.group_admin_list),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "groupTitle" => rt::read_field(map, &mut self.group_title),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GroupManageQueryResponseBodyGroupInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("banWordsMode", &self.ban_words_mode)?;
        object.optional("capacity", &self.capacity)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("groupAdminList", &self.group_admin_list)?;
        object.optional("groupOwner", &self.group_owner)?;
        object.optional("groupTitle", &self.group_title)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ImportGroupChatResponseBodyResult`: the same model as [`DismissGroupConversationResponseBody`].
pub type ImportGroupChatResponseBodyResult = DismissGroupConversationResponseBody;
/// `ImportMessageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportMessageResponseBodyResult {
    /// `openTaskId`.
    pub open_task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ImportMessageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ImportMessageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTaskId" => rt::read_field(map, &mut self.open_task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ImportMessageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTaskId", &self.open_task_id)?;
        object.end()
    }
}
/// `IntelligentSendCardResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type IntelligentSendCardResponseBodyResult = ImportMessageResponseBodyResult;
/// `ListConvNavTabResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListConvNavTabResponseBodyResult {
    /// `convNavTabInfos`.
    pub conv_nav_tab_infos: Option<Vec<ListConvNavTabResponseBodyResultConvNavTabInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListConvNavTabResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListConvNavTabResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "convNavTabInfos" => rt::read_field(map, &mut self.conv_nav_tab_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListConvNavTabResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("convNavTabInfos", &self.conv_nav_tab_infos)?;
        object.end()
    }
}
/// `ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels {
    /// `description`.
    pub description: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `msgOpen`.
    pub msg_open: Option<bool>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "icon" => rt::read_field(map, &mut self.icon),
            "msgOpen" => rt::read_field(map, &mut self.msg_open),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("icon", &self.icon)?;
        object.optional("msgOpen", &self.msg_open)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateName", &self.template_name)?;
        object.end()
    }
}
/// `ListOrgTextEmotionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgTextEmotionResponseBodyResult {
    /// `emotions`.
    pub emotions: Option<Vec<ListOrgTextEmotionResponseBodyResultEmotions>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOrgTextEmotionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgTextEmotionResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "emotions" => rt::read_field(map, &mut self.emotions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOrgTextEmotionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("emotions", &self.emotions)?;
        object.end()
    }
}
/// `LoginForVisitorResponseBodyAimInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoginForVisitorResponseBodyAimInfo {
    /// `appKey`.
    pub app_key: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `appName`.
    pub app_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoginForVisitorResponseBodyAimInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoginForVisitorResponseBodyAimInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appKey" => rt::read_field(map, &mut self.app_key),
            "appName" => rt::read_field(map, &mut self.app_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoginForVisitorResponseBodyAimInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appKey", &self.app_key)?;
        object.optional("appName", &self.app_name)?;
        object.end()
    }
}
/// `LoginForVisitorResponseBodyAimToken`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoginForVisitorResponseBodyAimToken {
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `accessTokenExpiredTime`.
    pub access_token_expired_time: Option<i64>,
    /// `buildTime`.
    pub build_time: Option<i64>,
    /// `refreshToken`.
    pub refresh_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoginForVisitorResponseBodyAimToken {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoginForVisitorResponseBodyAimToken {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "accessTokenExpiredTime" => {
                rt::read_field(map, &mut self.access_token_expired_time)
            }
            "buildTime" => rt::read_field(map, &mut self.build_time),
            "refreshToken" => rt::read_field(map, &mut self.refresh_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoginForVisitorResponseBodyAimToken {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessToken", &self.access_token)?;
        object.optional("accessTokenExpiredTime", &self.access_token_expired_time)?;
        object.optional("buildTime", &self.build_time)?;
        object.optional("refreshToken", &self.refresh_token)?;
        object.end()
    }
}
/// `OpenGroupRoleAddResponseBodyResult`: the same model as [`CreateCustomGroupRoleResponseBodyResult`].
pub type OpenGroupRoleAddResponseBodyResult = CreateCustomGroupRoleResponseBodyResult;
/// `OpenGroupRoleQueryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBodyResult {
    /// `groupRoles`.
    pub group_roles: Option<Vec<OpenGroupRoleQueryResponseBodyResultGroupRoles>>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleQueryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenGroupRoleQueryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupRoles" => rt::read_field(map, &mut self.group_roles),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenGroupRoleQueryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupRoles", &self.group_roles)?;
        object.end()
    }
}
/// `OpenGroupUserRoleQueryResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type OpenGroupUserRoleQueryResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `OpenSearchGroupListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenSearchGroupListResponseBodyResult {
    /// `groupList`.
    pub group_list: Option<Vec<OpenSearchGroupListResponseBodyResultGroupList>>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenSearchGroupListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenSearchGroupListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupList" => rt::read_field(map, &mut self.group_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenSearchGroupListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupList", &self.group_list)?;
        object.end()
    }
}
/// `OpenUserSendCardMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type OpenUserSendCardMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `PersonalSendCardMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type PersonalSendCardMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `QueryCustomGroupRolesResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryCustomGroupRolesResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryCustomGroupRolesByUserResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryCustomGroupRolesByUserResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryGroupInfoByAppCidsResponseBodyGroupInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupInfoByAppCidsResponseBodyGroupInfoList {
    /// `appCid`.
    pub app_cid: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `groupAvatar`.
    pub group_avatar: Option<String>,
    /// `groupAvatarUrl`.
    pub group_avatar_url: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryGroupInfoByAppCidsResponseBodyGroupInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupInfoByAppCidsResponseBodyGroupInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCid" => rt::read_field(map, &mut self.app_cid),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "groupAvatar" => rt::read_field(map, &mut self.group_avatar),
            "groupAvatarUrl" => rt::read_field(map, &mut self.group_avatar_url),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupInfoByAppCidsResponseBodyGroupInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCid", &self.app_cid)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("groupAvatar", &self.group_avatar)?;
        object.optional("groupAvatarUrl", &self.group_avatar_url)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `QueryGroupInfoByOpenCidsResponseBodyGroupInfoList`: the same model as [`QueryGroupInfoByAppCidsResponseBodyGroupInfoList`].
pub type QueryGroupInfoByOpenCidsResponseBodyGroupInfoList = QueryGroupInfoByAppCidsResponseBodyGroupInfoList;
/// `QueryGroupMemberResponseBodyGroupMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBodyGroupMembers {
    /// `appUid`.
    pub app_uid: Option<i64>,
    /// `groupMemberAvatar`.
    pub group_member_avatar: Option<String>,
    /// `groupMemberAvatarMediaId`.
    pub group_member_avatar_media_id: Option<String>,
    /// `groupMemberDynamics`.
    pub group_member_dynamics: Option<String>,
    /// `groupMemberId`.
    pub group_member_id: Option<String>,
    /// `groupMemberName`.
    pub group_member_name: Option<String>,
    /// `groupMemberType`.
    pub group_member_type: Option<i64>,
    /// `groupMemberTypeV2`.
    pub group_member_type_v2: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberResponseBodyGroupMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberResponseBodyGroupMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUid" => rt::read_field(map, &mut self.app_uid),
            "groupMemberAvatar" => rt::read_field(map, &mut self.group_member_avatar),
            "groupMemberAvatarMediaId" => {
                rt::read_field(map, &mut self.group_member_avatar_media_id)
            }
            "groupMemberDynamics" => rt::read_field(map, &mut self.group_member_dynamics),
            "groupMemberId" => rt::read_field(map, &mut self.group_member_id),
            "groupMemberName" => rt::read_field(map, &mut self.group_member_name),
            "groupMemberType" => rt::read_field(map, &mut self.group_member_type),
            "groupMemberTypeV2" => rt::read_field(map, &mut self.group_member_type_v2),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberResponseBodyGroupMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUid", &self.app_uid)?;
        object.optional("groupMemberAvatar", &self.group_member_avatar)?;
        object.optional("groupMemberAvatarMediaId", &self.group_member_avatar_media_id)?;
        object.optional("groupMemberDynamics", &self.group_member_dynamics)?;
        object.optional("groupMemberId", &self.group_member_id)?;
        object.optional("groupMemberName", &self.group_member_name)?;
        object.optional("groupMemberType", &self.group_member_type)?;
        object.optional("groupMemberTypeV2", &self.group_member_type_v2)?;
        object.end()
    }
}
/// `QueryGroupMemberByAppUidsResponseBodyGroupMembers`: the same model as [`QueryGroupMemberResponseBodyGroupMembers`].
pub type QueryGroupMemberByAppUidsResponseBodyGroupMembers = QueryGroupMemberResponseBodyGroupMembers;
/// `QueryGroupMemberByMemberAuthResponseBodyGroupMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberByMemberAuthResponseBodyGroupMemberList {
    /// `groupNickName`.
    pub group_nick_name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `profilePhotoUrl`.
    pub profile_photo_url: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryGroupMemberByMemberAuthResponseBodyGroupMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMemberByMemberAuthResponseBodyGroupMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupNickName" => rt::read_field(map, &mut self.group_nick_name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "profilePhotoUrl" => rt::read_field(map, &mut self.profile_photo_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMemberByMemberAuthResponseBodyGroupMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupNickName", &self.group_nick_name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("profilePhotoUrl", &self.profile_photo_url)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryGroupMuteStatusResponseBodyUserMuteResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMuteStatusResponseBodyUserMuteResult {
    /// `muteEndTime`.
    pub mute_end_time: Option<i64>,
    /// `muteStartTime`.
    pub mute_start_time: Option<i64>,
    /// `userMuteMode`.
    pub user_mute_mode: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryGroupMuteStatusResponseBodyUserMuteResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGroupMuteStatusResponseBodyUserMuteResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "muteEndTime" => rt::read_field(map, &mut self.mute_end_time),
            "muteStartTime" => rt::read_field(map, &mut self.mute_start_time),
            "userMuteMode" => rt::read_field(map, &mut self.user_mute_mode),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGroupMuteStatusResponseBodyUserMuteResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("muteEndTime", &self.mute_end_time)?;
        object.optional("muteStartTime", &self.mute_start_time)?;
        object.optional("userMuteMode", &self.user_mute_mode)?;
        object.end()
    }
}
/// `QueryInnerGroupMemberListResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryInnerGroupMemberListResponseBodyList {
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryInnerGroupMemberListResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryInnerGroupMemberListResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryInnerGroupMemberListResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryInnerGroupRecentListResponseBodyGroupInfos`: the same model as [`GetNewestInnerGroupsResponseBodyGroupInfos`].
pub type QueryInnerGroupRecentListResponseBodyGroupInfos = GetNewestInnerGroupsResponseBodyGroupInfos;
/// `QueryMessageSendResultResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMessageSendResultResponseBodyResult {
    /// `openMessageId`.
    pub open_message_id: Option<String>,
    /// `sendStatus`.
    pub send_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMessageSendResultResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMessageSendResultResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openMessageId" => rt::read_field(map, &mut self.open_message_id),
            "sendStatus" => rt::read_field(map, &mut self.send_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMessageSendResultResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openMessageId", &self.open_message_id)?;
        object.optional("sendStatus", &self.send_status)?;
        object.end()
    }
}
/// `QueryMsgReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMsgReadStatusResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `openMessageId`.
    pub open_message_id: Option<String>,
    /// `readUnionIds`.
    pub read_union_ids: Option<Vec<String>>,
    /// `readUserIds`.
    pub read_user_ids: Option<Vec<String>>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMsgReadStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMsgReadStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "openMessageId" => rt::read_field(map, &mut self.open_message_id),
            "readUnionIds" => rt::read_field(map, &mut self.read_union_ids),
            "readUserIds" => rt::read_field(map, &mut self.read_user_ids),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMsgReadStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("openMessageId", &self.open_message_id)?;
        object.optional("readUnionIds", &self.read_union_ids)?;
        object.optional("readUserIds", &self.read_user_ids)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryOpenConversationReceiveUserResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserResponseBodyResult {
    /// `receiveUser`.
    pub receive_user: Option<
        QueryOpenConversationReceiveUserResponseBodyResultReceiveUser,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOpenConversationReceiveUserResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOpenConversationReceiveUserResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receiveUser" => rt::read_field(map, &mut self.receive_user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOpenConversationReceiveUserResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("receiveUser", &self.receive_user)?;
        object.end()
    }
}
/// `QueryOpenGroupBaseInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenGroupBaseInfoResponseBodyResult {
    /// `icon`.
    pub icon: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `tag`.
    pub tag: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOpenGroupBaseInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOpenGroupBaseInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "tag" => rt::read_field(map, &mut self.tag),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOpenGroupBaseInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("tag", &self.tag)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryPersonalMessageReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBodyResult {
    /// `messageReadInfoList`.
    pub message_read_info_list: Option<
        Vec<QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPersonalMessageReadStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPersonalMessageReadStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageReadInfoList" => {
                rt::read_field(map, &mut self.message_read_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPersonalMessageReadStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messageReadInfoList", &self.message_read_info_list)?;
        object.end()
    }
}
/// `QueryRecentConversationsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecentConversationsResponseBodyResult {
    /// `conversationList`.
    pub conversation_list: Option<
        Vec<QueryRecentConversationsResponseBodyResultConversationList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRecentConversationsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecentConversationsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationList" => rt::read_field(map, &mut self.conversation_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRecentConversationsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationList", &self.conversation_list)?;
        object.end()
    }
}
/// `QuerySceneGroupTemplateRobotResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySceneGroupTemplateRobotResponseBodyResult {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySceneGroupTemplateRobotResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySceneGroupTemplateRobotResponseBodyResult {
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
impl rt::serde::Serialize for QuerySceneGroupTemplateRobotResponseBodyResult {
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
/// `QuerySingleGroupResponseBodyOpenConversations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySingleGroupResponseBodyOpenConversations {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySingleGroupResponseBodyOpenConversations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySingleGroupResponseBodyOpenConversations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySingleGroupResponseBodyOpenConversations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserId", &self.app_user_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryUnReadMessageResponseBodyUnReadItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnReadMessageResponseBodyUnReadItems {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `unReadCount`.
    pub un_read_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnReadMessageResponseBodyUnReadItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnReadMessageResponseBodyUnReadItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "unReadCount" => rt::read_field(map, &mut self.un_read_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnReadMessageResponseBodyUnReadItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("unReadCount", &self.un_read_count)?;
        object.end()
    }
}
/// `QueryUnfurlingRegisterCreatorResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorResponseBodyData {
    /// `appId`.
    pub app_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `id`.
    pub id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterCreatorResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnfurlingRegisterCreatorResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnfurlingRegisterCreatorResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `QueryUnfurlingRegisterInfoResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterInfoResponseBodyList {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `appId`.
    pub app_id: Option<String>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<i64>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardTemplateId`.
    pub card_template_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `domain`.
    pub domain: Option<String>,
    /// `grayGroupIdList`.
    pub gray_group_id_list: Option<Vec<String>>,
    /// `grayUserIdList`.
    pub gray_user_id_list: Option<Vec<String>>,
    /// `hsfMethodName`.
    pub hsf_method_name: Option<String>,
    /// `hsfServiceName`.
    pub hsf_service_name: Option<String>,
    /// `hsfVersion`.
    pub hsf_version: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `path`.
    pub path: Option<String>,
    /// `ruleDesc`.
    pub rule_desc: Option<String>,
    /// `ruleMatchType`.
    pub rule_match_type: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterInfoResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnfurlingRegisterInfoResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => rt::read_field(map, &mut self.api_secret),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appName" => rt::read_field(map, &mut self.app_name),
            "callbackType" => rt::read_field(map, &mut self.callback_type),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "domain" => rt::read_field(map, &mut self.domain),
            "grayGroupIdList" => rt::read_field(map, &mut self.gray_group_id_list),
            "grayUserIdList" => rt::read_field(map, &mut self.gray_user_id_list),
            "hsfMethodName" => rt::read_field(map, &mut self.hsf_method_name),
            "hsfServiceName" => rt::read_field(map, &mut self.hsf_service_name),
            "hsfVersion" => rt::read_field(map, &mut self.hsf_version),
            "id" => rt::read_field(map, &mut self.id),
            "path" => rt::read_field(map, &mut self.path),
            "ruleDesc" => rt::read_field(map, &mut self.rule_desc),
            "ruleMatchType" => rt::read_field(map, &mut self.rule_match_type),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnfurlingRegisterInfoResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apiSecret", &self.api_secret)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appName", &self.app_name)?;
        object.optional("callbackType", &self.callback_type)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.optional("cardTemplateId", &self.card_template_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("domain", &self.domain)?;
        object.optional("grayGroupIdList", &self.gray_group_id_list)?;
        object.optional("grayUserIdList", &self.gray_user_id_list)?;
        object.optional("hsfMethodName", &self.hsf_method_name)?;
        object.optional("hsfServiceName", &self.hsf_service_name)?;
        object.optional("hsfVersion", &self.hsf_version)?;
        object.optional("id", &self.id)?;
        object.optional("path", &self.path)?;
        object.optional("ruleDesc", &self.rule_desc)?;
        object.optional("ruleMatchType", &self.rule_match_type)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryUserGroupAliasTitleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleResponseBodyResult {
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserGroupAliasTitleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserGroupAliasTitleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserGroupAliasTitleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryUserGroupRolesResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryUserGroupRolesResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryUserViewGroupLastMessageTimeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeResponseBodyResult {
    /// `time`.
    pub time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryUserViewGroupLastMessageTimeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserViewGroupLastMessageTimeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserViewGroupLastMessageTimeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `SearchInnerGroupsResponseBodyGroupInfos`: the same model as [`GetNewestInnerGroupsResponseBodyGroupInfos`].
pub type SearchInnerGroupsResponseBodyGroupInfos = GetNewestInnerGroupsResponseBodyGroupInfos;
/// `SendInteractiveCardResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendInteractiveCardResponseBodyResult {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveCardResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendInteractiveCardResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processQueryKey" => rt::read_field(map, &mut self.process_query_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendInteractiveCardResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processQueryKey", &self.process_query_key)?;
        object.end()
    }
}
/// `SendOTOInteractiveCardResponseBodyResult`: the same model as [`SendInteractiveCardResponseBodyResult`].
pub type SendOTOInteractiveCardResponseBodyResult = SendInteractiveCardResponseBodyResult;
/// `SendPersonalMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type SendPersonalMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `size`.
    pub size: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `videoPicMediaId`.
    pub video_pic_media_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "size" => rt::read_field(map, &mut self.size),
            "url" => rt::read_field(map, &mut self.url),
            "videoPicMediaId" => rt::read_field(map, &mut self.video_pic_media_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("size", &self.size)?;
        object.optional("url", &self.url)?;
        object.optional("videoPicMediaId", &self.video_pic_media_id)?;
        object.end()
    }
}
/// `GetFamilySchoolConversationMsgResponseBodyMessagesMediaModels`: the same model as [`BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels`].
pub type GetFamilySchoolConversationMsgResponseBodyMessagesMediaModels = BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels;
/// `ListConvNavTabResponseBodyResultConvNavTabInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListConvNavTabResponseBodyResultConvNavTabInfos {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `tabId`.
    pub tab_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userEditable`.
    pub user_editable: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListConvNavTabResponseBodyResultConvNavTabInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListConvNavTabResponseBodyResultConvNavTabInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "tabId" => rt::read_field(map, &mut self.tab_id),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "userEditable" => rt::read_field(map, &mut self.user_editable),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListConvNavTabResponseBodyResultConvNavTabInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("tabId", &self.tab_id)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("userEditable", &self.user_editable)?;
        object.end()
    }
}
/// `ListOrgTextEmotionResponseBodyResultEmotions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgTextEmotionResponseBodyResultEmotions {
    /// `backgroundMediaId`.
    pub background_media_id: Option<String>,
    /// `backgroundMediaIdForPanel`.
    pub background_media_id_for_panel: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `emotionId`.
    pub emotion_id: Option<String>,
    /// `emotionName`.
    pub emotion_name: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOrgTextEmotionResponseBodyResultEmotions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgTextEmotionResponseBodyResultEmotions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundMediaId" => rt::read_field(map, &mut self.background_media_id),
            "backgroundMediaIdForPanel" => {
                rt::read_field(map, &mut self.background_media_id_for_panel)
            }
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "emotionId" => rt::read_field(map, &mut self.emotion_id),
            "emotionName" => rt::read_field(map, &mut self.emotion_name),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOrgTextEmotionResponseBodyResultEmotions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundMediaId", &self.background_media_id)?;
        object
            .optional("backgroundMediaIdForPanel", &self.background_media_id_for_panel)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("emotionId", &self.emotion_id)?;
        object.optional("emotionName", &self.emotion_name)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `OpenGroupRoleQueryResponseBodyResultGroupRoles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBodyResultGroupRoles {
    /// `openRoleId`.
    pub open_role_id: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for OpenGroupRoleQueryResponseBodyResultGroupRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenGroupRoleQueryResponseBodyResultGroupRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenGroupRoleQueryResponseBodyResultGroupRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openRoleId", &self.open_role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.end()
    }
}
/// `OpenGroupUserRoleQueryResponseBodyResultGroupRoles`: the same model as [`OpenGroupRoleQueryResponseBodyResultGroupRoles`].
pub type OpenGroupUserRoleQueryResponseBodyResultGroupRoles = OpenGroupRoleQueryResponseBodyResultGroupRoles;
/// `OpenSearchGroupListResponseBodyResultGroupList`: the same model as [`QueryOpenGroupBaseInfoResponseBodyResult`].
pub type OpenSearchGroupListResponseBodyResultGroupList = QueryOpenGroupBaseInfoResponseBodyResult;
/// `QueryCustomGroupRolesResponseBodyResultGroupRoles`: the same model as [`OpenGroupRoleQueryResponseBodyResultGroupRoles`].
pub type QueryCustomGroupRolesResponseBodyResultGroupRoles = OpenGroupRoleQueryResponseBodyResultGroupRoles;
/// `QueryCustomGroupRolesByUserResponseBodyResultGroupRoles`: the same model as [`OpenGroupRoleQueryResponseBodyResultGroupRoles`].
pub type QueryCustomGroupRolesByUserResponseBodyResultGroupRoles = OpenGroupRoleQueryResponseBodyResultGroupRoles;
/// `QueryOpenConversationReceiveUserResponseBodyResultReceiveUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserResponseBodyResultReceiveUser {
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOpenConversationReceiveUserResponseBodyResultReceiveUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOpenConversationReceiveUserResponseBodyResultReceiveUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryOpenConversationReceiveUserResponseBodyResultReceiveUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList {
    /// `readStatus`.
    pub read_status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readStatus" => rt::read_field(map, &mut self.read_status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readStatus", &self.read_status)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryRecentConversationsResponseBodyResultConversationList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecentConversationsResponseBodyResultConversationList {
    /// `conversationType`.
    pub conversation_type: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `memberCount`.
    pub member_count: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRecentConversationsResponseBodyResultConversationList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecentConversationsResponseBodyResultConversationList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationType" => rt::read_field(map, &mut self.conversation_type),
            "icon" => rt::read_field(map, &mut self.icon),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "name" => rt::read_field(map, &mut self.name),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryRecentConversationsResponseBodyResultConversationList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationType", &self.conversation_type)?;
        object.optional("icon", &self.icon)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("name", &self.name)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryUserGroupRolesResponseBodyResultGroupRoles`: the same model as [`OpenGroupRoleQueryResponseBodyResultGroupRoles`].
pub type QueryUserGroupRolesResponseBodyResultGroupRoles = OpenGroupRoleQueryResponseBodyResultGroupRoles;
/// The request of [`Api::add_conv_nav_tab`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddConvNavTabRequest {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userEditable`.
    pub user_editable: Option<bool>,
}
impl AddConvNavTabRequest {
    /// An empty `AddConvNavTabRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `userEditable`.
    pub fn user_editable(mut self, value: bool) -> Self {
        self.user_editable = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddConvNavTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("title", &self.title)?;
        object.optional("userEditable", &self.user_editable)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddConvNavTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddConvNavTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "title" => rt::read_field(map, &mut self.title),
            "userEditable" => rt::read_field(map, &mut self.user_editable),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org_text_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOrgTextEmotionRequest {
    /// `backgroundMediaId`.
    pub background_media_id: String,
    /// `backgroundMediaIdForPanel`.
    pub background_media_id_for_panel: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `emotionName`.
    pub emotion_name: String,
}
impl AddOrgTextEmotionRequest {
    /// A `AddOrgTextEmotionRequest` with its required fields (`backgroundMediaId`, `backgroundMediaIdForPanel`, `deptId`, `emotionName`); set the others with the methods named after them.
    pub fn new(
        background_media_id: impl Into<String>,
        background_media_id_for_panel: impl Into<String>,
        dept_id: i64,
        emotion_name: impl Into<String>,
    ) -> Self {
        Self {
            background_media_id: background_media_id.into(),
            background_media_id_for_panel: background_media_id_for_panel.into(),
            dept_id,
            emotion_name: emotion_name.into(),
        }
    }
}
impl rt::serde::Serialize for AddOrgTextEmotionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("backgroundMediaId", &self.background_media_id)?;
        object.field("backgroundMediaIdForPanel", &self.background_media_id_for_panel)?;
        object.field("deptId", &self.dept_id)?;
        object.field("emotionName", &self.emotion_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOrgTextEmotionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOrgTextEmotionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundMediaId" => rt::read_field(map, &mut self.background_media_id),
            "backgroundMediaIdForPanel" => {
                rt::read_field(map, &mut self.background_media_id_for_panel)
            }
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "emotionName" => rt::read_field(map, &mut self.emotion_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOrgTextEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_robot_to_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRobotToConversationRequest {
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl AddRobotToConversationRequest {
    /// A `AddRobotToConversationRequest` with its required fields (`openConversationId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            icon: None,
            name: None,
            open_conversation_id: open_conversation_id.into(),
            robot_code: robot_code.into(),
        }
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddRobotToConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRobotToConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRobotToConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddRobotToConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_scene_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddSceneGroupMemberRequest {
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `union_ids`.
    pub union_ids: Option<Vec<String>>,
    /// `user_ids`.
    pub user_ids: Option<Vec<String>>,
}
impl AddSceneGroupMemberRequest {
    /// A `AddSceneGroupMemberRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            union_ids: None,
            user_ids: None,
        }
    }
    /// Sets `union_ids`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for AddSceneGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("open_conversation_id", &self.open_conversation_id)?;
        object.optional("union_ids", &self.union_ids)?;
        object.optional("user_ids", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddSceneGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddSceneGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            "union_ids" => rt::read_field(map, &mut self.union_ids),
            "user_ids" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddSceneGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddUnfurlingRegisterRequest {
    /// `apiSecret`.
    pub api_secret: String,
    /// `appId`.
    pub app_id: String,
    /// `callbackType`.
    pub callback_type: Option<i64>,
    /// `callbackUrl`.
    pub callback_url: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `domain`.
    pub domain: String,
    /// `path`.
    pub path: String,
    /// `ruleDesc`.
    pub rule_desc: Option<String>,
    /// `ruleMatchType`.
    pub rule_match_type: i64,
    /// `userId`.
    pub user_id: String,
}
impl AddUnfurlingRegisterRequest {
    /// A `AddUnfurlingRegisterRequest` with its required fields (`apiSecret`, `appId`, `callbackUrl`, `cardTemplateId`, `domain`, `path`, `ruleMatchType`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        api_secret: impl Into<String>,
        app_id: impl Into<String>,
        callback_url: impl Into<String>,
        card_template_id: impl Into<String>,
        domain: impl Into<String>,
        path: impl Into<String>,
        rule_match_type: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            api_secret: api_secret.into(),
            app_id: app_id.into(),
            callback_type: None,
            callback_url: callback_url.into(),
            card_template_id: card_template_id.into(),
            domain: domain.into(),
            path: path.into(),
            rule_desc: None,
            rule_match_type,
            user_id: user_id.into(),
        }
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: i64) -> Self {
        self.callback_type = Some(value);
        self
    }
    /// Sets `ruleDesc`.
    pub fn rule_desc(mut self, value: impl Into<String>) -> Self {
        self.rule_desc = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("apiSecret", &self.api_secret)?;
        object.field("appId", &self.app_id)?;
        object.optional("callbackType", &self.callback_type)?;
        object.field("callbackUrl", &self.callback_url)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.field("domain", &self.domain)?;
        object.field("path", &self.path)?;
        object.optional("ruleDesc", &self.rule_desc)?;
        object.field("ruleMatchType", &self.rule_match_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => rt::read_field(map, &mut self.api_secret),
            "appId" => rt::read_field(map, &mut self.app_id),
            "callbackType" => rt::read_field(map, &mut self.callback_type),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "domain" => rt::read_field(map, &mut self.domain),
            "path" => rt::read_field(map, &mut self.path),
            "ruleDesc" => rt::read_field(map, &mut self.rule_desc),
            "ruleMatchType" => rt::read_field(map, &mut self.rule_match_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_family_school_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageIds`.
    pub open_message_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl BatchQueryFamilySchoolMessageRequest {
    /// A `BatchQueryFamilySchoolMessageRequest` with its required fields (`openConversationId`, `openMessageIds`, `unionId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_message_ids: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_message_ids: open_message_ids.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchQueryFamilySchoolMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMessageIds", &self.open_message_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryFamilySchoolMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryFamilySchoolMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMessageIds" => rt::read_field(map, &mut self.open_message_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryFamilySchoolMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryGroupMemberRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl BatchQueryGroupMemberRequest {
    /// A `BatchQueryGroupMemberRequest` with its required fields (`maxResults`, `openConversationId`); set the others with the methods named after them.
    pub fn new(max_results: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            max_results,
            next_token: None,
            open_conversation_id: open_conversation_id.into(),
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchQueryGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::card_template_build_action`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CardTemplateBuildActionRequest {
    /// `action`.
    pub action: String,
    /// `cardTemplateJson`.
    pub card_template_json: String,
}
impl CardTemplateBuildActionRequest {
    /// A `CardTemplateBuildActionRequest` with its required fields (`action`, `cardTemplateJson`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        card_template_json: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            card_template_json: card_template_json.into(),
        }
    }
}
impl rt::serde::Serialize for CardTemplateBuildActionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("cardTemplateJson", &self.card_template_json)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CardTemplateBuildActionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CardTemplateBuildActionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "cardTemplateJson" => rt::read_field(map, &mut self.card_template_json),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CardTemplateBuildActionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_group_owner`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChangeGroupOwnerRequest {
    /// `groupOwnerId`.
    pub group_owner_id: String,
    /// `groupOwnerType`.
    pub group_owner_type: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl ChangeGroupOwnerRequest {
    /// A `ChangeGroupOwnerRequest` with its required fields (`groupOwnerId`, `groupOwnerType`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        group_owner_id: impl Into<String>,
        group_owner_type: i64,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            group_owner_id: group_owner_id.into(),
            group_owner_type,
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for ChangeGroupOwnerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupOwnerId", &self.group_owner_id)?;
        object.field("groupOwnerType", &self.group_owner_type)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChangeGroupOwnerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChangeGroupOwnerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupOwnerId" => rt::read_field(map, &mut self.group_owner_id),
            "groupOwnerType" => rt::read_field(map, &mut self.group_owner_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChangeGroupOwnerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_sub_admin_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChatSubAdminUpdateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `role`.
    pub role: i64,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl ChatSubAdminUpdateRequest {
    /// A `ChatSubAdminUpdateRequest` with its required fields (`openConversationId`, `role`, `userIds`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        role: i64,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            role,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ChatSubAdminUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("role", &self.role)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChatSubAdminUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChatSubAdminUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "role" => rt::read_field(map, &mut self.role),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChatSubAdminUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_user_is_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckUserIsGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl CheckUserIsGroupMemberRequest {
    /// A `CheckUserIsGroupMemberRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CheckUserIsGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckUserIsGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckUserIsGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckUserIsGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: String,
}
impl CopyUnfurlingRegisterRequest {
    /// A `CopyUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>, id: i64, user_id: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            id,
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CopyUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.field("id", &self.id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "id" => rt::read_field(map, &mut self.id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::count_open_msg_scene_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsRequest {
    /// `templateId`.
    pub template_id: String,
}
impl CountOpenMsgSceneGroupsRequest {
    /// A `CountOpenMsgSceneGroupsRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(template_id: impl Into<String>) -> Self {
        Self {
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for CountOpenMsgSceneGroupsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CountOpenMsgSceneGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CountOpenMsgSceneGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CountOpenMsgSceneGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_couple_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCoupleGroupConversationRequest {
    /// `appUserId`.
    pub app_user_id: String,
    /// `groupAvatar`.
    pub group_avatar: Option<String>,
    /// `groupName`.
    pub group_name: String,
    /// `groupOwnerId`.
    pub group_owner_id: String,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `operatorId`.
    pub operator_id: String,
}
impl CreateCoupleGroupConversationRequest {
    /// A `CreateCoupleGroupConversationRequest` with its required fields (`appUserId`, `groupName`, `groupOwnerId`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        app_user_id: impl Into<String>,
        group_name: impl Into<String>,
        group_owner_id: impl Into<String>,
        group_template_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            app_user_id: app_user_id.into(),
            group_avatar: None,
            group_name: group_name.into(),
            group_owner_id: group_owner_id.into(),
            group_template_id: group_template_id.into(),
            operator_id: operator_id.into(),
        }
    }
    /// Sets `groupAvatar`.
    pub fn group_avatar(mut self, value: impl Into<String>) -> Self {
        self.group_avatar = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCoupleGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUserId", &self.app_user_id)?;
        object.optional("groupAvatar", &self.group_avatar)?;
        object.field("groupName", &self.group_name)?;
        object.field("groupOwnerId", &self.group_owner_id)?;
        object.field("groupTemplateId", &self.group_template_id)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCoupleGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCoupleGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "groupAvatar" => rt::read_field(map, &mut self.group_avatar),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwnerId" => rt::read_field(map, &mut self.group_owner_id),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCoupleGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateCustomGroupRoleRequest {
    /// A `CreateCustomGroupRoleRequest` with its required fields (`openConversationId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        role_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            role_name: role_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateCustomGroupRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("roleName", &self.role_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomGroupRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomGroupRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_user_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomUserRolesRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleIds`.
    pub open_role_ids: Vec<String>,
    /// `targetUserId`.
    pub target_user_id: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateCustomUserRolesRequest {
    /// A `CreateCustomUserRolesRequest` with its required fields (`openConversationId`, `openRoleIds`, `targetUserId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_ids: impl IntoIterator<Item = impl Into<String>>,
        target_user_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_ids: open_role_ids.into_iter().map(Into::into).collect(),
            target_user_id: target_user_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateCustomUserRolesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleIds", &self.open_role_ids)?;
        object.field("targetUserId", &self.target_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomUserRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomUserRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleIds" => rt::read_field(map, &mut self.open_role_ids),
            "targetUserId" => rt::read_field(map, &mut self.target_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCustomUserRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `conversationTag`.
    pub conversation_tag: Option<i64>,
    /// `extidlist`.
    pub extidlist: Option<Vec<String>>,
    /// `icon`.
    pub icon: Option<String>,
    /// `managementOptions`.
    pub management_options: Option<CreateGroupRequestManagementOptions>,
    /// `name`.
    pub name: String,
    /// `owner`.
    pub owner: String,
    /// `ownerType`.
    pub owner_type: Option<String>,
    /// `useridlist`.
    pub useridlist: Vec<String>,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`name`, `owner`, `useridlist`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<String>,
        useridlist: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            conversation_tag: None,
            extidlist: None,
            icon: None,
            management_options: None,
            name: name.into(),
            owner: owner.into(),
            owner_type: None,
            useridlist: useridlist.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `conversationTag`.
    pub fn conversation_tag(mut self, value: i64) -> Self {
        self.conversation_tag = Some(value);
        self
    }
    /// Sets `extidlist`.
    pub fn extidlist(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.extidlist = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `managementOptions`.
    pub fn management_options(
        mut self,
        value: CreateGroupRequestManagementOptions,
    ) -> Self {
        self.management_options = Some(value);
        self
    }
    /// Sets `ownerType`.
    pub fn owner_type(mut self, value: impl Into<String>) -> Self {
        self.owner_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationTag", &self.conversation_tag)?;
        object.optional("extidlist", &self.extidlist)?;
        object.optional("icon", &self.icon)?;
        object.optional("managementOptions", &self.management_options)?;
        object.field("name", &self.name)?;
        object.field("owner", &self.owner)?;
        object.optional("ownerType", &self.owner_type)?;
        object.field("useridlist", &self.useridlist)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationTag" => rt::read_field(map, &mut self.conversation_tag),
            "extidlist" => rt::read_field(map, &mut self.extidlist),
            "icon" => rt::read_field(map, &mut self.icon),
            "managementOptions" => rt::read_field(map, &mut self.management_options),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerType" => rt::read_field(map, &mut self.owner_type),
            "useridlist" => rt::read_field(map, &mut self.useridlist),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupConversationRequest {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `groupAvatar`.
    pub group_avatar: Option<String>,
    /// `groupName`.
    pub group_name: String,
    /// `groupOwnerId`.
    pub group_owner_id: String,
    /// `groupOwnerType`.
    pub group_owner_type: Option<i64>,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateGroupConversationRequest {
    /// A `CreateGroupConversationRequest` with its required fields (`groupName`, `groupOwnerId`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        group_owner_id: impl Into<String>,
        group_template_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            app_user_ids: None,
            group_avatar: None,
            group_name: group_name.into(),
            group_owner_id: group_owner_id.into(),
            group_owner_type: None,
            group_template_id: group_template_id.into(),
            operator_id: operator_id.into(),
            user_ids: None,
        }
    }
    /// Sets `appUserIds`.
    pub fn app_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupAvatar`.
    pub fn group_avatar(mut self, value: impl Into<String>) -> Self {
        self.group_avatar = Some(value.into());
        self
    }
    /// Sets `groupOwnerType`.
    pub fn group_owner_type(mut self, value: i64) -> Self {
        self.group_owner_type = Some(value);
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserIds", &self.app_user_ids)?;
        object.optional("groupAvatar", &self.group_avatar)?;
        object.field("groupName", &self.group_name)?;
        object.field("groupOwnerId", &self.group_owner_id)?;
        object.optional("groupOwnerType", &self.group_owner_type)?;
        object.field("groupTemplateId", &self.group_template_id)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserIds" => rt::read_field(map, &mut self.app_user_ids),
            "groupAvatar" => rt::read_field(map, &mut self.group_avatar),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwnerId" => rt::read_field(map, &mut self.group_owner_id),
            "groupOwnerType" => rt::read_field(map, &mut self.group_owner_type),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_from_old_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupFromOldGroupRequest {
    /// `notQuitWhenEmpLeave`.
    pub not_quit_when_emp_leave: Option<i64>,
    /// `srcCorpId`.
    pub src_corp_id: Option<String>,
    /// `srcOpenConversationId`.
    pub src_open_conversation_id: String,
    /// `templateId`.
    pub template_id: String,
    /// `uuid`.
    pub uuid: String,
}
impl CreateGroupFromOldGroupRequest {
    /// A `CreateGroupFromOldGroupRequest` with its required fields (`srcOpenConversationId`, `templateId`, `uuid`); set the others with the methods named after them.
    pub fn new(
        src_open_conversation_id: impl Into<String>,
        template_id: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            not_quit_when_emp_leave: None,
            src_corp_id: None,
            src_open_conversation_id: src_open_conversation_id.into(),
            template_id: template_id.into(),
            uuid: uuid.into(),
        }
    }
    /// Sets `notQuitWhenEmpLeave`.
    pub fn not_quit_when_emp_leave(mut self, value: i64) -> Self {
        self.not_quit_when_emp_leave = Some(value);
        self
    }
    /// Sets `srcCorpId`.
    pub fn src_corp_id(mut self, value: impl Into<String>) -> Self {
        self.src_corp_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupFromOldGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notQuitWhenEmpLeave", &self.not_quit_when_emp_leave)?;
        object.optional("srcCorpId", &self.src_corp_id)?;
        object.field("srcOpenConversationId", &self.src_open_conversation_id)?;
        object.field("templateId", &self.template_id)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupFromOldGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupFromOldGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notQuitWhenEmpLeave" => {
                rt::read_field(map, &mut self.not_quit_when_emp_leave)
            }
            "srcCorpId" => rt::read_field(map, &mut self.src_corp_id),
            "srcOpenConversationId" => {
                rt::read_field(map, &mut self.src_open_conversation_id)
            }
            "templateId" => rt::read_field(map, &mut self.template_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupFromOldGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_interconnection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateInterconnectionRequest {
    /// `interconnections`.
    pub interconnections: Vec<CreateInterconnectionRequestInterconnections>,
}
impl CreateInterconnectionRequest {
    /// A `CreateInterconnectionRequest` with its required fields (`interconnections`); set the others with the methods named after them.
    pub fn new(
        interconnections: impl IntoIterator<
            Item = CreateInterconnectionRequestInterconnections,
        >,
    ) -> Self {
        Self {
            interconnections: interconnections.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for CreateInterconnectionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("interconnections", &self.interconnections)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateInterconnectionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateInterconnectionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "interconnections" => rt::read_field(map, &mut self.interconnections),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateInterconnectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSceneGroupRequest {
    /// `icon`.
    pub icon: Option<String>,
    /// `management_options`.
    pub management_options: Option<CreateSceneGroupRequestManagementOptions>,
    /// `owner_user_id`.
    pub owner_user_id: String,
    /// `subadmin_ids`.
    pub subadmin_ids: Option<Vec<String>>,
    /// `template_id`.
    pub template_id: String,
    /// `title`.
    pub title: String,
    /// `user_ids`.
    pub user_ids: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl CreateSceneGroupRequest {
    /// A `CreateSceneGroupRequest` with its required fields (`owner_user_id`, `template_id`, `title`); set the others with the methods named after them.
    pub fn new(
        owner_user_id: impl Into<String>,
        template_id: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            icon: None,
            management_options: None,
            owner_user_id: owner_user_id.into(),
            subadmin_ids: None,
            template_id: template_id.into(),
            title: title.into(),
            user_ids: None,
            uuid: None,
        }
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `management_options`.
    pub fn management_options(
        mut self,
        value: CreateSceneGroupRequestManagementOptions,
    ) -> Self {
        self.management_options = Some(value);
        self
    }
    /// Sets `subadmin_ids`.
    pub fn subadmin_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.subadmin_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateSceneGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("management_options", &self.management_options)?;
        object.field("owner_user_id", &self.owner_user_id)?;
        object.optional("subadmin_ids", &self.subadmin_ids)?;
        object.field("template_id", &self.template_id)?;
        object.field("title", &self.title)?;
        object.optional("user_ids", &self.user_ids)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSceneGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSceneGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "management_options" => rt::read_field(map, &mut self.management_options),
            "owner_user_id" => rt::read_field(map, &mut self.owner_user_id),
            "subadmin_ids" => rt::read_field(map, &mut self.subadmin_ids),
            "template_id" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            "user_ids" => rt::read_field(map, &mut self.user_ids),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_scene_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSceneGroupConversationRequest {
    /// `features`.
    pub features: Option<rt::BTreeMap<String, String>>,
    /// `groupName`.
    pub group_name: String,
    /// `groupOwnerId`.
    pub group_owner_id: String,
    /// `icon`.
    pub icon: Option<String>,
    /// `managementOptions`.
    pub management_options: Option<CreateSceneGroupConversationRequestManagementOptions>,
    /// `templateId`.
    pub template_id: String,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl CreateSceneGroupConversationRequest {
    /// A `CreateSceneGroupConversationRequest` with its required fields (`groupName`, `groupOwnerId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        group_owner_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            features: None,
            group_name: group_name.into(),
            group_owner_id: group_owner_id.into(),
            icon: None,
            management_options: None,
            template_id: template_id.into(),
            user_id_list: None,
            uuid: None,
        }
    }
    /// Sets `features`.
    pub fn features(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.features = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `managementOptions`.
    pub fn management_options(
        mut self,
        value: CreateSceneGroupConversationRequestManagementOptions,
    ) -> Self {
        self.management_options = Some(value);
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateSceneGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("features", &self.features)?;
        object.field("groupName", &self.group_name)?;
        object.field("groupOwnerId", &self.group_owner_id)?;
        object.optional("icon", &self.icon)?;
        object.optional("managementOptions", &self.management_options)?;
        object.field("templateId", &self.template_id)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSceneGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSceneGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "features" => rt::read_field(map, &mut self.features),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupOwnerId" => rt::read_field(map, &mut self.group_owner_id),
            "icon" => rt::read_field(map, &mut self.icon),
            "managementOptions" => rt::read_field(map, &mut self.management_options),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSceneGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_store_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateStoreGroupConversationRequest {
    /// `appUserId`.
    pub app_user_id: String,
    /// `businessUniqueKey`.
    pub business_unique_key: String,
    /// `groupAvatar`.
    pub group_avatar: Option<String>,
    /// `groupName`.
    pub group_name: String,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateStoreGroupConversationRequest {
    /// A `CreateStoreGroupConversationRequest` with its required fields (`appUserId`, `businessUniqueKey`, `groupName`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        app_user_id: impl Into<String>,
        business_unique_key: impl Into<String>,
        group_name: impl Into<String>,
        group_template_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            app_user_id: app_user_id.into(),
            business_unique_key: business_unique_key.into(),
            group_avatar: None,
            group_name: group_name.into(),
            group_template_id: group_template_id.into(),
            operator_id: operator_id.into(),
            user_ids: None,
        }
    }
    /// Sets `groupAvatar`.
    pub fn group_avatar(mut self, value: impl Into<String>) -> Self {
        self.group_avatar = Some(value.into());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateStoreGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUserId", &self.app_user_id)?;
        object.field("businessUniqueKey", &self.business_unique_key)?;
        object.optional("groupAvatar", &self.group_avatar)?;
        object.field("groupName", &self.group_name)?;
        object.field("groupTemplateId", &self.group_template_id)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateStoreGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateStoreGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "businessUniqueKey" => rt::read_field(map, &mut self.business_unique_key),
            "groupAvatar" => rt::read_field(map, &mut self.group_avatar),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateStoreGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::debug_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DebugUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `grayGroupIdList`.
    pub gray_group_id_list: Option<Vec<String>>,
    /// `grayUserIdList`.
    pub gray_user_id_list: Option<Vec<String>>,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: String,
}
impl DebugUnfurlingRegisterRequest {
    /// A `DebugUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>, id: i64, user_id: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            gray_group_id_list: None,
            gray_user_id_list: None,
            id,
            user_id: user_id.into(),
        }
    }
    /// Sets `grayGroupIdList`.
    pub fn gray_group_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.gray_group_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `grayUserIdList`.
    pub fn gray_user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.gray_user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for DebugUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.optional("grayGroupIdList", &self.gray_group_id_list)?;
        object.optional("grayUserIdList", &self.gray_user_id_list)?;
        object.field("id", &self.id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DebugUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DebugUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "grayGroupIdList" => rt::read_field(map, &mut self.gray_group_id_list),
            "grayUserIdList" => rt::read_field(map, &mut self.gray_user_id_list),
            "id" => rt::read_field(map, &mut self.id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DebugUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_conv_nav_tab`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteConvNavTabRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `tabIds`.
    pub tab_ids: Option<Vec<String>>,
}
impl DeleteConvNavTabRequest {
    /// An empty `DeleteConvNavTabRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `tabIds`.
    pub fn tab_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tab_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for DeleteConvNavTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("tabIds", &self.tab_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteConvNavTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteConvNavTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "tabIds" => rt::read_field(map, &mut self.tab_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_org_text_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteOrgTextEmotionRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `emotionIds`.
    pub emotion_ids: Vec<String>,
}
impl DeleteOrgTextEmotionRequest {
    /// A `DeleteOrgTextEmotionRequest` with its required fields (`deptId`, `emotionIds`); set the others with the methods named after them.
    pub fn new(
        dept_id: i64,
        emotion_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            dept_id,
            emotion_ids: emotion_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteOrgTextEmotionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.field("emotionIds", &self.emotion_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteOrgTextEmotionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteOrgTextEmotionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "emotionIds" => rt::read_field(map, &mut self.emotion_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteOrgTextEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dismiss_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DismissGroupConversationRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl DismissGroupConversationRequest {
    /// A `DismissGroupConversationRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for DismissGroupConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DismissGroupConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DismissGroupConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DismissGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dsband_open_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DsbandOpenSceneGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl DsbandOpenSceneGroupRequest {
    /// A `DsbandOpenSceneGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for DsbandOpenSceneGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DsbandOpenSceneGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DsbandOpenSceneGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DsbandOpenSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::freeze_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FreezeGroupRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
impl FreezeGroupRequest {
    /// A `FreezeGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FreezeGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FreezeGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FreezeGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_conversation_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConversationUrlRequest {
    /// `appUserId`.
    pub app_user_id: String,
    /// `channelCode`.
    pub channel_code: String,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetConversationUrlRequest {
    /// A `GetConversationUrlRequest` with its required fields (`appUserId`, `channelCode`); set the others with the methods named after them.
    pub fn new(app_user_id: impl Into<String>, channel_code: impl Into<String>) -> Self {
        Self {
            app_user_id: app_user_id.into(),
            channel_code: channel_code.into(),
            device_id: None,
            open_conversation_id: None,
            user_id: None,
        }
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetConversationUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUserId", &self.app_user_id)?;
        object.field("channelCode", &self.channel_code)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConversationUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConversationUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConversationUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_family_school_conversation_msg`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFamilySchoolConversationMsgRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `msgTypes`.
    pub msg_types: Vec<i64>,
    /// `nextToken`.
    pub next_token: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl GetFamilySchoolConversationMsgRequest {
    /// A `GetFamilySchoolConversationMsgRequest` with its required fields (`maxResults`, `msgTypes`, `nextToken`, `openConversationId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        msg_types: impl IntoIterator<Item = i64>,
        next_token: i64,
        open_conversation_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            msg_types: msg_types.into_iter().collect(),
            next_token,
            open_conversation_id: open_conversation_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetFamilySchoolConversationMsgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.field("msgTypes", &self.msg_types)?;
        object.field("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFamilySchoolConversationMsgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFamilySchoolConversationMsgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "msgTypes" => rt::read_field(map, &mut self.msg_types),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFamilySchoolConversationMsgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_family_school_conversations`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFamilySchoolConversationsRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `unionId`.
    pub union_id: String,
}
impl GetFamilySchoolConversationsRequest {
    /// A `GetFamilySchoolConversationsRequest` with its required fields (`maxResults`, `nextToken`, `unionId`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64, union_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token,
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetFamilySchoolConversationsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFamilySchoolConversationsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFamilySchoolConversationsRequest {
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
impl rt::WriteRequest for GetFamilySchoolConversationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_group_members_by_user_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetGroupMembersByUserTokenRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetGroupMembersByUserTokenRequest {
    /// A `GetGroupMembersByUserTokenRequest` with its required fields (`maxResults`, `openConversationId`); set the others with the methods named after them.
    pub fn new(max_results: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            open_conversation_id: open_conversation_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetGroupMembersByUserTokenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupMembersByUserTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupMembersByUserTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetGroupMembersByUserTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_inner_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetInnerGroupMembersRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl GetInnerGroupMembersRequest {
    /// A `GetInnerGroupMembersRequest` with its required fields (`maxResults`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token: None,
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetInnerGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInnerGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInnerGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInnerGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_interconnection_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetInterconnectionUrlRequest {
    /// `appUserAvatar`.
    pub app_user_avatar: Option<String>,
    /// `appUserAvatarType`.
    pub app_user_avatar_type: Option<i64>,
    /// `appUserId`.
    pub app_user_id: String,
    /// `appUserMobileNumber`.
    pub app_user_mobile_number: String,
    /// `appUserName`.
    pub app_user_name: String,
    /// `msgPageType`.
    pub msg_page_type: i64,
    /// `qrCode`.
    pub qr_code: Option<String>,
    /// `signature`.
    pub signature: String,
    /// `sourceCode`.
    pub source_code: String,
    /// `sourceType`.
    pub source_type: i64,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetInterconnectionUrlRequest {
    /// A `GetInterconnectionUrlRequest` with its required fields (`appUserId`, `appUserMobileNumber`, `appUserName`, `msgPageType`, `signature`, `sourceCode`, `sourceType`); set the others with the methods named after them.
    pub fn new(
        app_user_id: impl Into<String>,
        app_user_mobile_number: impl Into<String>,
        app_user_name: impl Into<String>,
        msg_page_type: i64,
        signature: impl Into<String>,
        source_code: impl Into<String>,
        source_type: i64,
    ) -> Self {
        Self {
            app_user_avatar: None,
            app_user_avatar_type: None,
            app_user_id: app_user_id.into(),
            app_user_mobile_number: app_user_mobile_number.into(),
            app_user_name: app_user_name.into(),
            msg_page_type,
            qr_code: None,
            signature: signature.into(),
            source_code: source_code.into(),
            source_type,
            user_id: None,
        }
    }
    /// Sets `appUserAvatar`.
    pub fn app_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.app_user_avatar = Some(value.into());
        self
    }
    /// Sets `appUserAvatarType`.
    pub fn app_user_avatar_type(mut self, value: i64) -> Self {
        self.app_user_avatar_type = Some(value);
        self
    }
    /// Sets `qrCode`.
    pub fn qr_code(mut self, value: impl Into<String>) -> Self {
        self.qr_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetInterconnectionUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserAvatar", &self.app_user_avatar)?;
        object.optional("appUserAvatarType", &self.app_user_avatar_type)?;
        object.field("appUserId", &self.app_user_id)?;
        object.field("appUserMobileNumber", &self.app_user_mobile_number)?;
        object.field("appUserName", &self.app_user_name)?;
        object.field("msgPageType", &self.msg_page_type)?;
        object.optional("qrCode", &self.qr_code)?;
        object.field("signature", &self.signature)?;
        object.field("sourceCode", &self.source_code)?;
        object.field("sourceType", &self.source_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInterconnectionUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInterconnectionUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserAvatar" => rt::read_field(map, &mut self.app_user_avatar),
            "appUserAvatarType" => rt::read_field(map, &mut self.app_user_avatar_type),
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "appUserMobileNumber" => {
                rt::read_field(map, &mut self.app_user_mobile_number)
            }
            "appUserName" => rt::read_field(map, &mut self.app_user_name),
            "msgPageType" => rt::read_field(map, &mut self.msg_page_type),
            "qrCode" => rt::read_field(map, &mut self.qr_code),
            "signature" => rt::read_field(map, &mut self.signature),
            "sourceCode" => rt::read_field(map, &mut self.source_code),
            "sourceType" => rt::read_field(map, &mut self.source_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInterconnectionUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_newest_inner_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetNewestInnerGroupsRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetNewestInnerGroupsRequest {
    /// A `GetNewestInnerGroupsRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetNewestInnerGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetNewestInnerGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetNewestInnerGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_scene_group_detail_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSceneGroupDetailInfoRequest {
    /// `cool_app_code`.
    pub cool_app_code: Option<String>,
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `permissionCode`.
    pub permission_code: Option<String>,
}
impl GetSceneGroupDetailInfoRequest {
    /// A `GetSceneGroupDetailInfoRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            open_conversation_id: open_conversation_id.into(),
            permission_code: None,
        }
    }
    /// Sets `cool_app_code`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetSceneGroupDetailInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cool_app_code", &self.cool_app_code)?;
        object.field("open_conversation_id", &self.open_conversation_id)?;
        object.optional("permissionCode", &self.permission_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupDetailInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSceneGroupDetailInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cool_app_code" => rt::read_field(map, &mut self.cool_app_code),
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSceneGroupDetailInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_scene_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSceneGroupInfoRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetSceneGroupInfoRequest {
    /// A `GetSceneGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            open_conversation_id: open_conversation_id.into(),
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetSceneGroupInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSceneGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSceneGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_scene_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSceneGroupMembersRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `cursor`.
    pub cursor: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `size`.
    pub size: i64,
}
impl GetSceneGroupMembersRequest {
    /// A `GetSceneGroupMembersRequest` with its required fields (`coolAppCode`, `cursor`, `openConversationId`, `size`); set the others with the methods named after them.
    pub fn new(
        cool_app_code: impl Into<String>,
        cursor: impl Into<String>,
        open_conversation_id: impl Into<String>,
        size: i64,
    ) -> Self {
        Self {
            cool_app_code: cool_app_code.into(),
            cursor: cursor.into(),
            open_conversation_id: open_conversation_id.into(),
            size,
        }
    }
}
impl rt::serde::Serialize for GetSceneGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("coolAppCode", &self.cool_app_code)?;
        object.field("cursor", &self.cursor)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSceneGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSceneGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSceneGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_single_chat_open_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSingleChatOpenConversationIdRequest {
    /// `userId1`.
    pub user_id1: String,
    /// `userId2`.
    pub user_id2: String,
}
impl GetSingleChatOpenConversationIdRequest {
    /// A `GetSingleChatOpenConversationIdRequest` with its required fields (`userId1`, `userId2`); set the others with the methods named after them.
    pub fn new(user_id1: impl Into<String>, user_id2: impl Into<String>) -> Self {
        Self {
            user_id1: user_id1.into(),
            user_id2: user_id2.into(),
        }
    }
}
impl rt::serde::Serialize for GetSingleChatOpenConversationIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userId1", &self.user_id1)?;
        object.field("userId2", &self.user_id2)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSingleChatOpenConversationIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSingleChatOpenConversationIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId1" => rt::read_field(map, &mut self.user_id1),
            "userId2" => rt::read_field(map, &mut self.user_id2),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSingleChatOpenConversationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_super_admin_open_scene_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSuperAdminOpenSceneGroupInfoRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
impl GetSuperAdminOpenSceneGroupInfoRequest {
    /// A `GetSuperAdminOpenSceneGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSuperAdminOpenSceneGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSuperAdminOpenSceneGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSuperAdminOpenSceneGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::group_ban_words`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupBanWordsRequest {
    /// `banWordsMode`.
    pub ban_words_mode: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `options`.
    pub options: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl GroupBanWordsRequest {
    /// An empty `GroupBanWordsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `banWordsMode`.
    pub fn ban_words_mode(mut self, value: i64) -> Self {
        self.ban_words_mode = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.options = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for GroupBanWordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("banWordsMode", &self.ban_words_mode)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("options", &self.options)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupBanWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupBanWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "banWordsMode" => rt::read_field(map, &mut self.ban_words_mode),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "options" => rt::read_field(map, &mut self.options),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupBanWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_capacity_inquiry`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityInquiryRequest {
    /// `effectiveDuration`.
    pub effective_duration: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `options`.
    pub options: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `targetCapacity`.
    pub target_capacity: Option<i64>,
}
impl GroupCapacityInquiryRequest {
    /// An empty `GroupCapacityInquiryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `effectiveDuration`.
    pub fn effective_duration(mut self, value: impl Into<String>) -> Self {
        self.effective_duration = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.options = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `targetCapacity`.
    pub fn target_capacity(mut self, value: i64) -> Self {
        self.target_capacity = Some(value);
        self
    }
}
impl rt::serde::Serialize for GroupCapacityInquiryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("effectiveDuration", &self.effective_duration)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("operator", &self.operator)?;
        object.optional("options", &self.options)?;
        object.optional("targetCapacity", &self.target_capacity)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityInquiryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupCapacityInquiryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "effectiveDuration" => rt::read_field(map, &mut self.effective_duration),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            "options" => rt::read_field(map, &mut self.options),
            "targetCapacity" => rt::read_field(map, &mut self.target_capacity),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupCapacityInquiryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_capacity_order_confirm`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityOrderConfirmRequest {
    /// `operator`.
    pub operator: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
}
impl GroupCapacityOrderConfirmRequest {
    /// An empty `GroupCapacityOrderConfirmRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GroupCapacityOrderConfirmRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.optional("orderId", &self.order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityOrderConfirmRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupCapacityOrderConfirmRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            "orderId" => rt::read_field(map, &mut self.order_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupCapacityOrderConfirmRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_capacity_order_place`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupCapacityOrderPlaceRequest {
    /// `actualPrice`.
    pub actual_price: Option<i64>,
    /// `currentCapacity`.
    pub current_capacity: Option<i64>,
    /// `currentEffectUntil`.
    pub current_effect_until: Option<i64>,
    /// `discount`.
    pub discount: Option<i64>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `markedPrice`.
    pub marked_price: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `targetCapacity`.
    pub target_capacity: Option<i64>,
    /// `targetEffectUntil`.
    pub target_effect_until: Option<i64>,
    /// `token`.
    pub token: Option<String>,
}
impl GroupCapacityOrderPlaceRequest {
    /// An empty `GroupCapacityOrderPlaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actualPrice`.
    pub fn actual_price(mut self, value: i64) -> Self {
        self.actual_price = Some(value);
        self
    }
    /// Sets `currentCapacity`.
    pub fn current_capacity(mut self, value: i64) -> Self {
        self.current_capacity = Some(value);
        self
    }
    /// Sets `currentEffectUntil`.
    pub fn current_effect_until(mut self, value: i64) -> Self {
        self.current_effect_until = Some(value);
        self
    }
    /// Sets `discount`.
    pub fn discount(mut self, value: i64) -> Self {
        self.discount = Some(value);
        self
    }
    /// Sets `extInfo`.
    pub fn ext_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.ext_info = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `markedPrice`.
    pub fn marked_price(mut self, value: i64) -> Self {
        self.marked_price = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `targetCapacity`.
    pub fn target_capacity(mut self, value: i64) -> Self {
        self.target_capacity = Some(value);
        self
    }
    /// Sets `targetEffectUntil`.
    pub fn target_effect_until(mut self, value: i64) -> Self {
        self.target_effect_until = Some(value);
        self
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GroupCapacityOrderPlaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actualPrice", &self.actual_price)?;
        object.optional("currentCapacity", &self.current_capacity)?;
        object.optional("currentEffectUntil", &self.current_effect_until)?;
        object.optional("discount", &self.discount)?;
        object.optional("extInfo", &self.ext_info)?;
        object.optional("markedPrice", &self.marked_price)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("operator", &self.operator)?;
        object.optional("targetCapacity", &self.target_capacity)?;
        object.optional("targetEffectUntil", &self.target_effect_until)?;
        object.optional("token", &self.token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupCapacityOrderPlaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupCapacityOrderPlaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actualPrice" => rt::read_field(map, &mut self.actual_price),
            "currentCapacity" => rt::read_field(map, &mut self.current_capacity),
            "currentEffectUntil" => rt::read_field(map, &mut self.current_effect_until),
            "discount" => rt::read_field(map, &mut self.discount),
            "extInfo" => rt::read_field(map, &mut self.ext_info),
            "markedPrice" => rt::read_field(map, &mut self.marked_price),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            "targetCapacity" => rt::read_field(map, &mut self.target_capacity),
            "targetEffectUntil" => rt::read_field(map, &mut self.target_effect_until),
            "token" => rt::read_field(map, &mut self.token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupCapacityOrderPlaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_manage_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupManageQueryRequest {
    /// `createdAfter`.
    pub created_after: Option<i64>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `groupMemberSamples`.
    pub group_member_samples: Option<Vec<String>>,
    /// `groupOwner`.
    pub group_owner: Option<String>,
    /// `groupTitleKeywords`.
    pub group_title_keywords: Option<Vec<String>>,
    /// `groupUrl`.
    pub group_url: Option<String>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `membersOver`.
    pub members_over: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl GroupManageQueryRequest {
    /// An empty `GroupManageQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `createdAfter`.
    pub fn created_after(mut self, value: i64) -> Self {
        self.created_after = Some(value);
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `groupMemberSamples`.
    pub fn group_member_samples(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_member_samples = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupOwner`.
    pub fn group_owner(mut self, value: impl Into<String>) -> Self {
        self.group_owner = Some(value.into());
        self
    }
    /// Sets `groupTitleKeywords`.
    pub fn group_title_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_title_keywords = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupUrl`.
    pub fn group_url(mut self, value: impl Into<String>) -> Self {
        self.group_url = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `membersOver`.
    pub fn members_over(mut self, value: i64) -> Self {
        self.members_over = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GroupManageQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdAfter", &self.created_after)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupMemberSamples", &self.group_member_samples)?;
        object.optional("groupOwner", &self.group_owner)?;
        object.optional("groupTitleKeywords", &self.group_title_keywords)?;
        object.optional("groupUrl", &self.group_url)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("membersOver", &self.members_over)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupManageQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupManageQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdAfter" => rt::read_field(map, &mut self.created_after),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupMemberSamples" => rt::read_field(map, &mut self.group_member_samples),
            "groupOwner" => rt::read_field(map, &mut self.group_owner),
            "groupTitleKeywords" => rt::read_field(map, &mut self.group_title_keywords),
            "groupUrl" => rt::read_field(map, &mut self.group_url),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "membersOver" => rt::read_field(map, &mut self.members_over),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupManageQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_manage_reduce`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupManageReduceRequest {
    /// `capacityLimit`.
    pub capacity_limit: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `options`.
    pub options: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl GroupManageReduceRequest {
    /// An empty `GroupManageReduceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `capacityLimit`.
    pub fn capacity_limit(mut self, value: i64) -> Self {
        self.capacity_limit = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.options = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
impl rt::serde::Serialize for GroupManageReduceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("capacityLimit", &self.capacity_limit)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("options", &self.options)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupManageReduceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupManageReduceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "capacityLimit" => rt::read_field(map, &mut self.capacity_limit),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "options" => rt::read_field(map, &mut self.options),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupManageReduceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::import_group_chat`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ImportGroupChatRequest {
    /// `adminIds`.
    pub admin_ids: Option<Vec<String>>,
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `importUuid`.
    pub import_uuid: String,
    /// `owner`.
    pub owner: String,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: String,
    /// `userList`.
    pub user_list: rt::BTreeMap<String, UserListValue>,
}
impl ImportGroupChatRequest {
    /// A `ImportGroupChatRequest` with its required fields (`importUuid`, `owner`, `title`, `userList`); set the others with the methods named after them.
    pub fn new(
        import_uuid: impl Into<String>,
        owner: impl Into<String>,
        title: impl Into<String>,
        user_list: impl IntoIterator<Item = (impl Into<String>, UserListValue)>,
    ) -> Self {
        Self {
            admin_ids: None,
            create_at: None,
            icon: None,
            import_uuid: import_uuid.into(),
            owner: owner.into(),
            template_id: None,
            title: title.into(),
            user_list: user_list.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
    /// Sets `adminIds`.
    pub fn admin_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.admin_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `createAt`.
    pub fn create_at(mut self, value: i64) -> Self {
        self.create_at = Some(value);
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ImportGroupChatRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminIds", &self.admin_ids)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("icon", &self.icon)?;
        object.field("importUuid", &self.import_uuid)?;
        object.field("owner", &self.owner)?;
        object.optional("templateId", &self.template_id)?;
        object.field("title", &self.title)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportGroupChatRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportGroupChatRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminIds" => rt::read_field(map, &mut self.admin_ids),
            "createAt" => rt::read_field(map, &mut self.create_at),
            "icon" => rt::read_field(map, &mut self.icon),
            "importUuid" => rt::read_field(map, &mut self.import_uuid),
            "owner" => rt::read_field(map, &mut self.owner),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ImportGroupChatRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::import_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ImportMessageRequest {
    /// `content`.
    pub content: String,
    /// `createTime`.
    pub create_time: i64,
    /// `importUuid`.
    pub import_uuid: String,
    /// `msgReadStatusSetting`.
    pub msg_read_status_setting: Option<bool>,
    /// `msgType`.
    pub msg_type: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `receivers`.
    pub receivers: Option<Vec<String>>,
    /// `senderId`.
    pub sender_id: String,
}
impl ImportMessageRequest {
    /// A `ImportMessageRequest` with its required fields (`content`, `createTime`, `importUuid`, `msgType`, `openConversationId`, `senderId`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        create_time: i64,
        import_uuid: impl Into<String>,
        msg_type: impl Into<String>,
        open_conversation_id: impl Into<String>,
        sender_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            create_time,
            import_uuid: import_uuid.into(),
            msg_read_status_setting: None,
            msg_type: msg_type.into(),
            open_conversation_id: open_conversation_id.into(),
            receivers: None,
            sender_id: sender_id.into(),
        }
    }
    /// Sets `msgReadStatusSetting`.
    pub fn msg_read_status_setting(mut self, value: bool) -> Self {
        self.msg_read_status_setting = Some(value);
        self
    }
    /// Sets `receivers`.
    pub fn receivers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receivers = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for ImportMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("createTime", &self.create_time)?;
        object.field("importUuid", &self.import_uuid)?;
        object.optional("msgReadStatusSetting", &self.msg_read_status_setting)?;
        object.field("msgType", &self.msg_type)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("receivers", &self.receivers)?;
        object.field("senderId", &self.sender_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ImportMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ImportMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "importUuid" => rt::read_field(map, &mut self.import_uuid),
            "msgReadStatusSetting" => {
                rt::read_field(map, &mut self.msg_read_status_setting)
            }
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receivers" => rt::read_field(map, &mut self.receivers),
            "senderId" => rt::read_field(map, &mut self.sender_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ImportMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::install_robot_to_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InstallRobotToOrgRequest {
    /// `brief`.
    pub brief: String,
    /// `description`.
    pub description: String,
    /// `icon`.
    pub icon: String,
    /// `name`.
    pub name: String,
    /// `outgoingToken`.
    pub outgoing_token: String,
    /// `outgoingUrl`.
    pub outgoing_url: String,
    /// `previewMediaId`.
    pub preview_media_id: String,
    /// `robotCode`.
    pub robot_code: String,
}
impl InstallRobotToOrgRequest {
    /// A `InstallRobotToOrgRequest` with its required fields (`brief`, `description`, `icon`, `name`, `outgoingToken`, `outgoingUrl`, `previewMediaId`, `robotCode`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        brief: impl Into<String>,
        description: impl Into<String>,
        icon: impl Into<String>,
        name: impl Into<String>,
        outgoing_token: impl Into<String>,
        outgoing_url: impl Into<String>,
        preview_media_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            brief: brief.into(),
            description: description.into(),
            icon: icon.into(),
            name: name.into(),
            outgoing_token: outgoing_token.into(),
            outgoing_url: outgoing_url.into(),
            preview_media_id: preview_media_id.into(),
            robot_code: robot_code.into(),
        }
    }
}
impl rt::serde::Serialize for InstallRobotToOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("brief", &self.brief)?;
        object.field("description", &self.description)?;
        object.field("icon", &self.icon)?;
        object.field("name", &self.name)?;
        object.field("outgoingToken", &self.outgoing_token)?;
        object.field("outgoingUrl", &self.outgoing_url)?;
        object.field("previewMediaId", &self.preview_media_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallRobotToOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallRobotToOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "outgoingToken" => rt::read_field(map, &mut self.outgoing_token),
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InstallRobotToOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::intelligent_send_card`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IntelligentSendCardRequest {
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `atOpenGroupRoleIds`.
    pub at_open_group_role_ids: Option<Vec<String>>,
    /// `atUnionIds`.
    pub at_union_ids: Option<Vec<String>>,
    /// `atUserIds`.
    pub at_user_ids: Option<Vec<String>>,
    /// `excludeIds`.
    pub exclude_ids: Option<Vec<String>>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `receivers`.
    pub receivers: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl IntelligentSendCardRequest {
    /// An empty `IntelligentSendCardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
        self
    }
    /// Sets `atOpenGroupRoleIds`.
    pub fn at_open_group_role_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_open_group_role_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUnionIds`.
    pub fn at_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `excludeIds`.
    pub fn exclude_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `outTrackId`.
    pub fn out_track_id(mut self, value: impl Into<String>) -> Self {
        self.out_track_id = Some(value.into());
        self
    }
    /// Sets `receivers`.
    pub fn receivers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receivers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for IntelligentSendCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("atOpenGroupRoleIds", &self.at_open_group_role_ids)?;
        object.optional("atUnionIds", &self.at_union_ids)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("excludeIds", &self.exclude_ids)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("outTrackId", &self.out_track_id)?;
        object.optional("receivers", &self.receivers)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IntelligentSendCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IntelligentSendCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAll" => rt::read_field(map, &mut self.at_all),
            "atOpenGroupRoleIds" => rt::read_field(map, &mut self.at_open_group_role_ids),
            "atUnionIds" => rt::read_field(map, &mut self.at_union_ids),
            "atUserIds" => rt::read_field(map, &mut self.at_user_ids),
            "excludeIds" => rt::read_field(map, &mut self.exclude_ids),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "receivers" => rt::read_field(map, &mut self.receivers),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IntelligentSendCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::interactive_card_create_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InteractiveCardCreateInstanceRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `cardData`.
    pub card_data: InteractiveCardCreateInstanceRequestCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `chatBotId`.
    pub chat_bot_id: Option<String>,
    /// `conversationType`.
    pub conversation_type: i64,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `pullStrategy`.
    pub pull_strategy: Option<bool>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl InteractiveCardCreateInstanceRequest {
    /// A `InteractiveCardCreateInstanceRequest` with its required fields (`cardData`, `cardTemplateId`, `conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: InteractiveCardCreateInstanceRequestCardData,
        card_template_id: impl Into<String>,
        conversation_type: i64,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_route_key: None,
            card_data,
            card_template_id: card_template_id.into(),
            chat_bot_id: None,
            conversation_type,
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            pull_strategy: None,
            receiver_user_id_list: None,
            robot_code: None,
            user_id_type: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `chatBotId`.
    pub fn chat_bot_id(mut self, value: impl Into<String>) -> Self {
        self.chat_bot_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: bool) -> Self {
        self.pull_strategy = Some(value);
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
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for InteractiveCardCreateInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("chatBotId", &self.chat_bot_id)?;
        object.field("conversationType", &self.conversation_type)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("receiverUserIdList", &self.receiver_user_id_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InteractiveCardCreateInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InteractiveCardCreateInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackRouteKey" => rt::read_field(map, &mut self.callback_route_key),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "chatBotId" => rt::read_field(map, &mut self.chat_bot_id),
            "conversationType" => rt::read_field(map, &mut self.conversation_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "privateData" => rt::read_field(map, &mut self.private_data),
            "pullStrategy" => rt::read_field(map, &mut self.pull_strategy),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "userIdType" => rt::read_field(map, &mut self.user_id_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InteractiveCardCreateInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_conv_nav_tab`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListConvNavTabRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl ListConvNavTabRequest {
    /// An empty `ListConvNavTabRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListConvNavTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListConvNavTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListConvNavTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_group_templates_by_org_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListGroupTemplatesByOrgIdRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListGroupTemplatesByOrgIdRequest {
    /// A `ListGroupTemplatesByOrgIdRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
        Self {
            page_number,
            page_size: None,
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListGroupTemplatesByOrgIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListGroupTemplatesByOrgIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListGroupTemplatesByOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_scene_groups_by_template_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSceneGroupsByTemplateIdRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListSceneGroupsByTemplateIdRequest {
    /// A `ListSceneGroupsByTemplateIdRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
        Self {
            page_number,
            page_size: None,
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSceneGroupsByTemplateIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSceneGroupsByTemplateIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSceneGroupsByTemplateIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::login_for_visitor`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoginForVisitorRequest {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `channelCode`.
    pub channel_code: Option<String>,
    /// `customAccessToken`.
    pub custom_access_token: Option<String>,
}
impl LoginForVisitorRequest {
    /// An empty `LoginForVisitorRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appUserId`.
    pub fn app_user_id(mut self, value: impl Into<String>) -> Self {
        self.app_user_id = Some(value.into());
        self
    }
    /// Sets `channelCode`.
    pub fn channel_code(mut self, value: impl Into<String>) -> Self {
        self.channel_code = Some(value.into());
        self
    }
    /// Sets `customAccessToken`.
    pub fn custom_access_token(mut self, value: impl Into<String>) -> Self {
        self.custom_access_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for LoginForVisitorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserId", &self.app_user_id)?;
        object.optional("channelCode", &self.channel_code)?;
        object.optional("customAccessToken", &self.custom_access_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoginForVisitorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoginForVisitorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "customAccessToken" => rt::read_field(map, &mut self.custom_access_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LoginForVisitorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::offline_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OfflineUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: Option<String>,
}
impl OfflineUnfurlingRegisterRequest {
    /// A `OfflineUnfurlingRegisterRequest` with its required fields (`appId`, `id`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>, id: i64) -> Self {
        Self {
            app_id: app_id.into(),
            id,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for OfflineUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.field("id", &self.id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OfflineUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OfflineUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "id" => rt::read_field(map, &mut self.id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OfflineUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleAddRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
impl OpenGroupRoleAddRequest {
    /// A `OpenGroupRoleAddRequest` with its required fields (`openConversationId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        role_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            role_name: role_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenGroupRoleAddRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("roleName", &self.role_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleAddRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenGroupRoleAddRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenGroupRoleAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleQueryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl OpenGroupRoleQueryRequest {
    /// A `OpenGroupRoleQueryRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenGroupRoleQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenGroupRoleQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenGroupRoleQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_remove`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleRemoveRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `userId`.
    pub user_id: String,
}
impl OpenGroupRoleRemoveRequest {
    /// A `OpenGroupRoleRemoveRequest` with its required fields (`openConversationId`, `openRoleId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_id: open_role_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenGroupRoleRemoveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleId", &self.open_role_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleRemoveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenGroupRoleRemoveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenGroupRoleRemoveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleUpdateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
impl OpenGroupRoleUpdateRequest {
    /// A `OpenGroupRoleUpdateRequest` with its required fields (`openConversationId`, `openRoleId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_id: impl Into<String>,
        role_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_id: open_role_id.into(),
            role_name: role_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenGroupRoleUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleId", &self.open_role_id)?;
        object.field("roleName", &self.role_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenGroupRoleUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenGroupRoleUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenGroupRoleUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_user_role_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupUserRoleQueryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
    /// `viewedUserId`.
    pub viewed_user_id: String,
}
impl OpenGroupUserRoleQueryRequest {
    /// A `OpenGroupUserRoleQueryRequest` with its required fields (`openConversationId`, `userId`, `viewedUserId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
        viewed_user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
            viewed_user_id: viewed_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenGroupUserRoleQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.field("viewedUserId", &self.viewed_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenGroupUserRoleQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenGroupUserRoleQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "viewedUserId" => rt::read_field(map, &mut self.viewed_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenGroupUserRoleQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_inner_group_transfer_to_dept_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenInnerGroupTransferToDeptGroupRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl OpenInnerGroupTransferToDeptGroupRequest {
    /// A `OpenInnerGroupTransferToDeptGroupRequest` with its required fields (`deptId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(dept_id: i64, open_conversation_id: impl Into<String>) -> Self {
        Self {
            dept_id,
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for OpenInnerGroupTransferToDeptGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenInnerGroupTransferToDeptGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenInnerGroupTransferToDeptGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenInnerGroupTransferToDeptGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_search_group_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenSearchGroupListRequest {
    /// `keyword`.
    pub keyword: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl OpenSearchGroupListRequest {
    /// A `OpenSearchGroupListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            keyword: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for OpenSearchGroupListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyword", &self.keyword)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenSearchGroupListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenSearchGroupListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyword" => rt::read_field(map, &mut self.keyword),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenSearchGroupListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_user_send_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenUserSendCardMessageRequest {
    /// `cardContent`.
    pub card_content: OpenUserSendCardMessageRequestCardContent,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `receiveUserId`.
    pub receive_user_id: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl OpenUserSendCardMessageRequest {
    /// A `OpenUserSendCardMessageRequest` with its required fields (`cardContent`, `userId`); set the others with the methods named after them.
    pub fn new(
        card_content: OpenUserSendCardMessageRequestCardContent,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            card_content,
            open_conversation_id: None,
            receive_user_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `receiveUserId`.
    pub fn receive_user_id(mut self, value: impl Into<String>) -> Self {
        self.receive_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for OpenUserSendCardMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cardContent", &self.card_content)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("receiveUserId", &self.receive_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenUserSendCardMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenUserSendCardMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardContent" => rt::read_field(map, &mut self.card_content),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiveUserId" => rt::read_field(map, &mut self.receive_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenUserSendCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::personal_send_card_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PersonalSendCardMessageRequest {
    /// `atUserIds`.
    pub at_user_ids: Option<Vec<String>>,
    /// `cardContent`.
    pub card_content: Option<PersonalSendCardMessageRequestCardContent>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `receiveUserId`.
    pub receive_user_id: Option<String>,
}
impl PersonalSendCardMessageRequest {
    /// An empty `PersonalSendCardMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `cardContent`.
    pub fn card_content(
        mut self,
        value: PersonalSendCardMessageRequestCardContent,
    ) -> Self {
        self.card_content = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `receiveUserId`.
    pub fn receive_user_id(mut self, value: impl Into<String>) -> Self {
        self.receive_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PersonalSendCardMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("cardContent", &self.card_content)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("receiveUserId", &self.receive_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PersonalSendCardMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PersonalSendCardMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atUserIds" => rt::read_field(map, &mut self.at_user_ids),
            "cardContent" => rt::read_field(map, &mut self.card_content),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiveUserId" => rt::read_field(map, &mut self.receive_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PersonalSendCardMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::put_msg_card_top_by_intelligent`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PutMsgCardTopByIntelligentRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTaskId`.
    pub open_task_id: Option<String>,
}
impl PutMsgCardTopByIntelligentRequest {
    /// An empty `PutMsgCardTopByIntelligentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openTaskId`.
    pub fn open_task_id(mut self, value: impl Into<String>) -> Self {
        self.open_task_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PutMsgCardTopByIntelligentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTaskId", &self.open_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PutMsgCardTopByIntelligentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PutMsgCardTopByIntelligentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTaskId" => rt::read_field(map, &mut self.open_task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PutMsgCardTopByIntelligentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_custom_group_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomGroupRolesRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl QueryCustomGroupRolesRequest {
    /// A `QueryCustomGroupRolesRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryCustomGroupRolesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomGroupRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomGroupRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomGroupRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_custom_group_roles_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomGroupRolesByUserRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
    /// `viewedUserId`.
    pub viewed_user_id: String,
}
impl QueryCustomGroupRolesByUserRequest {
    /// A `QueryCustomGroupRolesByUserRequest` with its required fields (`openConversationId`, `userId`, `viewedUserId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
        viewed_user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
            viewed_user_id: viewed_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryCustomGroupRolesByUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.field("viewedUserId", &self.viewed_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomGroupRolesByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomGroupRolesByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "viewedUserId" => rt::read_field(map, &mut self.viewed_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCustomGroupRolesByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_info_by_app_cids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupInfoByAppCidsRequest {
    /// `appCids`.
    pub app_cids: Option<Vec<String>>,
}
impl QueryGroupInfoByAppCidsRequest {
    /// An empty `QueryGroupInfoByAppCidsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appCids`.
    pub fn app_cids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_cids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryGroupInfoByAppCidsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCids", &self.app_cids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupInfoByAppCidsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupInfoByAppCidsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCids" => rt::read_field(map, &mut self.app_cids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupInfoByAppCidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_info_by_member_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupInfoByMemberAuthRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl QueryGroupInfoByMemberAuthRequest {
    /// A `QueryGroupInfoByMemberAuthRequest` with its required fields (`coolAppCode`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        cool_app_code: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            cool_app_code: cool_app_code.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryGroupInfoByMemberAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("coolAppCode", &self.cool_app_code)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupInfoByMemberAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupInfoByMemberAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupInfoByMemberAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_info_by_open_cids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupInfoByOpenCidsRequest {
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
impl QueryGroupInfoByOpenCidsRequest {
    /// An empty `QueryGroupInfoByOpenCidsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryGroupInfoByOpenCidsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupInfoByOpenCidsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupInfoByOpenCidsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupInfoByOpenCidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
impl QueryGroupMemberRequest {
    /// A `QueryGroupMemberRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::query_group_member_by_app_uids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGroupMemberByAppUidsRequest {
    /// `appUids`.
    pub app_uids: Option<Vec<i64>>,
}
impl QueryGroupMemberByAppUidsRequest {
    /// An empty `QueryGroupMemberByAppUidsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appUids`.
    pub fn app_uids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_uids = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for QueryGroupMemberByAppUidsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUids", &self.app_uids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberByAppUidsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupMemberByAppUidsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUids" => rt::read_field(map, &mut self.app_uids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupMemberByAppUidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member_by_member_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberByMemberAuthRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl QueryGroupMemberByMemberAuthRequest {
    /// A `QueryGroupMemberByMemberAuthRequest` with its required fields (`coolAppCode`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        cool_app_code: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            cool_app_code: cool_app_code.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryGroupMemberByMemberAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("coolAppCode", &self.cool_app_code)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMemberByMemberAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupMemberByMemberAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupMemberByMemberAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_mute_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMuteStatusRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryGroupMuteStatusRequest {
    /// A `QueryGroupMuteStatusRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            permission_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGroupMuteStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGroupMuteStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGroupMuteStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("permissionCode", &self.permission_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_inner_group_member_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryInnerGroupMemberListRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl QueryInnerGroupMemberListRequest {
    /// A `QueryInnerGroupMemberListRequest` with its required fields (`maxResults`, `nextToken`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: i64,
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token,
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryInnerGroupMemberListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInnerGroupMemberListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInnerGroupMemberListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryInnerGroupMemberListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_inner_group_recent_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryInnerGroupRecentListRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryInnerGroupRecentListRequest {
    /// A `QueryInnerGroupRecentListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryInnerGroupRecentListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryInnerGroupRecentListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryInnerGroupRecentListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_members_of_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMembersOfGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
impl QueryMembersOfGroupRoleRequest {
    /// A `QueryMembersOfGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_id: open_role_id.into(),
            timestamp: None,
        }
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: i64) -> Self {
        self.timestamp = Some(value);
        self
    }
}
impl rt::serde::Serialize for QueryMembersOfGroupRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleId", &self.open_role_id)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMembersOfGroupRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMembersOfGroupRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMembersOfGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_message_send_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMessageSendResultRequest {
    /// `openTaskId`.
    pub open_task_id: Option<String>,
}
impl QueryMessageSendResultRequest {
    /// An empty `QueryMessageSendResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openTaskId`.
    pub fn open_task_id(mut self, value: impl Into<String>) -> Self {
        self.open_task_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryMessageSendResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openTaskId", &self.open_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMessageSendResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMessageSendResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openTaskId" => rt::read_field(map, &mut self.open_task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMessageSendResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_msg_read_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMsgReadStatusRequest {
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTaskId`.
    pub open_task_id: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl QueryMsgReadStatusRequest {
    /// An empty `QueryMsgReadStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openTaskId`.
    pub fn open_task_id(mut self, value: impl Into<String>) -> Self {
        self.open_task_id = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
impl rt::serde::Serialize for QueryMsgReadStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cursor", &self.cursor)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTaskId", &self.open_task_id)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMsgReadStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMsgReadStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTaskId" => rt::read_field(map, &mut self.open_task_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMsgReadStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_open_conversation_receive_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `sendUserId`.
    pub send_user_id: Option<String>,
}
impl QueryOpenConversationReceiveUserRequest {
    /// An empty `QueryOpenConversationReceiveUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sendUserId`.
    pub fn send_user_id(mut self, value: impl Into<String>) -> Self {
        self.send_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryOpenConversationReceiveUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("sendUserId", &self.send_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOpenConversationReceiveUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOpenConversationReceiveUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sendUserId" => rt::read_field(map, &mut self.send_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryOpenConversationReceiveUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_open_group_base_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOpenGroupBaseInfoRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl QueryOpenGroupBaseInfoRequest {
    /// An empty `QueryOpenGroupBaseInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryOpenGroupBaseInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOpenGroupBaseInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOpenGroupBaseInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryOpenGroupBaseInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_personal_message_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageId`.
    pub open_message_id: String,
}
impl QueryPersonalMessageReadStatusRequest {
    /// A `QueryPersonalMessageReadStatusRequest` with its required fields (`openConversationId`, `openMessageId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_message_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_message_id: open_message_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryPersonalMessageReadStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openMessageId", &self.open_message_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPersonalMessageReadStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPersonalMessageReadStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMessageId" => rt::read_field(map, &mut self.open_message_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryPersonalMessageReadStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_recent_conversations`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecentConversationsRequest {
    /// `onlyHuman`.
    pub only_human: Option<bool>,
    /// `onlyInnerGroup`.
    pub only_inner_group: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl QueryRecentConversationsRequest {
    /// An empty `QueryRecentConversationsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `onlyHuman`.
    pub fn only_human(mut self, value: bool) -> Self {
        self.only_human = Some(value);
        self
    }
    /// Sets `onlyInnerGroup`.
    pub fn only_inner_group(mut self, value: bool) -> Self {
        self.only_inner_group = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryRecentConversationsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("onlyHuman", &self.only_human)?;
        object.optional("onlyInnerGroup", &self.only_inner_group)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRecentConversationsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRecentConversationsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "onlyHuman" => rt::read_field(map, &mut self.only_human),
            "onlyInnerGroup" => rt::read_field(map, &mut self.only_inner_group),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRecentConversationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_scene_group_template_robot`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySceneGroupTemplateRobotRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: Option<String>,
    /// `robotCode`: a query parameter.
    pub robot_code: Option<String>,
}
impl QuerySceneGroupTemplateRobotRequest {
    /// An empty `QuerySceneGroupTemplateRobotRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySceneGroupTemplateRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySceneGroupTemplateRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySceneGroupTemplateRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::query_single_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySingleGroupRequest {
    /// `groupMembers`.
    pub group_members: Vec<QuerySingleGroupRequestGroupMembers>,
    /// `groupTemplateId`.
    pub group_template_id: String,
}
impl QuerySingleGroupRequest {
    /// A `QuerySingleGroupRequest` with its required fields (`groupMembers`, `groupTemplateId`); set the others with the methods named after them.
    pub fn new(
        group_members: impl IntoIterator<Item = QuerySingleGroupRequestGroupMembers>,
        group_template_id: impl Into<String>,
    ) -> Self {
        Self {
            group_members: group_members.into_iter().collect(),
            group_template_id: group_template_id.into(),
        }
    }
}
impl rt::serde::Serialize for QuerySingleGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupMembers", &self.group_members)?;
        object.field("groupTemplateId", &self.group_template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySingleGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySingleGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupMembers" => rt::read_field(map, &mut self.group_members),
            "groupTemplateId" => rt::read_field(map, &mut self.group_template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySingleGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_un_read_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUnReadMessageRequest {
    /// `appUserId`.
    pub app_user_id: String,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
impl QueryUnReadMessageRequest {
    /// A `QueryUnReadMessageRequest` with its required fields (`appUserId`); set the others with the methods named after them.
    pub fn new(app_user_id: impl Into<String>) -> Self {
        Self {
            app_user_id: app_user_id.into(),
            open_conversation_ids: None,
        }
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryUnReadMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUserId", &self.app_user_id)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUnReadMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUnReadMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserId" => rt::read_field(map, &mut self.app_user_id),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUnReadMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_unfurling_register_creator`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `path`: a query parameter.
    pub path: String,
}
impl QueryUnfurlingRegisterCreatorRequest {
    /// A `QueryUnfurlingRegisterCreatorRequest` with its required fields (`domain`, `path`); set the others with the methods named after them.
    pub fn new(domain: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            domain: domain.into(),
            path: path.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterCreatorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUnfurlingRegisterCreatorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "path" => rt::read_field(map, &mut self.path),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUnfurlingRegisterCreatorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("domain", &self.domain);
        writer.query("path", &self.path);
    }
}
/// The request of [`Api::query_unfurling_register_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterInfoRequest {
    /// `appId`: a query parameter.
    pub app_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl QueryUnfurlingRegisterInfoRequest {
    /// A `QueryUnfurlingRegisterInfoRequest` with its required fields (`appId`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            max_results: None,
            next_token: None,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUnfurlingRegisterInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUnfurlingRegisterInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUnfurlingRegisterInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_user_group_alias_title`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl QueryUserGroupAliasTitleRequest {
    /// A `QueryUserGroupAliasTitleRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryUserGroupAliasTitleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserGroupAliasTitleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserGroupAliasTitleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserGroupAliasTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_group_roles`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserGroupRolesRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `viewedUserId`.
    pub viewed_user_id: Option<String>,
}
impl QueryUserGroupRolesRequest {
    /// An empty `QueryUserGroupRolesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `viewedUserId`.
    pub fn viewed_user_id(mut self, value: impl Into<String>) -> Self {
        self.viewed_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryUserGroupRolesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("viewedUserId", &self.viewed_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserGroupRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserGroupRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "viewedUserId" => rt::read_field(map, &mut self.viewed_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserGroupRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_view_group_last_message_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl QueryUserViewGroupLastMessageTimeRequest {
    /// A `QueryUserViewGroupLastMessageTimeRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for QueryUserViewGroupLastMessageTimeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserViewGroupLastMessageTimeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserViewGroupLastMessageTimeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserViewGroupLastMessageTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::read_personal_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReadPersonalMessageRequest {
    /// `dingOpenConversationMessageIdArray`.
    pub ding_open_conversation_message_id_array: Vec<
        ReadPersonalMessageRequestDingOpenConversationMessageIdArray,
    >,
}
impl ReadPersonalMessageRequest {
    /// A `ReadPersonalMessageRequest` with its required fields (`dingOpenConversationMessageIdArray`); set the others with the methods named after them.
    pub fn new(
        ding_open_conversation_message_id_array: impl IntoIterator<
            Item = ReadPersonalMessageRequestDingOpenConversationMessageIdArray,
        >,
    ) -> Self {
        Self {
            ding_open_conversation_message_id_array: ding_open_conversation_message_id_array
                .into_iter()
                .collect(),
        }
    }
}
impl rt::serde::Serialize for ReadPersonalMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .field(
                "dingOpenConversationMessageIdArray",
                &self.ding_open_conversation_message_id_array,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReadPersonalMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReadPersonalMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingOpenConversationMessageIdArray" => {
                rt::read_field(map, &mut self.ding_open_conversation_message_id_array)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReadPersonalMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::recall_messages`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallMessagesRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openTaskId`.
    pub open_task_id: Option<String>,
}
impl RecallMessagesRequest {
    /// An empty `RecallMessagesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openTaskId`.
    pub fn open_task_id(mut self, value: impl Into<String>) -> Self {
        self.open_task_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RecallMessagesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openTaskId", &self.open_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallMessagesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallMessagesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openTaskId" => rt::read_field(map, &mut self.open_task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallMessagesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::recall_personal_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallPersonalMessageRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `openMessageId`.
    pub open_message_id: Option<String>,
}
impl RecallPersonalMessageRequest {
    /// An empty `RecallPersonalMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `openMessageId`.
    pub fn open_message_id(mut self, value: impl Into<String>) -> Self {
        self.open_message_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RecallPersonalMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("openMessageId", &self.open_message_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallPersonalMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallPersonalMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openMessageId" => rt::read_field(map, &mut self.open_message_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallPersonalMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReleaseUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: String,
}
impl ReleaseUnfurlingRegisterRequest {
    /// A `ReleaseUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>, id: i64, user_id: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            id,
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ReleaseUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.field("id", &self.id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReleaseUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReleaseUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "id" => rt::read_field(map, &mut self.id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReleaseUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveCustomGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `userId`.
    pub user_id: String,
}
impl RemoveCustomGroupRoleRequest {
    /// A `RemoveCustomGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_id: open_role_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for RemoveCustomGroupRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleId", &self.open_role_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveCustomGroupRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveCustomGroupRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_custom_user_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveCustomUserRolesRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleIds`.
    pub open_role_ids: Vec<String>,
    /// `targetUserId`.
    pub target_user_id: String,
    /// `userId`.
    pub user_id: String,
}
impl RemoveCustomUserRolesRequest {
    /// A `RemoveCustomUserRolesRequest` with its required fields (`openConversationId`, `openRoleIds`, `targetUserId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_ids: impl IntoIterator<Item = impl Into<String>>,
        target_user_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_ids: open_role_ids.into_iter().map(Into::into).collect(),
            target_user_id: target_user_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for RemoveCustomUserRolesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleIds", &self.open_role_ids)?;
        object.field("targetUserId", &self.target_user_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveCustomUserRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveCustomUserRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleIds" => rt::read_field(map, &mut self.open_role_ids),
            "targetUserId" => rt::read_field(map, &mut self.target_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveCustomUserRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_robot_from_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveRobotFromConversationRequest {
    /// `chatBotUserId`.
    pub chat_bot_user_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl RemoveRobotFromConversationRequest {
    /// A `RemoveRobotFromConversationRequest` with its required fields (`chatBotUserId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        chat_bot_user_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            chat_bot_user_id: chat_bot_user_id.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for RemoveRobotFromConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("chatBotUserId", &self.chat_bot_user_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveRobotFromConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveRobotFromConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatBotUserId" => rt::read_field(map, &mut self.chat_bot_user_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveRobotFromConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_scene_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveSceneGroupMemberRequest {
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `union_ids`.
    pub union_ids: Option<Vec<String>>,
    /// `user_ids`.
    pub user_ids: Option<Vec<String>>,
}
impl RemoveSceneGroupMemberRequest {
    /// A `RemoveSceneGroupMemberRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            union_ids: None,
            user_ids: None,
        }
    }
    /// Sets `union_ids`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `user_ids`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for RemoveSceneGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("open_conversation_id", &self.open_conversation_id)?;
        object.optional("union_ids", &self.union_ids)?;
        object.optional("user_ids", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveSceneGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveSceneGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            "union_ids" => rt::read_field(map, &mut self.union_ids),
            "user_ids" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveSceneGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_inner_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchInnerGroupsRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `searchKey`.
    pub search_key: String,
    /// `userId`.
    pub user_id: String,
}
impl SearchInnerGroupsRequest {
    /// A `SearchInnerGroupsRequest` with its required fields (`maxResults`, `searchKey`, `userId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        search_key: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            search_key: search_key.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for SearchInnerGroupsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.field("searchKey", &self.search_key)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchInnerGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchInnerGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "searchKey" => rt::read_field(map, &mut self.search_key),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchInnerGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendInteractiveCardRequest {
    /// `atOpenIds`.
    pub at_open_ids: Option<rt::BTreeMap<String, String>>,
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `cardData`.
    pub card_data: SendInteractiveCardRequestCardData,
    /// `cardOptions`.
    pub card_options: Option<SendInteractiveCardRequestCardOptions>,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `chatBotId`.
    pub chat_bot_id: Option<String>,
    /// `conversationType`.
    pub conversation_type: i64,
    /// `digitalWorkerCode`.
    pub digital_worker_code: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `pullStrategy`.
    pub pull_strategy: Option<bool>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl SendInteractiveCardRequest {
    /// A `SendInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: SendInteractiveCardRequestCardData,
        card_template_id: impl Into<String>,
        conversation_type: i64,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            at_open_ids: None,
            callback_route_key: None,
            card_data,
            card_options: None,
            card_template_id: card_template_id.into(),
            chat_bot_id: None,
            conversation_type,
            digital_worker_code: None,
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            pull_strategy: None,
            receiver_user_id_list: None,
            robot_code: None,
            user_id_type: None,
        }
    }
    /// Sets `atOpenIds`.
    pub fn at_open_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_open_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `cardOptions`.
    pub fn card_options(mut self, value: SendInteractiveCardRequestCardOptions) -> Self {
        self.card_options = Some(value);
        self
    }
    /// Sets `chatBotId`.
    pub fn chat_bot_id(mut self, value: impl Into<String>) -> Self {
        self.chat_bot_id = Some(value.into());
        self
    }
    /// Sets `digitalWorkerCode`.
    pub fn digital_worker_code(mut self, value: impl Into<String>) -> Self {
        self.digital_worker_code = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: bool) -> Self {
        self.pull_strategy = Some(value);
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
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atOpenIds", &self.at_open_ids)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.field("cardData", &self.card_data)?;
        object.optional("cardOptions", &self.card_options)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("chatBotId", &self.chat_bot_id)?;
        object.field("conversationType", &self.conversation_type)?;
        object.optional("digitalWorkerCode", &self.digital_worker_code)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("receiverUserIdList", &self.receiver_user_id_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atOpenIds" => rt::read_field(map, &mut self.at_open_ids),
            "callbackRouteKey" => rt::read_field(map, &mut self.callback_route_key),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardOptions" => rt::read_field(map, &mut self.card_options),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "chatBotId" => rt::read_field(map, &mut self.chat_bot_id),
            "conversationType" => rt::read_field(map, &mut self.conversation_type),
            "digitalWorkerCode" => rt::read_field(map, &mut self.digital_worker_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "privateData" => rt::read_field(map, &mut self.private_data),
            "pullStrategy" => rt::read_field(map, &mut self.pull_strategy),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "userIdType" => rt::read_field(map, &mut self.user_id_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_oto_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendOTOInteractiveCardRequest {
    /// `atOpenIds`.
    pub at_open_ids: Option<rt::BTreeMap<String, String>>,
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `cardData`.
    pub card_data: SendOTOInteractiveCardRequestCardData,
    /// `cardOptions`.
    pub card_options: Option<SendOTOInteractiveCardRequestCardOptions>,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `pullStrategy`.
    pub pull_strategy: Option<bool>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl SendOTOInteractiveCardRequest {
    /// A `SendOTOInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: SendOTOInteractiveCardRequestCardData,
        card_template_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            at_open_ids: None,
            callback_route_key: None,
            card_data,
            card_options: None,
            card_template_id: card_template_id.into(),
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            pull_strategy: None,
            receiver_user_id_list: None,
            robot_code: None,
            user_id_type: None,
        }
    }
    /// Sets `atOpenIds`.
    pub fn at_open_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_open_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `cardOptions`.
    pub fn card_options(
        mut self,
        value: SendOTOInteractiveCardRequestCardOptions,
    ) -> Self {
        self.card_options = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: bool) -> Self {
        self.pull_strategy = Some(value);
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
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for SendOTOInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atOpenIds", &self.at_open_ids)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.field("cardData", &self.card_data)?;
        object.optional("cardOptions", &self.card_options)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("receiverUserIdList", &self.receiver_user_id_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendOTOInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendOTOInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atOpenIds" => rt::read_field(map, &mut self.at_open_ids),
            "callbackRouteKey" => rt::read_field(map, &mut self.callback_route_key),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardOptions" => rt::read_field(map, &mut self.card_options),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "privateData" => rt::read_field(map, &mut self.private_data),
            "pullStrategy" => rt::read_field(map, &mut self.pull_strategy),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "userIdType" => rt::read_field(map, &mut self.user_id_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendOTOInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_personal_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendPersonalMessageRequest {
    /// `content`.
    pub content: String,
    /// `msgType`.
    pub msg_type: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `receiverUserId`.
    pub receiver_user_id: Option<String>,
}
impl SendPersonalMessageRequest {
    /// A `SendPersonalMessageRequest` with its required fields (`content`, `msgType`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, msg_type: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            msg_type: msg_type.into(),
            open_conversation_id: None,
            receiver_user_id: None,
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `receiverUserId`.
    pub fn receiver_user_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendPersonalMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("msgType", &self.msg_type)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("receiverUserId", &self.receiver_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendPersonalMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendPersonalMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendPersonalMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendRobotInteractiveCardRequest {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardData`.
    pub card_data: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `pullStrategy`.
    pub pull_strategy: Option<bool>,
    /// `robotCode`.
    pub robot_code: String,
    /// `sendOptions`.
    pub send_options: Option<SendRobotInteractiveCardRequestSendOptions>,
    /// `singleChatReceiver`.
    pub single_chat_receiver: Option<String>,
    /// `unionIdPrivateDataMap`.
    pub union_id_private_data_map: Option<String>,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<String>,
}
impl SendRobotInteractiveCardRequest {
    /// A `SendRobotInteractiveCardRequest` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        card_biz_id: impl Into<String>,
        card_data: impl Into<String>,
        card_template_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            callback_url: None,
            card_biz_id: card_biz_id.into(),
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            open_conversation_id: None,
            pull_strategy: None,
            robot_code: robot_code.into(),
            send_options: None,
            single_chat_receiver: None,
            union_id_private_data_map: None,
            user_id_private_data_map: None,
        }
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: bool) -> Self {
        self.pull_strategy = Some(value);
        self
    }
    /// Sets `sendOptions`.
    pub fn send_options(
        mut self,
        value: SendRobotInteractiveCardRequestSendOptions,
    ) -> Self {
        self.send_options = Some(value);
        self
    }
    /// Sets `singleChatReceiver`.
    pub fn single_chat_receiver(mut self, value: impl Into<String>) -> Self {
        self.single_chat_receiver = Some(value.into());
        self
    }
    /// Sets `unionIdPrivateDataMap`.
    pub fn union_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.union_id_private_data_map = Some(value.into());
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.user_id_private_data_map = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendRobotInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.field("robotCode", &self.robot_code)?;
        object.optional("sendOptions", &self.send_options)?;
        object.optional("singleChatReceiver", &self.single_chat_receiver)?;
        object.optional("unionIdPrivateDataMap", &self.union_id_private_data_map)?;
        object.optional("userIdPrivateDataMap", &self.user_id_private_data_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRobotInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRobotInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "pullStrategy" => rt::read_field(map, &mut self.pull_strategy),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "sendOptions" => rt::read_field(map, &mut self.send_options),
            "singleChatReceiver" => rt::read_field(map, &mut self.single_chat_receiver),
            "unionIdPrivateDataMap" => {
                rt::read_field(map, &mut self.union_id_private_data_map)
            }
            "userIdPrivateDataMap" => {
                rt::read_field(map, &mut self.user_id_private_data_map)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendRobotInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendRobotMessageRequest {
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `atAppUserId`.
    pub at_app_user_id: Option<String>,
    /// `atDingUserId`.
    pub at_ding_user_id: Option<String>,
    /// `msgContent`.
    pub msg_content: String,
    /// `msgType`.
    pub msg_type: String,
    /// `openConversationIds`.
    pub open_conversation_ids: Vec<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl SendRobotMessageRequest {
    /// A `SendRobotMessageRequest` with its required fields (`msgContent`, `msgType`, `openConversationIds`); set the others with the methods named after them.
    pub fn new(
        msg_content: impl Into<String>,
        msg_type: impl Into<String>,
        open_conversation_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            at_all: None,
            at_app_user_id: None,
            at_ding_user_id: None,
            msg_content: msg_content.into(),
            msg_type: msg_type.into(),
            open_conversation_ids: open_conversation_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            robot_code: None,
        }
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
        self
    }
    /// Sets `atAppUserId`.
    pub fn at_app_user_id(mut self, value: impl Into<String>) -> Self {
        self.at_app_user_id = Some(value.into());
        self
    }
    /// Sets `atDingUserId`.
    pub fn at_ding_user_id(mut self, value: impl Into<String>) -> Self {
        self.at_ding_user_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendRobotMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("atAppUserId", &self.at_app_user_id)?;
        object.optional("atDingUserId", &self.at_ding_user_id)?;
        object.field("msgContent", &self.msg_content)?;
        object.field("msgType", &self.msg_type)?;
        object.field("openConversationIds", &self.open_conversation_ids)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRobotMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRobotMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAll" => rt::read_field(map, &mut self.at_all),
            "atAppUserId" => rt::read_field(map, &mut self.at_app_user_id),
            "atDingUserId" => rt::read_field(map, &mut self.at_ding_user_id),
            "msgContent" => rt::read_field(map, &mut self.msg_content),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_template_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendTemplateInteractiveCardRequest {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
    /// `cardData`.
    pub card_data: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `robotCode`.
    pub robot_code: String,
    /// `sendOptions`.
    pub send_options: Option<SendTemplateInteractiveCardRequestSendOptions>,
    /// `singleChatReceiver`.
    pub single_chat_receiver: Option<String>,
}
impl SendTemplateInteractiveCardRequest {
    /// A `SendTemplateInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`, `robotCode`); set the others with the methods named after them.
    pub fn new(
        card_data: impl Into<String>,
        card_template_id: impl Into<String>,
        out_track_id: impl Into<String>,
        robot_code: impl Into<String>,
    ) -> Self {
        Self {
            callback_url: None,
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            robot_code: robot_code.into(),
            send_options: None,
            single_chat_receiver: None,
        }
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sendOptions`.
    pub fn send_options(
        mut self,
        value: SendTemplateInteractiveCardRequestSendOptions,
    ) -> Self {
        self.send_options = Some(value);
        self
    }
    /// Sets `singleChatReceiver`.
    pub fn single_chat_receiver(mut self, value: impl Into<String>) -> Self {
        self.single_chat_receiver = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendTemplateInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackUrl", &self.callback_url)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.optional("sendOptions", &self.send_options)?;
        object.optional("singleChatReceiver", &self.single_chat_receiver)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendTemplateInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendTemplateInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "sendOptions" => rt::read_field(map, &mut self.send_options),
            "singleChatReceiver" => rt::read_field(map, &mut self.single_chat_receiver),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendTemplateInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_right_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetRightPanelRequest {
    /// `forceExpand`.
    pub force_expand: Option<bool>,
    /// `isQtWnd`.
    pub is_qt_wnd: Option<bool>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `rightPanelClosePermitted`.
    pub right_panel_close_permitted: bool,
    /// `rightPanelOpenStatus`.
    pub right_panel_open_status: i64,
    /// `title`.
    pub title: String,
    /// `webWndParams`.
    pub web_wnd_params: SetRightPanelRequestWebWndParams,
    /// `width`.
    pub width: i64,
}
impl SetRightPanelRequest {
    /// A `SetRightPanelRequest` with its required fields (`openConversationId`, `rightPanelClosePermitted`, `rightPanelOpenStatus`, `title`, `webWndParams`, `width`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        right_panel_close_permitted: bool,
        right_panel_open_status: i64,
        title: impl Into<String>,
        web_wnd_params: SetRightPanelRequestWebWndParams,
        width: i64,
    ) -> Self {
        Self {
            force_expand: None,
            is_qt_wnd: None,
            open_conversation_id: open_conversation_id.into(),
            right_panel_close_permitted,
            right_panel_open_status,
            title: title.into(),
            web_wnd_params,
            width,
        }
    }
    /// Sets `forceExpand`.
    pub fn force_expand(mut self, value: bool) -> Self {
        self.force_expand = Some(value);
        self
    }
    /// Sets `isQtWnd`.
    pub fn is_qt_wnd(mut self, value: bool) -> Self {
        self.is_qt_wnd = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetRightPanelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("forceExpand", &self.force_expand)?;
        object.optional("isQtWnd", &self.is_qt_wnd)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("rightPanelClosePermitted", &self.right_panel_close_permitted)?;
        object.field("rightPanelOpenStatus", &self.right_panel_open_status)?;
        object.field("title", &self.title)?;
        object.field("webWndParams", &self.web_wnd_params)?;
        object.field("width", &self.width)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRightPanelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRightPanelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "forceExpand" => rt::read_field(map, &mut self.force_expand),
            "isQtWnd" => rt::read_field(map, &mut self.is_qt_wnd),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "rightPanelClosePermitted" => {
                rt::read_field(map, &mut self.right_panel_close_permitted)
            }
            "rightPanelOpenStatus" => {
                rt::read_field(map, &mut self.right_panel_open_status)
            }
            "title" => rt::read_field(map, &mut self.title),
            "webWndParams" => rt::read_field(map, &mut self.web_wnd_params),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetRightPanelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sort_conv_nav_tab`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SortConvNavTabRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `sortedIds`.
    pub sorted_ids: Option<Vec<String>>,
}
impl SortConvNavTabRequest {
    /// An empty `SortConvNavTabRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sortedIds`.
    pub fn sorted_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.sorted_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for SortConvNavTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("sortedIds", &self.sorted_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SortConvNavTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SortConvNavTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sortedIds" => rt::read_field(map, &mut self.sorted_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SortConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::super_admin_apply_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SuperAdminApplyTemplateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `templateId`.
    pub template_id: String,
}
impl SuperAdminApplyTemplateRequest {
    /// A `SuperAdminApplyTemplateRequest` with its required fields (`openConversationId`, `ownerUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        owner_user_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            owner_user_id: owner_user_id.into(),
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for SuperAdminApplyTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("ownerUserId", &self.owner_user_id)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SuperAdminApplyTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SuperAdminApplyTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SuperAdminApplyTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::super_admin_close_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SuperAdminCloseTemplateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `templateId`.
    pub template_id: String,
}
impl SuperAdminCloseTemplateRequest {
    /// A `SuperAdminCloseTemplateRequest` with its required fields (`openConversationId`, `ownerUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        owner_user_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            owner_user_id: owner_user_id.into(),
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for SuperAdminCloseTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("ownerUserId", &self.owner_user_id)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SuperAdminCloseTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SuperAdminCloseTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SuperAdminCloseTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topbox_close`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TopboxCloseRequest {
    /// `conversationType`.
    pub conversation_type: Option<i64>,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl TopboxCloseRequest {
    /// A `TopboxCloseRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            conversation_type: None,
            cool_app_code: None,
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            receiver_user_id_list: None,
            robot_code: None,
        }
    }
    /// Sets `conversationType`.
    pub fn conversation_type(mut self, value: i64) -> Self {
        self.conversation_type = Some(value);
        self
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
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
}
impl rt::serde::Serialize for TopboxCloseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationType", &self.conversation_type)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("receiverUserIdList", &self.receiver_user_id_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TopboxCloseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TopboxCloseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationType" => rt::read_field(map, &mut self.conversation_type),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TopboxCloseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topbox_open`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TopboxOpenRequest {
    /// `conversationType`.
    pub conversation_type: Option<i64>,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `expiredTime`.
    pub expired_time: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `platforms`.
    pub platforms: Option<String>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl TopboxOpenRequest {
    /// A `TopboxOpenRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            conversation_type: None,
            cool_app_code: None,
            expired_time: None,
            open_conversation_id: None,
            out_track_id: out_track_id.into(),
            platforms: None,
            receiver_user_id_list: None,
            robot_code: None,
        }
    }
    /// Sets `conversationType`.
    pub fn conversation_type(mut self, value: i64) -> Self {
        self.conversation_type = Some(value);
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
}
impl rt::serde::Serialize for TopboxOpenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationType", &self.conversation_type)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("expiredTime", &self.expired_time)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("platforms", &self.platforms)?;
        object.optional("receiverUserIdList", &self.receiver_user_id_list)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TopboxOpenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TopboxOpenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationType" => rt::read_field(map, &mut self.conversation_type),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "expiredTime" => rt::read_field(map, &mut self.expired_time),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "platforms" => rt::read_field(map, &mut self.platforms),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TopboxOpenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_client_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateClientServiceRequest {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `resetAvatar`.
    pub reset_avatar: Option<bool>,
    /// `resetUserName`.
    pub reset_user_name: Option<bool>,
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
impl UpdateClientServiceRequest {
    /// A `UpdateClientServiceRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            avatar_url: None,
            reset_avatar: None,
            reset_user_name: None,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
            user_name: None,
        }
    }
    /// Sets `avatarUrl`.
    pub fn avatar_url(mut self, value: impl Into<String>) -> Self {
        self.avatar_url = Some(value.into());
        self
    }
    /// Sets `resetAvatar`.
    pub fn reset_avatar(mut self, value: bool) -> Self {
        self.reset_avatar = Some(value);
        self
    }
    /// Sets `resetUserName`.
    pub fn reset_user_name(mut self, value: bool) -> Self {
        self.reset_user_name = Some(value);
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateClientServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("resetAvatar", &self.reset_avatar)?;
        object.optional("resetUserName", &self.reset_user_name)?;
        object.field("userIds", &self.user_ids)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateClientServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateClientServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "resetAvatar" => rt::read_field(map, &mut self.reset_avatar),
            "resetUserName" => rt::read_field(map, &mut self.reset_user_name),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateClientServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_conv_nav_tab`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateConvNavTabRequest {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `tabId`.
    pub tab_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userEditable`.
    pub user_editable: Option<bool>,
}
impl UpdateConvNavTabRequest {
    /// An empty `UpdateConvNavTabRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `tabId`.
    pub fn tab_id(mut self, value: impl Into<String>) -> Self {
        self.tab_id = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `userEditable`.
    pub fn user_editable(mut self, value: bool) -> Self {
        self.user_editable = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateConvNavTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("tabId", &self.tab_id)?;
        object.optional("title", &self.title)?;
        object.optional("userEditable", &self.user_editable)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateConvNavTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateConvNavTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "tabId" => rt::read_field(map, &mut self.tab_id),
            "title" => rt::read_field(map, &mut self.title),
            "userEditable" => rt::read_field(map, &mut self.user_editable),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateCustomGroupRoleRequest {
    /// A `UpdateCustomGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        open_role_id: impl Into<String>,
        role_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_id: open_role_id.into(),
            role_name: role_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateCustomGroupRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("openRoleId", &self.open_role_id)?;
        object.field("roleName", &self.role_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomGroupRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomGroupRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupRequest {
    /// `add_extidlist`.
    pub add_extidlist: Option<Vec<String>>,
    /// `add_useridlist`.
    pub add_useridlist: Option<Vec<String>>,
    /// `chatid`.
    pub chatid: String,
    /// `del_extidlist`.
    pub del_extidlist: Option<Vec<String>>,
    /// `del_useridlist`.
    pub del_useridlist: Option<Vec<String>>,
    /// `icon`.
    pub icon: Option<String>,
    /// `managementOptions`.
    pub management_options: Option<UpdateGroupRequestManagementOptions>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `ownerType`.
    pub owner_type: Option<String>,
}
impl UpdateGroupRequest {
    /// A `UpdateGroupRequest` with its required fields (`chatid`); set the others with the methods named after them.
    pub fn new(chatid: impl Into<String>) -> Self {
        Self {
            add_extidlist: None,
            add_useridlist: None,
            chatid: chatid.into(),
            del_extidlist: None,
            del_useridlist: None,
            icon: None,
            management_options: None,
            name: None,
            owner: None,
            owner_type: None,
        }
    }
    /// Sets `add_extidlist`.
    pub fn add_extidlist(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_extidlist = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `add_useridlist`.
    pub fn add_useridlist(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_useridlist = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `del_extidlist`.
    pub fn del_extidlist(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_extidlist = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `del_useridlist`.
    pub fn del_useridlist(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_useridlist = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `managementOptions`.
    pub fn management_options(
        mut self,
        value: UpdateGroupRequestManagementOptions,
    ) -> Self {
        self.management_options = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `ownerType`.
    pub fn owner_type(mut self, value: impl Into<String>) -> Self {
        self.owner_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("add_extidlist", &self.add_extidlist)?;
        object.optional("add_useridlist", &self.add_useridlist)?;
        object.field("chatid", &self.chatid)?;
        object.optional("del_extidlist", &self.del_extidlist)?;
        object.optional("del_useridlist", &self.del_useridlist)?;
        object.optional("icon", &self.icon)?;
        object.optional("managementOptions", &self.management_options)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("ownerType", &self.owner_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "add_extidlist" => rt::read_field(map, &mut self.add_extidlist),
            "add_useridlist" => rt::read_field(map, &mut self.add_useridlist),
            "chatid" => rt::read_field(map, &mut self.chatid),
            "del_extidlist" => rt::read_field(map, &mut self.del_extidlist),
            "del_useridlist" => rt::read_field(map, &mut self.del_useridlist),
            "icon" => rt::read_field(map, &mut self.icon),
            "managementOptions" => rt::read_field(map, &mut self.management_options),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerType" => rt::read_field(map, &mut self.owner_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_avatar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupAvatarRequest {
    /// `groupAvatar`.
    pub group_avatar: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl UpdateGroupAvatarRequest {
    /// A `UpdateGroupAvatarRequest` with its required fields (`groupAvatar`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        group_avatar: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            group_avatar: group_avatar.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateGroupAvatarRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupAvatar", &self.group_avatar)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupAvatarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupAvatarRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupAvatar" => rt::read_field(map, &mut self.group_avatar),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupAvatarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupNameRequest {
    /// `groupName`.
    pub group_name: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl UpdateGroupNameRequest {
    /// A `UpdateGroupNameRequest` with its required fields (`groupName`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateGroupNameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupName", &self.group_name)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupNameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateGroupPermissionRequest {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `permissionGroup`.
    pub permission_group: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl UpdateGroupPermissionRequest {
    /// An empty `UpdateGroupPermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `permissionGroup`.
    pub fn permission_group(mut self, value: impl Into<String>) -> Self {
        self.permission_group = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("permissionGroup", &self.permission_group)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "permissionGroup" => rt::read_field(map, &mut self.permission_group),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_sub_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupSubAdminRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `role`.
    pub role: i64,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl UpdateGroupSubAdminRequest {
    /// A `UpdateGroupSubAdminRequest` with its required fields (`openConversationId`, `role`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>, role: i64) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            role,
            union_ids: None,
            user_ids: None,
        }
    }
    /// Sets `unionIds`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupSubAdminRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("role", &self.role)?;
        object.optional("unionIds", &self.union_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupSubAdminRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupSubAdminRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "role" => rt::read_field(map, &mut self.role),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupSubAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_interactive_card`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInteractiveCardRequest {
    /// `cardData`.
    pub card_data: Option<UpdateInteractiveCardRequestCardData>,
    /// `cardOptions`.
    pub card_options: Option<UpdateInteractiveCardRequestCardOptions>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl UpdateInteractiveCardRequest {
    /// An empty `UpdateInteractiveCardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: UpdateInteractiveCardRequestCardData) -> Self {
        self.card_data = Some(value);
        self
    }
    /// Sets `cardOptions`.
    pub fn card_options(
        mut self,
        value: UpdateInteractiveCardRequestCardOptions,
    ) -> Self {
        self.card_options = Some(value);
        self
    }
    /// Sets `outTrackId`.
    pub fn out_track_id(mut self, value: impl Into<String>) -> Self {
        self.out_track_id = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("cardOptions", &self.card_options)?;
        object.optional("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardOptions" => rt::read_field(map, &mut self.card_options),
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "privateData" => rt::read_field(map, &mut self.private_data),
            "userIdType" => rt::read_field(map, &mut self.user_id_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_ban_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMemberBanWordsRequest {
    /// `muteDuration`.
    pub mute_duration: i64,
    /// `muteStatus`.
    pub mute_status: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl UpdateMemberBanWordsRequest {
    /// A `UpdateMemberBanWordsRequest` with its required fields (`muteDuration`, `muteStatus`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        mute_duration: i64,
        mute_status: i64,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            mute_duration,
            mute_status,
            open_conversation_id: open_conversation_id.into(),
            union_ids: None,
            user_id_list: None,
        }
    }
    /// Sets `unionIds`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateMemberBanWordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("muteDuration", &self.mute_duration)?;
        object.field("muteStatus", &self.mute_status)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("unionIds", &self.union_ids)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMemberBanWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMemberBanWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "muteDuration" => rt::read_field(map, &mut self.mute_duration),
            "muteStatus" => rt::read_field(map, &mut self.mute_status),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMemberBanWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_group_nick`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMemberGroupNickRequest {
    /// `groupNick`.
    pub group_nick: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateMemberGroupNickRequest {
    /// A `UpdateMemberGroupNickRequest` with its required fields (`groupNick`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        group_nick: impl Into<String>,
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            group_nick: group_nick.into(),
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateMemberGroupNickRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupNick", &self.group_nick)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMemberGroupNickRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMemberGroupNickRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupNick" => rt::read_field(map, &mut self.group_nick),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMemberGroupNickRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_robot_in_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRobotInOrgRequest {
    /// `brief`.
    pub brief: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `outgoingToken`.
    pub outgoing_token: Option<String>,
    /// `outgoingUrl`.
    pub outgoing_url: Option<String>,
    /// `previewMediaId`.
    pub preview_media_id: Option<String>,
    /// `robotCode`.
    pub robot_code: String,
}
impl UpdateRobotInOrgRequest {
    /// A `UpdateRobotInOrgRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>) -> Self {
        Self {
            brief: None,
            description: None,
            icon: None,
            name: None,
            outgoing_token: None,
            outgoing_url: None,
            preview_media_id: None,
            robot_code: robot_code.into(),
        }
    }
    /// Sets `brief`.
    pub fn brief(mut self, value: impl Into<String>) -> Self {
        self.brief = Some(value.into());
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
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `outgoingToken`.
    pub fn outgoing_token(mut self, value: impl Into<String>) -> Self {
        self.outgoing_token = Some(value.into());
        self
    }
    /// Sets `outgoingUrl`.
    pub fn outgoing_url(mut self, value: impl Into<String>) -> Self {
        self.outgoing_url = Some(value.into());
        self
    }
    /// Sets `previewMediaId`.
    pub fn preview_media_id(mut self, value: impl Into<String>) -> Self {
        self.preview_media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRobotInOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brief", &self.brief)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("outgoingToken", &self.outgoing_token)?;
        object.optional("outgoingUrl", &self.outgoing_url)?;
        object.optional("previewMediaId", &self.preview_media_id)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRobotInOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRobotInOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "outgoingToken" => rt::read_field(map, &mut self.outgoing_token),
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRobotInOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_robot_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRobotInteractiveCardRequest {
    /// `cardBizId`.
    pub card_biz_id: String,
    /// `cardData`.
    pub card_data: Option<String>,
    /// `unionIdPrivateDataMap`.
    pub union_id_private_data_map: Option<String>,
    /// `updateOptions`.
    pub update_options: Option<UpdateRobotInteractiveCardRequestUpdateOptions>,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<String>,
}
impl UpdateRobotInteractiveCardRequest {
    /// A `UpdateRobotInteractiveCardRequest` with its required fields (`cardBizId`); set the others with the methods named after them.
    pub fn new(card_biz_id: impl Into<String>) -> Self {
        Self {
            card_biz_id: card_biz_id.into(),
            card_data: None,
            union_id_private_data_map: None,
            update_options: None,
            user_id_private_data_map: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: impl Into<String>) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `unionIdPrivateDataMap`.
    pub fn union_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.union_id_private_data_map = Some(value.into());
        self
    }
    /// Sets `updateOptions`.
    pub fn update_options(
        mut self,
        value: UpdateRobotInteractiveCardRequestUpdateOptions,
    ) -> Self {
        self.update_options = Some(value);
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(mut self, value: impl Into<String>) -> Self {
        self.user_id_private_data_map = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRobotInteractiveCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cardBizId", &self.card_biz_id)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("unionIdPrivateDataMap", &self.union_id_private_data_map)?;
        object.optional("updateOptions", &self.update_options)?;
        object.optional("userIdPrivateDataMap", &self.user_id_private_data_map)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRobotInteractiveCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRobotInteractiveCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardBizId" => rt::read_field(map, &mut self.card_biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "unionIdPrivateDataMap" => {
                rt::read_field(map, &mut self.union_id_private_data_map)
            }
            "updateOptions" => rt::read_field(map, &mut self.update_options),
            "userIdPrivateDataMap" => {
                rt::read_field(map, &mut self.user_id_private_data_map)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRobotInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSceneGroupRequest {
    /// `icon`.
    pub icon: Option<String>,
    /// `management_options`.
    pub management_options: Option<UpdateSceneGroupRequestManagementOptions>,
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `owner_union_id`.
    pub owner_union_id: Option<String>,
    /// `owner_user_id`.
    pub owner_user_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl UpdateSceneGroupRequest {
    /// A `UpdateSceneGroupRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            icon: None,
            management_options: None,
            open_conversation_id: open_conversation_id.into(),
            owner_union_id: None,
            owner_user_id: None,
            title: None,
        }
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `management_options`.
    pub fn management_options(
        mut self,
        value: UpdateSceneGroupRequestManagementOptions,
    ) -> Self {
        self.management_options = Some(value);
        self
    }
    /// Sets `owner_union_id`.
    pub fn owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.owner_union_id = Some(value.into());
        self
    }
    /// Sets `owner_user_id`.
    pub fn owner_user_id(mut self, value: impl Into<String>) -> Self {
        self.owner_user_id = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateSceneGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("management_options", &self.management_options)?;
        object.field("open_conversation_id", &self.open_conversation_id)?;
        object.optional("owner_union_id", &self.owner_union_id)?;
        object.optional("owner_user_id", &self.owner_user_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSceneGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSceneGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "management_options" => rt::read_field(map, &mut self.management_options),
            "open_conversation_id" => rt::read_field(map, &mut self.open_conversation_id),
            "owner_union_id" => rt::read_field(map, &mut self.owner_union_id),
            "owner_user_id" => rt::read_field(map, &mut self.owner_user_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_scene_group_template_message_open_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSceneGroupTemplateMessageOpenStatusRequest {
    /// `status`.
    pub status: i64,
    /// `templateIdList`.
    pub template_id_list: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
impl UpdateSceneGroupTemplateMessageOpenStatusRequest {
    /// A `UpdateSceneGroupTemplateMessageOpenStatusRequest` with its required fields (`status`, `templateIdList`, `userId`); set the others with the methods named after them.
    pub fn new(
        status: i64,
        template_id_list: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            status,
            template_id_list: template_id_list.into_iter().map(Into::into).collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateSceneGroupTemplateMessageOpenStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("status", &self.status)?;
        object.field("templateIdList", &self.template_id_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateSceneGroupTemplateMessageOpenStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSceneGroupTemplateMessageOpenStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "templateIdList" => rt::read_field(map, &mut self.template_id_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSceneGroupTemplateMessageOpenStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_the_group_roles_of_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateTheGroupRolesOfGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleIds`.
    pub open_role_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
impl UpdateTheGroupRolesOfGroupMemberRequest {
    /// A `UpdateTheGroupRolesOfGroupMemberRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            open_role_ids: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `openRoleIds`.
    pub fn open_role_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_role_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateTheGroupRolesOfGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("openRoleIds", &self.open_role_ids)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTheGroupRolesOfGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTheGroupRolesOfGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "openRoleIds" => rt::read_field(map, &mut self.open_role_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTheGroupRolesOfGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateUnfurlingRegisterRequest {
    /// `apiSecret`.
    pub api_secret: String,
    /// `appId`.
    pub app_id: String,
    /// `callbackType`.
    pub callback_type: Option<i64>,
    /// `callbackUrl`.
    pub callback_url: String,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `domain`.
    pub domain: String,
    /// `id`.
    pub id: i64,
    /// `path`.
    pub path: String,
    /// `ruleDesc`.
    pub rule_desc: Option<String>,
    /// `ruleMatchType`.
    pub rule_match_type: i64,
    /// `userId`.
    pub user_id: String,
}
impl UpdateUnfurlingRegisterRequest {
    /// A `UpdateUnfurlingRegisterRequest` with its required fields (`apiSecret`, `appId`, `callbackUrl`, `cardTemplateId`, `domain`, `id`, `path`, `ruleMatchType`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        api_secret: impl Into<String>,
        app_id: impl Into<String>,
        callback_url: impl Into<String>,
        card_template_id: impl Into<String>,
        domain: impl Into<String>,
        id: i64,
        path: impl Into<String>,
        rule_match_type: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            api_secret: api_secret.into(),
            app_id: app_id.into(),
            callback_type: None,
            callback_url: callback_url.into(),
            card_template_id: card_template_id.into(),
            domain: domain.into(),
            id,
            path: path.into(),
            rule_desc: None,
            rule_match_type,
            user_id: user_id.into(),
        }
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: i64) -> Self {
        self.callback_type = Some(value);
        self
    }
    /// Sets `ruleDesc`.
    pub fn rule_desc(mut self, value: impl Into<String>) -> Self {
        self.rule_desc = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateUnfurlingRegisterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("apiSecret", &self.api_secret)?;
        object.field("appId", &self.app_id)?;
        object.optional("callbackType", &self.callback_type)?;
        object.field("callbackUrl", &self.callback_url)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.field("domain", &self.domain)?;
        object.field("id", &self.id)?;
        object.field("path", &self.path)?;
        object.optional("ruleDesc", &self.rule_desc)?;
        object.field("ruleMatchType", &self.rule_match_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateUnfurlingRegisterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateUnfurlingRegisterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => rt::read_field(map, &mut self.api_secret),
            "appId" => rt::read_field(map, &mut self.app_id),
            "callbackType" => rt::read_field(map, &mut self.callback_type),
            "callbackUrl" => rt::read_field(map, &mut self.callback_url),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "domain" => rt::read_field(map, &mut self.domain),
            "id" => rt::read_field(map, &mut self.id),
            "path" => rt::read_field(map, &mut self.path),
            "ruleDesc" => rt::read_field(map, &mut self.rule_desc),
            "ruleMatchType" => rt::read_field(map, &mut self.rule_match_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_unfurling_register_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateUnfurlingRegisterStatusRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `status`.
    pub status: i64,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateUnfurlingRegisterStatusRequest {
    /// A `UpdateUnfurlingRegisterStatusRequest` with its required fields (`appId`, `id`, `status`); set the others with the methods named after them.
    pub fn new(app_id: impl Into<String>, id: i64, status: i64) -> Self {
        Self {
            app_id: app_id.into(),
            id,
            status,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateUnfurlingRegisterStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.field("id", &self.id)?;
        object.field("status", &self.status)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateUnfurlingRegisterStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateUnfurlingRegisterStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "id" => rt::read_field(map, &mut self.id),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateUnfurlingRegisterStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_user_group_alias_title`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateUserGroupAliasTitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateUserGroupAliasTitleRequest {
    /// A `UpdateUserGroupAliasTitleRequest` with its required fields (`openConversationId`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            title: title.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateUserGroupAliasTitleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateUserGroupAliasTitleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateUserGroupAliasTitleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateUserGroupAliasTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_to_external_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpgradeToExternalGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `templateId`.
    pub template_id: String,
}
impl UpgradeToExternalGroupRequest {
    /// A `UpgradeToExternalGroupRequest` with its required fields (`openConversationId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpgradeToExternalGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeToExternalGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeToExternalGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpgradeToExternalGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_to_service_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpgradeToServiceGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `templateId`.
    pub template_id: String,
}
impl UpgradeToServiceGroupRequest {
    /// A `UpgradeToServiceGroupRequest` with its required fields (`openConversationId`, `templateId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpgradeToServiceGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpgradeToServiceGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpgradeToServiceGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpgradeToServiceGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddGroupMemberRequest {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl AddGroupMemberRequest {
    /// A `AddGroupMemberRequest` with its required fields (`openConversationId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            app_user_ids: None,
            open_conversation_id: open_conversation_id.into(),
            operator_id: operator_id.into(),
            user_ids: None,
        }
    }
    /// Sets `appUserIds`.
    pub fn app_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for AddGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserIds", &self.app_user_ids)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserIds" => rt::read_field(map, &mut self.app_user_ids),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveGroupMemberRequest {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl RemoveGroupMemberRequest {
    /// A `RemoveGroupMemberRequest` with its required fields (`openConversationId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            app_user_ids: None,
            open_conversation_id: open_conversation_id.into(),
            operator_id: operator_id.into(),
            user_ids: None,
        }
    }
    /// Sets `appUserIds`.
    pub fn app_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for RemoveGroupMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUserIds", &self.app_user_ids)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveGroupMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveGroupMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUserIds" => rt::read_field(map, &mut self.app_user_ids),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_ding_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendDingMessageRequest {
    /// `code`.
    pub code: String,
    /// `message`.
    pub message: String,
    /// `messageType`.
    pub message_type: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `receiverId`.
    pub receiver_id: Option<String>,
    /// `senderId`.
    pub sender_id: String,
}
impl SendDingMessageRequest {
    /// A `SendDingMessageRequest` with its required fields (`code`, `message`, `messageType`, `senderId`); set the others with the methods named after them.
    pub fn new(
        code: impl Into<String>,
        message: impl Into<String>,
        message_type: impl Into<String>,
        sender_id: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            message_type: message_type.into(),
            open_conversation_id: None,
            receiver_id: None,
            sender_id: sender_id.into(),
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `receiverId`.
    pub fn receiver_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendDingMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("code", &self.code)?;
        object.field("message", &self.message)?;
        object.field("messageType", &self.message_type)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("receiverId", &self.receiver_id)?;
        object.field("senderId", &self.sender_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendDingMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendDingMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "message" => rt::read_field(map, &mut self.message),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiverId" => rt::read_field(map, &mut self.receiver_id),
            "senderId" => rt::read_field(map, &mut self.sender_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendDingMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// `message`.
    pub message: String,
    /// `messageType`.
    pub message_type: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `receiverId`.
    pub receiver_id: Option<String>,
    /// `senderId`.
    pub sender_id: String,
    /// `sourceInfos`.
    pub source_infos: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl SendMessageRequest {
    /// A `SendMessageRequest` with its required fields (`message`, `messageType`, `senderId`); set the others with the methods named after them.
    pub fn new(
        message: impl Into<String>,
        message_type: impl Into<String>,
        sender_id: impl Into<String>,
    ) -> Self {
        Self {
            message: message.into(),
            message_type: message_type.into(),
            open_conversation_id: None,
            receiver_id: None,
            sender_id: sender_id.into(),
            source_infos: None,
        }
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `receiverId`.
    pub fn receiver_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_id = Some(value.into());
        self
    }
    /// Sets `sourceInfos`.
    pub fn source_infos(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.source_infos = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for SendMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("message", &self.message)?;
        object.field("messageType", &self.message_type)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("receiverId", &self.receiver_id)?;
        object.field("senderId", &self.sender_id)?;
        object.optional("sourceInfos", &self.source_infos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "messageType" => rt::read_field(map, &mut self.message_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "receiverId" => rt::read_field(map, &mut self.receiver_id),
            "senderId" => rt::read_field(map, &mut self.sender_id),
            "sourceInfos" => rt::read_field(map, &mut self.source_infos),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_conv_nav_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddConvNavTabError = rt::ServiceError;
/// An error reply of [`Api::add_org_text_emotion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOrgTextEmotionError = rt::ServiceError;
/// An error reply of [`Api::add_robot_to_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRobotToConversationError = rt::ServiceError;
/// An error reply of [`Api::add_scene_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddSceneGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::add_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::auto_open_ding_talk_connect`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AutoOpenDingTalkConnectError = rt::ServiceError;
/// An error reply of [`Api::batch_query_family_school_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryFamilySchoolMessageError = rt::ServiceError;
/// An error reply of [`Api::batch_query_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::card_template_build_action`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CardTemplateBuildActionError = rt::ServiceError;
/// An error reply of [`Api::change_group_owner`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChangeGroupOwnerError = rt::ServiceError;
/// An error reply of [`Api::chat_id_to_open_conversation_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatIdToOpenConversationIdError = rt::ServiceError;
/// An error reply of [`Api::chat_sub_admin_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatSubAdminUpdateError = rt::ServiceError;
/// An error reply of [`Api::check_user_is_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckUserIsGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::copy_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::count_open_msg_scene_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CountOpenMsgSceneGroupsError = rt::ServiceError;
/// An error reply of [`Api::count_org_message_open_scene_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CountOrgMessageOpenSceneGroupsError = rt::ServiceError;
/// An error reply of [`Api::count_scene_groups_by_template_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CountSceneGroupsByTemplateIdError = rt::ServiceError;
/// An error reply of [`Api::create_couple_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCoupleGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::create_custom_group_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCustomGroupRoleError = rt::ServiceError;
/// An error reply of [`Api::create_custom_user_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCustomUserRolesError = rt::ServiceError;
/// An error reply of [`Api::create_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupError = rt::ServiceError;
/// An error reply of [`Api::create_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::create_group_from_old_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupFromOldGroupError = rt::ServiceError;
/// An error reply of [`Api::create_interconnection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateInterconnectionError = rt::ServiceError;
/// An error reply of [`Api::create_scene_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSceneGroupError = rt::ServiceError;
/// An error reply of [`Api::create_scene_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSceneGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::create_store_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateStoreGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::debug_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DebugUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::delete_conv_nav_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteConvNavTabError = rt::ServiceError;
/// An error reply of [`Api::delete_org_text_emotion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteOrgTextEmotionError = rt::ServiceError;
/// An error reply of [`Api::dismiss_group_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DismissGroupConversationError = rt::ServiceError;
/// An error reply of [`Api::dsband_open_scene_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DsbandOpenSceneGroupError = rt::ServiceError;
/// An error reply of [`Api::freeze_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FreezeGroupError = rt::ServiceError;
/// An error reply of [`Api::get_conversation_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationUrlError = rt::ServiceError;
/// An error reply of [`Api::get_family_school_conversation_msg`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFamilySchoolConversationMsgError = rt::ServiceError;
/// An error reply of [`Api::get_family_school_conversations`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFamilySchoolConversationsError = rt::ServiceError;
/// An error reply of [`Api::get_group_members_by_user_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupMembersByUserTokenError = rt::ServiceError;
/// An error reply of [`Api::get_inner_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInnerGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::get_interconnection_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInterconnectionUrlError = rt::ServiceError;
/// An error reply of [`Api::get_newest_inner_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNewestInnerGroupsError = rt::ServiceError;
/// An error reply of [`Api::get_scene_group_detail_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSceneGroupDetailInfoError = rt::ServiceError;
/// An error reply of [`Api::get_scene_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSceneGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::get_scene_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSceneGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::get_scene_group_template_message_open_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSceneGroupTemplateMessageOpenStatusError = rt::ServiceError;
/// An error reply of [`Api::get_single_chat_open_conversation_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSingleChatOpenConversationIdError = rt::ServiceError;
/// An error reply of [`Api::get_super_admin_open_scene_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSuperAdminOpenSceneGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::group_ban_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupBanWordsError = rt::ServiceError;
/// An error reply of [`Api::group_capacity_inquiry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupCapacityInquiryError = rt::ServiceError;
/// An error reply of [`Api::group_capacity_order_confirm`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupCapacityOrderConfirmError = rt::ServiceError;
/// An error reply of [`Api::group_capacity_order_place`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupCapacityOrderPlaceError = rt::ServiceError;
/// An error reply of [`Api::group_manage_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupManageQueryError = rt::ServiceError;
/// An error reply of [`Api::group_manage_reduce`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupManageReduceError = rt::ServiceError;
/// An error reply of [`Api::import_group_chat`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ImportGroupChatError = rt::ServiceError;
/// An error reply of [`Api::import_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ImportMessageError = rt::ServiceError;
/// An error reply of [`Api::install_robot_to_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallRobotToOrgError = rt::ServiceError;
/// An error reply of [`Api::intelligent_send_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IntelligentSendCardError = rt::ServiceError;
/// An error reply of [`Api::interactive_card_create_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InteractiveCardCreateInstanceError = rt::ServiceError;
/// An error reply of [`Api::list_conv_nav_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListConvNavTabError = rt::ServiceError;
/// An error reply of [`Api::list_group_templates_by_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListGroupTemplatesByOrgIdError = rt::ServiceError;
/// An error reply of [`Api::list_org_text_emotion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOrgTextEmotionError = rt::ServiceError;
/// An error reply of [`Api::list_scene_groups_by_template_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSceneGroupsByTemplateIdError = rt::ServiceError;
/// An error reply of [`Api::login_for_visitor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LoginForVisitorError = rt::ServiceError;
/// An error reply of [`Api::offline_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OfflineUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::open_group_role_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenGroupRoleAddError = rt::ServiceError;
/// An error reply of [`Api::open_group_role_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenGroupRoleQueryError = rt::ServiceError;
/// An error reply of [`Api::open_group_role_remove`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenGroupRoleRemoveError = rt::ServiceError;
/// An error reply of [`Api::open_group_role_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenGroupRoleUpdateError = rt::ServiceError;
/// An error reply of [`Api::open_group_user_role_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenGroupUserRoleQueryError = rt::ServiceError;
/// An error reply of [`Api::open_inner_group_transfer_to_dept_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenInnerGroupTransferToDeptGroupError = rt::ServiceError;
/// An error reply of [`Api::open_search_group_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenSearchGroupListError = rt::ServiceError;
/// An error reply of [`Api::open_user_send_card_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenUserSendCardMessageError = rt::ServiceError;
/// An error reply of [`Api::personal_send_card_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PersonalSendCardMessageError = rt::ServiceError;
/// An error reply of [`Api::put_msg_card_top_by_intelligent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PutMsgCardTopByIntelligentError = rt::ServiceError;
/// An error reply of [`Api::query_custom_group_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomGroupRolesError = rt::ServiceError;
/// An error reply of [`Api::query_custom_group_roles_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomGroupRolesByUserError = rt::ServiceError;
/// An error reply of [`Api::query_group_info_by_app_cids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupInfoByAppCidsError = rt::ServiceError;
/// An error reply of [`Api::query_group_info_by_member_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupInfoByMemberAuthError = rt::ServiceError;
/// An error reply of [`Api::query_group_info_by_open_cids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupInfoByOpenCidsError = rt::ServiceError;
/// An error reply of [`Api::query_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::query_group_member_by_app_uids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMemberByAppUidsError = rt::ServiceError;
/// An error reply of [`Api::query_group_member_by_member_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMemberByMemberAuthError = rt::ServiceError;
/// An error reply of [`Api::query_group_mute_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMuteStatusError = rt::ServiceError;
/// An error reply of [`Api::query_inner_group_member_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInnerGroupMemberListError = rt::ServiceError;
/// An error reply of [`Api::query_inner_group_recent_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInnerGroupRecentListError = rt::ServiceError;
/// An error reply of [`Api::query_members_of_group_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMembersOfGroupRoleError = rt::ServiceError;
/// An error reply of [`Api::query_message_send_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMessageSendResultError = rt::ServiceError;
/// An error reply of [`Api::query_msg_read_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMsgReadStatusError = rt::ServiceError;
/// An error reply of [`Api::query_open_conversation_receive_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOpenConversationReceiveUserError = rt::ServiceError;
/// An error reply of [`Api::query_open_group_base_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOpenGroupBaseInfoError = rt::ServiceError;
/// An error reply of [`Api::query_personal_message_read_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPersonalMessageReadStatusError = rt::ServiceError;
/// An error reply of [`Api::query_recent_conversations`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRecentConversationsError = rt::ServiceError;
/// An error reply of [`Api::query_scene_group_template_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySceneGroupTemplateRobotError = rt::ServiceError;
/// An error reply of [`Api::query_single_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySingleGroupError = rt::ServiceError;
/// An error reply of [`Api::query_un_read_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUnReadMessageError = rt::ServiceError;
/// An error reply of [`Api::query_unfurling_register_creator`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUnfurlingRegisterCreatorError = rt::ServiceError;
/// An error reply of [`Api::query_unfurling_register_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUnfurlingRegisterInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_group_alias_title`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserGroupAliasTitleError = rt::ServiceError;
/// An error reply of [`Api::query_user_group_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserGroupRolesError = rt::ServiceError;
/// An error reply of [`Api::query_user_view_group_last_message_time`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserViewGroupLastMessageTimeError = rt::ServiceError;
/// An error reply of [`Api::read_personal_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReadPersonalMessageError = rt::ServiceError;
/// An error reply of [`Api::recall_messages`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallMessagesError = rt::ServiceError;
/// An error reply of [`Api::recall_personal_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallPersonalMessageError = rt::ServiceError;
/// An error reply of [`Api::release_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReleaseUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::remove_custom_group_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveCustomGroupRoleError = rt::ServiceError;
/// An error reply of [`Api::remove_custom_user_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveCustomUserRolesError = rt::ServiceError;
/// An error reply of [`Api::remove_robot_from_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveRobotFromConversationError = rt::ServiceError;
/// An error reply of [`Api::remove_scene_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveSceneGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::search_inner_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchInnerGroupsError = rt::ServiceError;
/// An error reply of [`Api::send_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::send_oto_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendOTOInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::send_personal_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendPersonalMessageError = rt::ServiceError;
/// An error reply of [`Api::send_robot_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendRobotInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::send_robot_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendRobotMessageError = rt::ServiceError;
/// An error reply of [`Api::send_template_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendTemplateInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::set_right_panel`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRightPanelError = rt::ServiceError;
/// An error reply of [`Api::sort_conv_nav_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SortConvNavTabError = rt::ServiceError;
/// An error reply of [`Api::super_admin_apply_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SuperAdminApplyTemplateError = rt::ServiceError;
/// An error reply of [`Api::super_admin_close_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SuperAdminCloseTemplateError = rt::ServiceError;
/// An error reply of [`Api::topbox_close`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TopboxCloseError = rt::ServiceError;
/// An error reply of [`Api::topbox_open`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TopboxOpenError = rt::ServiceError;
/// An error reply of [`Api::update_client_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateClientServiceError = rt::ServiceError;
/// An error reply of [`Api::update_conv_nav_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateConvNavTabError = rt::ServiceError;
/// An error reply of [`Api::update_custom_group_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCustomGroupRoleError = rt::ServiceError;
/// An error reply of [`Api::update_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupError = rt::ServiceError;
/// An error reply of [`Api::update_group_avatar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupAvatarError = rt::ServiceError;
/// An error reply of [`Api::update_group_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupNameError = rt::ServiceError;
/// An error reply of [`Api::update_group_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupPermissionError = rt::ServiceError;
/// An error reply of [`Api::update_group_sub_admin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupSubAdminError = rt::ServiceError;
/// An error reply of [`Api::update_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::update_member_ban_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMemberBanWordsError = rt::ServiceError;
/// An error reply of [`Api::update_member_group_nick`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMemberGroupNickError = rt::ServiceError;
/// An error reply of [`Api::update_robot_in_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRobotInOrgError = rt::ServiceError;
/// An error reply of [`Api::update_robot_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRobotInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::update_scene_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSceneGroupError = rt::ServiceError;
/// An error reply of [`Api::update_scene_group_template_message_open_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSceneGroupTemplateMessageOpenStatusError = rt::ServiceError;
/// An error reply of [`Api::update_the_group_roles_of_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTheGroupRolesOfGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::update_unfurling_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUnfurlingRegisterError = rt::ServiceError;
/// An error reply of [`Api::update_unfurling_register_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUnfurlingRegisterStatusError = rt::ServiceError;
/// An error reply of [`Api::update_user_group_alias_title`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUserGroupAliasTitleError = rt::ServiceError;
/// An error reply of [`Api::upgrade_to_external_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeToExternalGroupError = rt::ServiceError;
/// An error reply of [`Api::upgrade_to_service_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpgradeToServiceGroupError = rt::ServiceError;
/// An error reply of [`Api::add_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::remove_group_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveGroupMemberError = rt::ServiceError;
/// An error reply of [`Api::send_ding_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendDingMessageError = rt::ServiceError;
/// An error reply of [`Api::send_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMessageError = rt::ServiceError;
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
        "AddConvNavTab" => {
            rt::conformance::reply(api.add_conv_nav_tab(&inputs.request(true)?)).await
        }
        "AddOrgTextEmotion" => {
            rt::conformance::reply(api.add_org_text_emotion(&inputs.request(true)?))
                .await
        }
        "AddRobotToConversation" => {
            rt::conformance::reply(api.add_robot_to_conversation(&inputs.request(true)?))
                .await
        }
        "AddSceneGroupMember" => {
            rt::conformance::reply(api.add_scene_group_member(&inputs.request(true)?))
                .await
        }
        "AddUnfurlingRegister" => {
            rt::conformance::reply(api.add_unfurling_register(&inputs.request(true)?))
                .await
        }
        "AutoOpenDingTalkConnect" => {
            rt::conformance::reply(api.auto_open_ding_talk_connect()).await
        }
        "BatchQueryFamilySchoolMessage" => {
            rt::conformance::reply(
                    api.batch_query_family_school_message(&inputs.request(true)?),
                )
                .await
        }
        "BatchQueryGroupMember" => {
            rt::conformance::reply(api.batch_query_group_member(&inputs.request(true)?))
                .await
        }
        "CardTemplateBuildAction" => {
            rt::conformance::reply(
                    api.card_template_build_action(&inputs.request(true)?),
                )
                .await
        }
        "ChangeGroupOwner" => {
            rt::conformance::reply(api.change_group_owner(&inputs.request(true)?)).await
        }
        "ChatIdToOpenConversationId" => {
            rt::conformance::reply(
                    api.chat_id_to_open_conversation_id(inputs.path(0usize)?),
                )
                .await
        }
        "ChatSubAdminUpdate" => {
            rt::conformance::reply(api.chat_sub_admin_update(&inputs.request(true)?))
                .await
        }
        "CheckUserIsGroupMember" => {
            rt::conformance::reply(
                    api.check_user_is_group_member(&inputs.request(true)?),
                )
                .await
        }
        "CopyUnfurlingRegister" => {
            rt::conformance::reply(api.copy_unfurling_register(&inputs.request(true)?))
                .await
        }
        "CountOpenMsgSceneGroups" => {
            rt::conformance::reply(
                    api.count_open_msg_scene_groups(&inputs.request(true)?),
                )
                .await
        }
        "CountOrgMessageOpenSceneGroups" => {
            rt::conformance::reply(api.count_org_message_open_scene_groups()).await
        }
        "CountSceneGroupsByTemplateId" => {
            rt::conformance::reply(
                    api.count_scene_groups_by_template_id(inputs.path(0usize)?),
                )
                .await
        }
        "CreateCoupleGroupConversation" => {
            rt::conformance::reply(
                    api.create_couple_group_conversation(&inputs.request(true)?),
                )
                .await
        }
        "CreateCustomGroupRole" => {
            rt::conformance::reply(api.create_custom_group_role(&inputs.request(true)?))
                .await
        }
        "CreateCustomUserRoles" => {
            rt::conformance::reply(api.create_custom_user_roles(&inputs.request(true)?))
                .await
        }
        "CreateGroup" => {
            rt::conformance::reply(api.create_group(&inputs.request(true)?)).await
        }
        "CreateGroupConversation" => {
            rt::conformance::reply(api.create_group_conversation(&inputs.request(true)?))
                .await
        }
        "CreateGroupFromOldGroup" => {
            rt::conformance::reply(
                    api.create_group_from_old_group(&inputs.request(true)?),
                )
                .await
        }
        "CreateInterconnection" => {
            rt::conformance::reply(api.create_interconnection(&inputs.request(true)?))
                .await
        }
        "CreateSceneGroup" => {
            rt::conformance::reply(api.create_scene_group(&inputs.request(true)?)).await
        }
        "CreateSceneGroupConversation" => {
            rt::conformance::reply(
                    api.create_scene_group_conversation(&inputs.request(true)?),
                )
                .await
        }
        "CreateStoreGroupConversation" => {
            rt::conformance::reply(
                    api.create_store_group_conversation(&inputs.request(true)?),
                )
                .await
        }
        "DebugUnfurlingRegister" => {
            rt::conformance::reply(api.debug_unfurling_register(&inputs.request(true)?))
                .await
        }
        "DeleteConvNavTab" => {
            rt::conformance::reply(api.delete_conv_nav_tab(&inputs.request(true)?)).await
        }
        "DeleteOrgTextEmotion" => {
            rt::conformance::reply(api.delete_org_text_emotion(&inputs.request(true)?))
                .await
        }
        "DismissGroupConversation" => {
            rt::conformance::reply(
                    api.dismiss_group_conversation(&inputs.request(true)?),
                )
                .await
        }
        "DsbandOpenSceneGroup" => {
            rt::conformance::reply(api.dsband_open_scene_group(&inputs.request(true)?))
                .await
        }
        "FreezeGroup" => {
            rt::conformance::reply(api.freeze_group(&inputs.request(false)?)).await
        }
        "GetConversationUrl" => {
            rt::conformance::reply(api.get_conversation_url(&inputs.request(true)?))
                .await
        }
        "GetFamilySchoolConversationMsg" => {
            rt::conformance::reply(
                    api.get_family_school_conversation_msg(&inputs.request(true)?),
                )
                .await
        }
        "GetFamilySchoolConversations" => {
            rt::conformance::reply(
                    api.get_family_school_conversations(&inputs.request(true)?),
                )
                .await
        }
        "GetGroupMembersByUserToken" => {
            rt::conformance::reply(
                    api.get_group_members_by_user_token(&inputs.request(true)?),
                )
                .await
        }
        "GetInnerGroupMembers" => {
            rt::conformance::reply(api.get_inner_group_members(&inputs.request(true)?))
                .await
        }
        "GetInterconnectionUrl" => {
            rt::conformance::reply(api.get_interconnection_url(&inputs.request(true)?))
                .await
        }
        "GetNewestInnerGroups" => {
            rt::conformance::reply(api.get_newest_inner_groups(&inputs.request(false)?))
                .await
        }
        "GetSceneGroupDetailInfo" => {
            rt::conformance::reply(
                    api.get_scene_group_detail_info(&inputs.request(true)?),
                )
                .await
        }
        "GetSceneGroupInfo" => {
            rt::conformance::reply(api.get_scene_group_info(&inputs.request(true)?))
                .await
        }
        "GetSceneGroupMembers" => {
            rt::conformance::reply(api.get_scene_group_members(&inputs.request(true)?))
                .await
        }
        "GetSceneGroupTemplateMessageOpenStatus" => {
            rt::conformance::reply(
                    api
                        .get_scene_group_template_message_open_status(
                            inputs.path(0usize)?,
                        ),
                )
                .await
        }
        "GetSingleChatOpenConversationId" => {
            rt::conformance::reply(
                    api.get_single_chat_open_conversation_id(&inputs.request(true)?),
                )
                .await
        }
        "GetSuperAdminOpenSceneGroupInfo" => {
            rt::conformance::reply(
                    api.get_super_admin_open_scene_group_info(&inputs.request(false)?),
                )
                .await
        }
        "GroupBanWords" => {
            rt::conformance::reply(api.group_ban_words(&inputs.request(true)?)).await
        }
        "GroupCapacityInquiry" => {
            rt::conformance::reply(api.group_capacity_inquiry(&inputs.request(true)?))
                .await
        }
        "GroupCapacityOrderConfirm" => {
            rt::conformance::reply(
                    api.group_capacity_order_confirm(&inputs.request(true)?),
                )
                .await
        }
        "GroupCapacityOrderPlace" => {
            rt::conformance::reply(
                    api.group_capacity_order_place(&inputs.request(true)?),
                )
                .await
        }
        "GroupManageQuery" => {
            rt::conformance::reply(api.group_manage_query(&inputs.request(true)?)).await
        }
        "GroupManageReduce" => {
            rt::conformance::reply(api.group_manage_reduce(&inputs.request(true)?)).await
        }
        "ImportGroupChat" => {
            rt::conformance::reply(api.import_group_chat(&inputs.request(true)?)).await
        }
        "ImportMessage" => {
            rt::conformance::reply(api.import_message(&inputs.request(true)?)).await
        }
        "InstallRobotToOrg" => {
            rt::conformance::reply(api.install_robot_to_org(&inputs.request(true)?))
                .await
        }
        "IntelligentSendCard" => {
            rt::conformance::reply(api.intelligent_send_card(&inputs.request(true)?))
                .await
        }
        "InteractiveCardCreateInstance" => {
            rt::conformance::reply(
                    api.interactive_card_create_instance(&inputs.request(true)?),
                )
                .await
        }
        "ListConvNavTab" => {
            rt::conformance::reply(api.list_conv_nav_tab(&inputs.request(true)?)).await
        }
        "ListGroupTemplatesByOrgId" => {
            rt::conformance::reply(
                    api.list_group_templates_by_org_id(&inputs.request(false)?),
                )
                .await
        }
        "ListOrgTextEmotion" => rt::conformance::reply(api.list_org_text_emotion()).await,
        "ListSceneGroupsByTemplateId" => {
            rt::conformance::reply(
                    api
                        .list_scene_groups_by_template_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "LoginForVisitor" => {
            rt::conformance::reply(api.login_for_visitor(&inputs.request(true)?)).await
        }
        "OfflineUnfurlingRegister" => {
            rt::conformance::reply(
                    api.offline_unfurling_register(&inputs.request(true)?),
                )
                .await
        }
        "OpenGroupRoleAdd" => {
            rt::conformance::reply(api.open_group_role_add(&inputs.request(true)?)).await
        }
        "OpenGroupRoleQuery" => {
            rt::conformance::reply(api.open_group_role_query(&inputs.request(true)?))
                .await
        }
        "OpenGroupRoleRemove" => {
            rt::conformance::reply(api.open_group_role_remove(&inputs.request(true)?))
                .await
        }
        "OpenGroupRoleUpdate" => {
            rt::conformance::reply(api.open_group_role_update(&inputs.request(true)?))
                .await
        }
        "OpenGroupUserRoleQuery" => {
            rt::conformance::reply(
                    api.open_group_user_role_query(&inputs.request(true)?),
                )
                .await
        }
        "OpenInnerGroupTransferToDeptGroup" => {
            rt::conformance::reply(
                    api.open_inner_group_transfer_to_dept_group(&inputs.request(true)?),
                )
                .await
        }
        "OpenSearchGroupList" => {
            rt::conformance::reply(api.open_search_group_list(&inputs.request(true)?))
                .await
        }
        "OpenUserSendCardMessage" => {
            rt::conformance::reply(
                    api.open_user_send_card_message(&inputs.request(true)?),
                )
                .await
        }
        "PersonalSendCardMessage" => {
            rt::conformance::reply(
                    api.personal_send_card_message(&inputs.request(true)?),
                )
                .await
        }
        "PutMsgCardTopByIntelligent" => {
            rt::conformance::reply(
                    api.put_msg_card_top_by_intelligent(&inputs.request(true)?),
                )
                .await
        }
        "QueryCustomGroupRoles" => {
            rt::conformance::reply(api.query_custom_group_roles(&inputs.request(true)?))
                .await
        }
        "QueryCustomGroupRolesByUser" => {
            rt::conformance::reply(
                    api.query_custom_group_roles_by_user(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupInfoByAppCids" => {
            rt::conformance::reply(
                    api.query_group_info_by_app_cids(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupInfoByMemberAuth" => {
            rt::conformance::reply(
                    api.query_group_info_by_member_auth(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupInfoByOpenCids" => {
            rt::conformance::reply(
                    api.query_group_info_by_open_cids(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupMember" => {
            rt::conformance::reply(api.query_group_member(&inputs.request(false)?)).await
        }
        "QueryGroupMemberByAppUids" => {
            rt::conformance::reply(
                    api.query_group_member_by_app_uids(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupMemberByMemberAuth" => {
            rt::conformance::reply(
                    api.query_group_member_by_member_auth(&inputs.request(true)?),
                )
                .await
        }
        "QueryGroupMuteStatus" => {
            rt::conformance::reply(api.query_group_mute_status(&inputs.request(false)?))
                .await
        }
        "QueryInnerGroupMemberList" => {
            rt::conformance::reply(
                    api.query_inner_group_member_list(&inputs.request(true)?),
                )
                .await
        }
        "QueryInnerGroupRecentList" => {
            rt::conformance::reply(
                    api.query_inner_group_recent_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryMembersOfGroupRole" => {
            rt::conformance::reply(
                    api.query_members_of_group_role(&inputs.request(true)?),
                )
                .await
        }
        "QueryMessageSendResult" => {
            rt::conformance::reply(api.query_message_send_result(&inputs.request(true)?))
                .await
        }
        "QueryMsgReadStatus" => {
            rt::conformance::reply(api.query_msg_read_status(&inputs.request(true)?))
                .await
        }
        "QueryOpenConversationReceiveUser" => {
            rt::conformance::reply(
                    api.query_open_conversation_receive_user(&inputs.request(true)?),
                )
                .await
        }
        "QueryOpenGroupBaseInfo" => {
            rt::conformance::reply(
                    api.query_open_group_base_info(&inputs.request(true)?),
                )
                .await
        }
        "QueryPersonalMessageReadStatus" => {
            rt::conformance::reply(
                    api.query_personal_message_read_status(&inputs.request(true)?),
                )
                .await
        }
        "QueryRecentConversations" => {
            rt::conformance::reply(
                    api.query_recent_conversations(&inputs.request(true)?),
                )
                .await
        }
        "QuerySceneGroupTemplateRobot" => {
            rt::conformance::reply(
                    api.query_scene_group_template_robot(&inputs.request(false)?),
                )
                .await
        }
        "QuerySingleGroup" => {
            rt::conformance::reply(api.query_single_group(&inputs.request(true)?)).await
        }
        "QueryUnReadMessage" => {
            rt::conformance::reply(api.query_un_read_message(&inputs.request(true)?))
                .await
        }
        "QueryUnfurlingRegisterCreator" => {
            rt::conformance::reply(
                    api.query_unfurling_register_creator(&inputs.request(false)?),
                )
                .await
        }
        "QueryUnfurlingRegisterInfo" => {
            rt::conformance::reply(
                    api.query_unfurling_register_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryUserGroupAliasTitle" => {
            rt::conformance::reply(
                    api.query_user_group_alias_title(&inputs.request(true)?),
                )
                .await
        }
        "QueryUserGroupRoles" => {
            rt::conformance::reply(api.query_user_group_roles(&inputs.request(true)?))
                .await
        }
        "QueryUserViewGroupLastMessageTime" => {
            rt::conformance::reply(
                    api.query_user_view_group_last_message_time(&inputs.request(true)?),
                )
                .await
        }
        "ReadPersonalMessage" => {
            rt::conformance::reply(api.read_personal_message(&inputs.request(true)?))
                .await
        }
        "RecallMessages" => {
            rt::conformance::reply(api.recall_messages(&inputs.request(true)?)).await
        }
        "RecallPersonalMessage" => {
            rt::conformance::reply(api.recall_personal_message(&inputs.request(true)?))
                .await
        }
        "ReleaseUnfurlingRegister" => {
            rt::conformance::reply(
                    api.release_unfurling_register(&inputs.request(true)?),
                )
                .await
        }
        "RemoveCustomGroupRole" => {
            rt::conformance::reply(api.remove_custom_group_role(&inputs.request(true)?))
                .await
        }
        "RemoveCustomUserRoles" => {
            rt::conformance::reply(api.remove_custom_user_roles(&inputs.request(true)?))
                .await
        }
        "RemoveRobotFromConversation" => {
            rt::conformance::reply(
                    api.remove_robot_from_conversation(&inputs.request(true)?),
                )
                .await
        }
        "RemoveSceneGroupMember" => {
            rt::conformance::reply(api.remove_scene_group_member(&inputs.request(true)?))
                .await
        }
        "SearchInnerGroups" => {
            rt::conformance::reply(api.search_inner_groups(&inputs.request(true)?)).await
        }
        "SendInteractiveCard" => {
            rt::conformance::reply(api.send_interactive_card(&inputs.request(true)?))
                .await
        }
        "SendOTOInteractiveCard" => {
            rt::conformance::reply(api.send_oto_interactive_card(&inputs.request(true)?))
                .await
        }
        "SendPersonalMessage" => {
            rt::conformance::reply(api.send_personal_message(&inputs.request(true)?))
                .await
        }
        "SendRobotInteractiveCard" => {
            rt::conformance::reply(
                    api.send_robot_interactive_card(&inputs.request(true)?),
                )
                .await
        }
        "SendRobotMessage" => {
            rt::conformance::reply(api.send_robot_message(&inputs.request(true)?)).await
        }
        "SendTemplateInteractiveCard" => {
            rt::conformance::reply(
                    api.send_template_interactive_card(&inputs.request(true)?),
                )
                .await
        }
        "SetRightPanel" => {
            rt::conformance::reply(api.set_right_panel(&inputs.request(true)?)).await
        }
        "SortConvNavTab" => {
            rt::conformance::reply(api.sort_conv_nav_tab(&inputs.request(true)?)).await
        }
        "SuperAdminApplyTemplate" => {
            rt::conformance::reply(
                    api.super_admin_apply_template(&inputs.request(true)?),
                )
                .await
        }
        "SuperAdminCloseTemplate" => {
            rt::conformance::reply(
                    api.super_admin_close_template(&inputs.request(true)?),
                )
                .await
        }
        "TopboxClose" => {
            rt::conformance::reply(api.topbox_close(&inputs.request(true)?)).await
        }
        "TopboxOpen" => {
            rt::conformance::reply(api.topbox_open(&inputs.request(true)?)).await
        }
        "UpdateClientService" => {
            rt::conformance::reply(api.update_client_service(&inputs.request(true)?))
                .await
        }
        "UpdateConvNavTab" => {
            rt::conformance::reply(api.update_conv_nav_tab(&inputs.request(true)?)).await
        }
        "UpdateCustomGroupRole" => {
            rt::conformance::reply(api.update_custom_group_role(&inputs.request(true)?))
                .await
        }
        "UpdateGroup" => {
            rt::conformance::reply(api.update_group(&inputs.request(true)?)).await
        }
        "UpdateGroupAvatar" => {
            rt::conformance::reply(api.update_group_avatar(&inputs.request(true)?)).await
        }
        "UpdateGroupName" => {
            rt::conformance::reply(api.update_group_name(&inputs.request(true)?)).await
        }
        "UpdateGroupPermission" => {
            rt::conformance::reply(api.update_group_permission(&inputs.request(true)?))
                .await
        }
        "UpdateGroupSubAdmin" => {
            rt::conformance::reply(api.update_group_sub_admin(&inputs.request(true)?))
                .await
        }
        "UpdateInteractiveCard" => {
            rt::conformance::reply(api.update_interactive_card(&inputs.request(true)?))
                .await
        }
        "UpdateMemberBanWords" => {
            rt::conformance::reply(api.update_member_ban_words(&inputs.request(true)?))
                .await
        }
        "UpdateMemberGroupNick" => {
            rt::conformance::reply(api.update_member_group_nick(&inputs.request(true)?))
                .await
        }
        "UpdateRobotInOrg" => {
            rt::conformance::reply(api.update_robot_in_org(&inputs.request(true)?)).await
        }
        "UpdateRobotInteractiveCard" => {
            rt::conformance::reply(
                    api.update_robot_interactive_card(&inputs.request(true)?),
                )
                .await
        }
        "UpdateSceneGroup" => {
            rt::conformance::reply(api.update_scene_group(&inputs.request(true)?)).await
        }
        "UpdateSceneGroupTemplateMessageOpenStatus" => {
            rt::conformance::reply(
                    api
                        .update_scene_group_template_message_open_status(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTheGroupRolesOfGroupMember" => {
            rt::conformance::reply(
                    api.update_the_group_roles_of_group_member(&inputs.request(true)?),
                )
                .await
        }
        "UpdateUnfurlingRegister" => {
            rt::conformance::reply(api.update_unfurling_register(&inputs.request(true)?))
                .await
        }
        "UpdateUnfurlingRegisterStatus" => {
            rt::conformance::reply(
                    api.update_unfurling_register_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateUserGroupAliasTitle" => {
            rt::conformance::reply(
                    api.update_user_group_alias_title(&inputs.request(true)?),
                )
                .await
        }
        "UpgradeToExternalGroup" => {
            rt::conformance::reply(api.upgrade_to_external_group(&inputs.request(true)?))
                .await
        }
        "UpgradeToServiceGroup" => {
            rt::conformance::reply(api.upgrade_to_service_group(&inputs.request(true)?))
                .await
        }
        "addGroupMember" => {
            rt::conformance::reply(api.add_group_member(&inputs.request(true)?)).await
        }
        "removeGroupMember" => {
            rt::conformance::reply(api.remove_group_member(&inputs.request(true)?)).await
        }
        "sendDingMessage" => {
            rt::conformance::reply(api.send_ding_message(&inputs.request(true)?)).await
        }
        "sendMessage" => {
            rt::conformance::reply(api.send_message(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
