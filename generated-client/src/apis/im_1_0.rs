// @generated from api-spec/im_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 即时通信 (IM)：群会话、场景群、群成员、钉钉客联互通群与消息。
//!
//! 145 operations, methods of [`Api`] (`client.im_1_0()`), behind the cargo feature `im_1_0`; its paths start with `/v1.0/im/`.
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
    /// `POST /v1.0/im/convNavTabs/add`: DingTalk's `AddConvNavTab` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddConvNavTab")]
    #[doc(alias = "/v1.0/im/convNavTabs/add")]
    #[doc(alias = "POST /v1.0/im/convNavTabs/add")]
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
    /// `POST /v1.0/im/organizations/textEmotions`: DingTalk's `AddOrgTextEmotion` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOrgTextEmotion")]
    #[doc(alias = "/v1.0/im/organizations/textEmotions")]
    #[doc(alias = "POST /v1.0/im/organizations/textEmotions")]
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
    /// `POST /v1.0/im/conversations/robots`: DingTalk's `AddRobotToConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRobotToConversation")]
    #[doc(alias = "/v1.0/im/conversations/robots")]
    #[doc(alias = "POST /v1.0/im/conversations/robots")]
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
    /// `POST /v1.0/im/sceneGroup/member/add`: DingTalk's `AddSceneGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddSceneGroupMember")]
    #[doc(alias = "/v1.0/im/sceneGroup/member/add")]
    #[doc(alias = "POST /v1.0/im/sceneGroup/member/add")]
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
    /// `POST /v1.0/im/unfurling/rules`: DingTalk's `AddUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules")]
    #[doc(alias = "POST /v1.0/im/unfurling/rules")]
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
    /// `POST /v1.0/im/interconnections/apps/open`: DingTalk's `AutoOpenDingTalkConnect` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AutoOpenDingTalkConnect")]
    #[doc(alias = "/v1.0/im/interconnections/apps/open")]
    #[doc(alias = "POST /v1.0/im/interconnections/apps/open")]
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
    /// `POST /v1.0/im/conversations/familySchools/messages/batchQuery`: DingTalk's `BatchQueryFamilySchoolMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryFamilySchoolMessage")]
    #[doc(alias = "/v1.0/im/conversations/familySchools/messages/batchQuery")]
    #[doc(alias = "POST /v1.0/im/conversations/familySchools/messages/batchQuery")]
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
    /// `POST /v1.0/im/sceneGroups/members/batchQuery`: DingTalk's `BatchQueryGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::batch_query_group_member_pages`].
    #[doc(alias = "BatchQueryGroupMember")]
    #[doc(alias = "/v1.0/im/sceneGroups/members/batchQuery")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/members/batchQuery")]
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
    /// `POST /v1.0/im/interactiveCards/templates/buildAction`: DingTalk's `CardTemplateBuildAction` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CardTemplateBuildAction")]
    #[doc(alias = "/v1.0/im/interactiveCards/templates/buildAction")]
    #[doc(alias = "POST /v1.0/im/interactiveCards/templates/buildAction")]
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
    /// `PUT /v1.0/im/interconnections/groups/owners`: DingTalk's `ChangeGroupOwner` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChangeGroupOwner")]
    #[doc(alias = "/v1.0/im/interconnections/groups/owners")]
    #[doc(alias = "PUT /v1.0/im/interconnections/groups/owners")]
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
    /// `POST /v1.0/im/chat/{chatId}/convertToOpenConversationId`: DingTalk's `ChatIdToOpenConversationId` (module feature `im_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `chat_id`: `{chatId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatIdToOpenConversationId")]
    #[doc(alias = "/v1.0/im/chat/{chatId}/convertToOpenConversationId")]
    #[doc(alias = "POST /v1.0/im/chat/{chatId}/convertToOpenConversationId")]
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
            "/v1.0/im/chat/{chatId}/convertToOpenConversationId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[chat_id], &())
    }
    /// 设置群管理员
    ///
    /// `POST /v1.0/im/subAdministrators`: DingTalk's `ChatSubAdminUpdate` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatSubAdminUpdate")]
    #[doc(alias = "/v1.0/im/subAdministrators")]
    #[doc(alias = "POST /v1.0/im/subAdministrators")]
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
    /// `POST /v1.0/im/innerGroups/members/check`: DingTalk's `CheckUserIsGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckUserIsGroupMember")]
    #[doc(alias = "/v1.0/im/innerGroups/members/check")]
    #[doc(alias = "POST /v1.0/im/innerGroups/members/check")]
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
    /// `POST /v1.0/im/unfurling/rules/copy`: DingTalk's `CopyUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules/copy")]
    #[doc(alias = "POST /v1.0/im/unfurling/rules/copy")]
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
    /// `POST /v1.0/im/openMsgSceneGroups/templates/counts/query`: DingTalk's `CountOpenMsgSceneGroups` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CountOpenMsgSceneGroups")]
    #[doc(alias = "/v1.0/im/openMsgSceneGroups/templates/counts/query")]
    #[doc(alias = "POST /v1.0/im/openMsgSceneGroups/templates/counts/query")]
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
    /// `GET /v1.0/im/chats/sceneGroups/counts`: DingTalk's `CountOrgMessageOpenSceneGroups` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CountOrgMessageOpenSceneGroups")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/counts")]
    #[doc(alias = "GET /v1.0/im/chats/sceneGroups/counts")]
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
    /// `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/counts`: DingTalk's `CountSceneGroupsByTemplateId` (module feature `im_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CountSceneGroupsByTemplateId")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/templates/{templateId}/counts")]
    #[doc(alias = "GET /v1.0/im/chats/sceneGroups/templates/{templateId}/counts")]
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
            "/v1.0/im/chats/sceneGroups/templates/{templateId}/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 创建钉外两人群
    ///
    /// `POST /v1.0/im/interconnections/coupleGroups`: DingTalk's `CreateCoupleGroupConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCoupleGroupConversation")]
    #[doc(alias = "/v1.0/im/interconnections/coupleGroups")]
    #[doc(alias = "POST /v1.0/im/interconnections/coupleGroups")]
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
    /// `POST /v1.0/im/customGroupRole/create`: DingTalk's `CreateCustomGroupRole` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCustomGroupRole")]
    #[doc(alias = "/v1.0/im/customGroupRole/create")]
    #[doc(alias = "POST /v1.0/im/customGroupRole/create")]
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
    /// `POST /v1.0/im/customUserRoles/create`: DingTalk's `CreateCustomUserRoles` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCustomUserRoles")]
    #[doc(alias = "/v1.0/im/customUserRoles/create")]
    #[doc(alias = "POST /v1.0/im/customUserRoles/create")]
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
    /// `POST /v1.0/im/group/create`: DingTalk's `CreateGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroup")]
    #[doc(alias = "/v1.0/im/group/create")]
    #[doc(alias = "POST /v1.0/im/group/create")]
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
    /// `POST /v1.0/im/interconnections/groups`: DingTalk's `CreateGroupConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupConversation")]
    #[doc(alias = "/v1.0/im/interconnections/groups")]
    #[doc(alias = "POST /v1.0/im/interconnections/groups")]
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
    /// `POST /v1.0/im/sceneGroups/createGroupFromOldGroup`: DingTalk's `CreateGroupFromOldGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupFromOldGroup")]
    #[doc(alias = "/v1.0/im/sceneGroups/createGroupFromOldGroup")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/createGroupFromOldGroup")]
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
    /// `POST /v1.0/im/interconnections`: DingTalk's `CreateInterconnection` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateInterconnection")]
    #[doc(alias = "/v1.0/im/interconnections")]
    #[doc(alias = "POST /v1.0/im/interconnections")]
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
    /// `POST /v1.0/im/sceneGroup/create`: DingTalk's `CreateSceneGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSceneGroup")]
    #[doc(alias = "/v1.0/im/sceneGroup/create")]
    #[doc(alias = "POST /v1.0/im/sceneGroup/create")]
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
    /// `POST /v1.0/im/sceneGroups`: DingTalk's `CreateSceneGroupConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSceneGroupConversation")]
    #[doc(alias = "/v1.0/im/sceneGroups")]
    #[doc(alias = "POST /v1.0/im/sceneGroups")]
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
    /// `POST /v1.0/im/interconnections/storeGroups`: DingTalk's `CreateStoreGroupConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateStoreGroupConversation")]
    #[doc(alias = "/v1.0/im/interconnections/storeGroups")]
    #[doc(alias = "POST /v1.0/im/interconnections/storeGroups")]
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
    /// `POST /v1.0/im/unfurling/rules/debug`: DingTalk's `DebugUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DebugUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules/debug")]
    #[doc(alias = "POST /v1.0/im/unfurling/rules/debug")]
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
    /// `POST /v1.0/im/convNavTabs/delete`: DingTalk's `DeleteConvNavTab` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteConvNavTab")]
    #[doc(alias = "/v1.0/im/convNavTabs/delete")]
    #[doc(alias = "POST /v1.0/im/convNavTabs/delete")]
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
    /// `POST /v1.0/im/organizations/textEmotions/remove`: DingTalk's `DeleteOrgTextEmotion` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteOrgTextEmotion")]
    #[doc(alias = "/v1.0/im/organizations/textEmotions/remove")]
    #[doc(alias = "POST /v1.0/im/organizations/textEmotions/remove")]
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
    /// `POST /v1.0/im/interconnections/groups/dismiss`: DingTalk's `DismissGroupConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DismissGroupConversation")]
    #[doc(alias = "/v1.0/im/interconnections/groups/dismiss")]
    #[doc(alias = "POST /v1.0/im/interconnections/groups/dismiss")]
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
    /// `POST /v1.0/im/chat/scenegroup/disband`: DingTalk's `DsbandOpenSceneGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DsbandOpenSceneGroup")]
    #[doc(alias = "/v1.0/im/chat/scenegroup/disband")]
    #[doc(alias = "POST /v1.0/im/chat/scenegroup/disband")]
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
    /// `POST /v1.0/im/chats/sceneGroups/freeze`: DingTalk's `FreezeGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FreezeGroup")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/freeze")]
    #[doc(alias = "POST /v1.0/im/chats/sceneGroups/freeze")]
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
    /// `POST /v1.0/im/conversations/urls`: DingTalk's `GetConversationUrl` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversationUrl")]
    #[doc(alias = "/v1.0/im/conversations/urls")]
    #[doc(alias = "POST /v1.0/im/conversations/urls")]
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
    /// `POST /v1.0/im/conversations/familySchools/messages/query`: DingTalk's `GetFamilySchoolConversationMsg` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_family_school_conversation_msg_pages`].
    #[doc(alias = "GetFamilySchoolConversationMsg")]
    #[doc(alias = "/v1.0/im/conversations/familySchools/messages/query")]
    #[doc(alias = "POST /v1.0/im/conversations/familySchools/messages/query")]
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
    /// `POST /v1.0/im/conversations/familySchools/query`: DingTalk's `GetFamilySchoolConversations` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_family_school_conversations_pages`].
    #[doc(alias = "GetFamilySchoolConversations")]
    #[doc(alias = "/v1.0/im/conversations/familySchools/query")]
    #[doc(alias = "POST /v1.0/im/conversations/familySchools/query")]
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
    /// `POST /v1.0/im/me/chat/members/batchQuery`: DingTalk's `GetGroupMembersByUserToken` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_group_members_by_user_token_pages`].
    #[doc(alias = "GetGroupMembersByUserToken")]
    #[doc(alias = "/v1.0/im/me/chat/members/batchQuery")]
    #[doc(alias = "POST /v1.0/im/me/chat/members/batchQuery")]
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
    /// `POST /v1.0/im/innerGroups/members/query`: DingTalk's `GetInnerGroupMembers` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_inner_group_members_pages`].
    #[doc(alias = "GetInnerGroupMembers")]
    #[doc(alias = "/v1.0/im/innerGroups/members/query")]
    #[doc(alias = "POST /v1.0/im/innerGroups/members/query")]
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
    /// `POST /v1.0/im/interconnections/sessions/urls`: DingTalk's `GetInterconnectionUrl` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInterconnectionUrl")]
    #[doc(alias = "/v1.0/im/interconnections/sessions/urls")]
    #[doc(alias = "POST /v1.0/im/interconnections/sessions/urls")]
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
    /// `GET /v1.0/im/activities/innerGroups`: DingTalk's `GetNewestInnerGroups` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNewestInnerGroups")]
    #[doc(alias = "/v1.0/im/activities/innerGroups")]
    #[doc(alias = "GET /v1.0/im/activities/innerGroups")]
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
    /// `POST /v1.0/im/sceneGroups/queryDetail`: DingTalk's `GetSceneGroupDetailInfo` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSceneGroupDetailInfo")]
    #[doc(alias = "/v1.0/im/sceneGroups/queryDetail")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/queryDetail")]
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
    /// `POST /v1.0/im/sceneGroups/query`: DingTalk's `GetSceneGroupInfo` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSceneGroupInfo")]
    #[doc(alias = "/v1.0/im/sceneGroups/query")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/query")]
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
    /// `POST /v1.0/im/sceneGroups/members/query`: DingTalk's `GetSceneGroupMembers` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_scene_group_members_pages`].
    #[doc(alias = "GetSceneGroupMembers")]
    #[doc(alias = "/v1.0/im/sceneGroups/members/query")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/members/query")]
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
    /// `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/messageOpenStatuses`: DingTalk's `GetSceneGroupTemplateMessageOpenStatus` (module feature `im_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSceneGroupTemplateMessageOpenStatus")]
    #[doc(
        alias = "/v1.0/im/chats/sceneGroups/templates/{templateId}/messageOpenStatuses"
    )]
    #[doc(
        alias = "GET /v1.0/im/chats/sceneGroups/templates/{templateId}/messageOpenStatuses"
    )]
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
            "/v1.0/im/chats/sceneGroups/templates/{templateId}/messageOpenStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 获取单聊会话的OpenConversationId
    ///
    /// `POST /v1.0/im/privateChats/openConversationId/query`: DingTalk's `GetSingleChatOpenConversationId` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSingleChatOpenConversationId")]
    #[doc(alias = "/v1.0/im/privateChats/openConversationId/query")]
    #[doc(alias = "POST /v1.0/im/privateChats/openConversationId/query")]
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
    /// `GET /v1.0/im/chats/sceneGroups/groupInfos`: DingTalk's `GetSuperAdminOpenSceneGroupInfo` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSuperAdminOpenSceneGroupInfo")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/groupInfos")]
    #[doc(alias = "GET /v1.0/im/chats/sceneGroups/groupInfos")]
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
    /// `POST /v1.0/im/groups/words/ban`: DingTalk's `GroupBanWords` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupBanWords")]
    #[doc(alias = "/v1.0/im/groups/words/ban")]
    #[doc(alias = "POST /v1.0/im/groups/words/ban")]
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
    /// `POST /v1.0/im/groups/capacities/inquiries/query`: DingTalk's `GroupCapacityInquiry` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupCapacityInquiry")]
    #[doc(alias = "/v1.0/im/groups/capacities/inquiries/query")]
    #[doc(alias = "POST /v1.0/im/groups/capacities/inquiries/query")]
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
    /// `POST /v1.0/im/groups/capacities/orders/confirm`: DingTalk's `GroupCapacityOrderConfirm` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupCapacityOrderConfirm")]
    #[doc(alias = "/v1.0/im/groups/capacities/orders/confirm")]
    #[doc(alias = "POST /v1.0/im/groups/capacities/orders/confirm")]
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
    /// `POST /v1.0/im/groups/capacities/orders/place`: DingTalk's `GroupCapacityOrderPlace` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupCapacityOrderPlace")]
    #[doc(alias = "/v1.0/im/groups/capacities/orders/place")]
    #[doc(alias = "POST /v1.0/im/groups/capacities/orders/place")]
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
    /// `POST /v1.0/im/groups/managements/query`: DingTalk's `GroupManageQuery` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::group_manage_query_pages`].
    #[doc(alias = "GroupManageQuery")]
    #[doc(alias = "/v1.0/im/groups/managements/query")]
    #[doc(alias = "POST /v1.0/im/groups/managements/query")]
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
    /// `POST /v1.0/im/groups/capacities/reduce`: DingTalk's `GroupManageReduce` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupManageReduce")]
    #[doc(alias = "/v1.0/im/groups/capacities/reduce")]
    #[doc(alias = "POST /v1.0/im/groups/capacities/reduce")]
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
    /// `POST /v1.0/im/groupChats/import`: DingTalk's `ImportGroupChat` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ImportGroupChat")]
    #[doc(alias = "/v1.0/im/groupChats/import")]
    #[doc(alias = "POST /v1.0/im/groupChats/import")]
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
    /// `POST /v1.0/im/messages/import`: DingTalk's `ImportMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ImportMessage")]
    #[doc(alias = "/v1.0/im/messages/import")]
    #[doc(alias = "POST /v1.0/im/messages/import")]
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
    /// `POST /v1.0/im/organizations/robots/install`: DingTalk's `InstallRobotToOrg` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallRobotToOrg")]
    #[doc(alias = "/v1.0/im/organizations/robots/install")]
    #[doc(alias = "POST /v1.0/im/organizations/robots/install")]
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
    /// `POST /v1.0/im/intelligent/cards/send`: DingTalk's `IntelligentSendCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IntelligentSendCard")]
    #[doc(alias = "/v1.0/im/intelligent/cards/send")]
    #[doc(alias = "POST /v1.0/im/intelligent/cards/send")]
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
    /// `POST /v1.0/im/interactiveCards/instances`: DingTalk's `InteractiveCardCreateInstance` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InteractiveCardCreateInstance")]
    #[doc(alias = "/v1.0/im/interactiveCards/instances")]
    #[doc(alias = "POST /v1.0/im/interactiveCards/instances")]
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
    /// `POST /v1.0/im/convNavTabs/list`: DingTalk's `ListConvNavTab` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListConvNavTab")]
    #[doc(alias = "/v1.0/im/convNavTabs/list")]
    #[doc(alias = "POST /v1.0/im/convNavTabs/list")]
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
    /// `GET /v1.0/im/chats/sceneGroups/templates/lists`: DingTalk's `ListGroupTemplatesByOrgId` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_group_templates_by_org_id_pages`].
    #[doc(alias = "ListGroupTemplatesByOrgId")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/templates/lists")]
    #[doc(alias = "GET /v1.0/im/chats/sceneGroups/templates/lists")]
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
    /// `GET /v1.0/im/organizations/textEmotions`: DingTalk's `ListOrgTextEmotion` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListOrgTextEmotion")]
    #[doc(alias = "/v1.0/im/organizations/textEmotions")]
    #[doc(alias = "GET /v1.0/im/organizations/textEmotions")]
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
    /// `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/lists`: DingTalk's `ListSceneGroupsByTemplateId` (module feature `im_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_scene_groups_by_template_id_pages`].
    #[doc(alias = "ListSceneGroupsByTemplateId")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/templates/{templateId}/lists")]
    #[doc(alias = "GET /v1.0/im/chats/sceneGroups/templates/{templateId}/lists")]
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
            "/v1.0/im/chats/sceneGroups/templates/{templateId}/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], request)
    }
    /// 客联访客登录接口
    ///
    /// `POST /v1.0/im/interconnections/conversations/visitorLogin`: DingTalk's `LoginForVisitor` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LoginForVisitor")]
    #[doc(alias = "/v1.0/im/interconnections/conversations/visitorLogin")]
    #[doc(alias = "POST /v1.0/im/interconnections/conversations/visitorLogin")]
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
    /// `POST /v1.0/im/unfurling/rules/remove`: DingTalk's `OfflineUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OfflineUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules/remove")]
    #[doc(alias = "POST /v1.0/im/unfurling/rules/remove")]
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
    /// `POST /v1.0/im/groups/roles`: DingTalk's `OpenGroupRoleAdd` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenGroupRoleAdd")]
    #[doc(alias = "/v1.0/im/groups/roles")]
    #[doc(alias = "POST /v1.0/im/groups/roles")]
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
    /// `POST /v1.0/im/groups/roles/query`: DingTalk's `OpenGroupRoleQuery` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenGroupRoleQuery")]
    #[doc(alias = "/v1.0/im/groups/roles/query")]
    #[doc(alias = "POST /v1.0/im/groups/roles/query")]
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
    /// `POST /v1.0/im/groups/roles/remove`: DingTalk's `OpenGroupRoleRemove` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenGroupRoleRemove")]
    #[doc(alias = "/v1.0/im/groups/roles/remove")]
    #[doc(alias = "POST /v1.0/im/groups/roles/remove")]
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
    /// `PUT /v1.0/im/groups/roles`: DingTalk's `OpenGroupRoleUpdate` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenGroupRoleUpdate")]
    #[doc(alias = "/v1.0/im/groups/roles")]
    #[doc(alias = "PUT /v1.0/im/groups/roles")]
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
    /// `POST /v1.0/im/groups/users/roles/query`: DingTalk's `OpenGroupUserRoleQuery` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenGroupUserRoleQuery")]
    #[doc(alias = "/v1.0/im/groups/users/roles/query")]
    #[doc(alias = "POST /v1.0/im/groups/users/roles/query")]
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
    /// `POST /v1.0/im/innerGroups/transferToDeptGroups`: DingTalk's `OpenInnerGroupTransferToDeptGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenInnerGroupTransferToDeptGroup")]
    #[doc(alias = "/v1.0/im/innerGroups/transferToDeptGroups")]
    #[doc(alias = "POST /v1.0/im/innerGroups/transferToDeptGroups")]
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
    /// `POST /v1.0/im/groups/search`: DingTalk's `OpenSearchGroupList` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenSearchGroupList")]
    #[doc(alias = "/v1.0/im/groups/search")]
    #[doc(alias = "POST /v1.0/im/groups/search")]
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
    /// `POST /v1.0/im/cardMessages/users/send`: DingTalk's `OpenUserSendCardMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenUserSendCardMessage")]
    #[doc(alias = "/v1.0/im/cardMessages/users/send")]
    #[doc(alias = "POST /v1.0/im/cardMessages/users/send")]
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
    /// `POST /v1.0/im/me/messages/cards/send`: DingTalk's `PersonalSendCardMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PersonalSendCardMessage")]
    #[doc(alias = "/v1.0/im/me/messages/cards/send")]
    #[doc(alias = "POST /v1.0/im/me/messages/cards/send")]
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
    /// `POST /v1.0/im/intelligent/cards/putTop`: DingTalk's `PutMsgCardTopByIntelligent` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PutMsgCardTopByIntelligent")]
    #[doc(alias = "/v1.0/im/intelligent/cards/putTop")]
    #[doc(alias = "POST /v1.0/im/intelligent/cards/putTop")]
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
    /// `POST /v1.0/im/customGroupRole/query`: DingTalk's `QueryCustomGroupRoles` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCustomGroupRoles")]
    #[doc(alias = "/v1.0/im/customGroupRole/query")]
    #[doc(alias = "POST /v1.0/im/customGroupRole/query")]
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
    /// `POST /v1.0/im/customUserRoles/queryByUser`: DingTalk's `QueryCustomGroupRolesByUser` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCustomGroupRolesByUser")]
    #[doc(alias = "/v1.0/im/customUserRoles/queryByUser")]
    #[doc(alias = "POST /v1.0/im/customUserRoles/queryByUser")]
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
    /// `POST /v1.0/im/interconnections/group/groupInfoByAppCid`: DingTalk's `QueryGroupInfoByAppCids` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupInfoByAppCids")]
    #[doc(alias = "/v1.0/im/interconnections/group/groupInfoByAppCid")]
    #[doc(alias = "POST /v1.0/im/interconnections/group/groupInfoByAppCid")]
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
    /// `POST /v1.0/im/memberAuthorizations/groups/query`: DingTalk's `QueryGroupInfoByMemberAuth` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupInfoByMemberAuth")]
    #[doc(alias = "/v1.0/im/memberAuthorizations/groups/query")]
    #[doc(alias = "POST /v1.0/im/memberAuthorizations/groups/query")]
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
    /// `POST /v1.0/im/interconnections/group/groupInfoByOpenCid`: DingTalk's `QueryGroupInfoByOpenCids` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupInfoByOpenCids")]
    #[doc(alias = "/v1.0/im/interconnections/group/groupInfoByOpenCid")]
    #[doc(alias = "POST /v1.0/im/interconnections/group/groupInfoByOpenCid")]
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
    /// `GET /v1.0/im/interconnections/conversations/members`: DingTalk's `QueryGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMember")]
    #[doc(alias = "/v1.0/im/interconnections/conversations/members")]
    #[doc(alias = "GET /v1.0/im/interconnections/conversations/members")]
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
    /// `POST /v1.0/im/interconnections/group/groupMemberByAppUids`: DingTalk's `QueryGroupMemberByAppUids` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMemberByAppUids")]
    #[doc(alias = "/v1.0/im/interconnections/group/groupMemberByAppUids")]
    #[doc(alias = "POST /v1.0/im/interconnections/group/groupMemberByAppUids")]
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
    /// `POST /v1.0/im/memberAuthorizations/groups/members/query`: DingTalk's `QueryGroupMemberByMemberAuth` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMemberByMemberAuth")]
    #[doc(alias = "/v1.0/im/memberAuthorizations/groups/members/query")]
    #[doc(alias = "POST /v1.0/im/memberAuthorizations/groups/members/query")]
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
    /// `GET /v1.0/im/sceneGroups/muteSettings`: DingTalk's `QueryGroupMuteStatus` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMuteStatus")]
    #[doc(alias = "/v1.0/im/sceneGroups/muteSettings")]
    #[doc(alias = "GET /v1.0/im/sceneGroups/muteSettings")]
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
    /// `POST /v1.0/im/innerGroups/memberLists/query`: DingTalk's `QueryInnerGroupMemberList` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_inner_group_member_list_pages`].
    #[doc(alias = "QueryInnerGroupMemberList")]
    #[doc(alias = "/v1.0/im/innerGroups/memberLists/query")]
    #[doc(alias = "POST /v1.0/im/innerGroups/memberLists/query")]
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
    /// `GET /v1.0/im/innerGroups/recentLists`: DingTalk's `QueryInnerGroupRecentList` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryInnerGroupRecentList")]
    #[doc(alias = "/v1.0/im/innerGroups/recentLists")]
    #[doc(alias = "GET /v1.0/im/innerGroups/recentLists")]
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
    /// `POST /v1.0/im/sceneGroups/roles/members/query`: DingTalk's `QueryMembersOfGroupRole` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMembersOfGroupRole")]
    #[doc(alias = "/v1.0/im/sceneGroups/roles/members/query")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/roles/members/query")]
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
    /// `POST /v1.0/im/messages/sendResults/query`: DingTalk's `QueryMessageSendResult` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMessageSendResult")]
    #[doc(alias = "/v1.0/im/messages/sendResults/query")]
    #[doc(alias = "POST /v1.0/im/messages/sendResults/query")]
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
    /// `POST /v1.0/im/intelligent/messages/readStatuses/query`: DingTalk's `QueryMsgReadStatus` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::query_msg_read_status_pages`].
    #[doc(alias = "QueryMsgReadStatus")]
    #[doc(alias = "/v1.0/im/intelligent/messages/readStatuses/query")]
    #[doc(alias = "POST /v1.0/im/intelligent/messages/readStatuses/query")]
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
    /// `POST /v1.0/im/otoChat/receiveUsers/query`: DingTalk's `QueryOpenConversationReceiveUser` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOpenConversationReceiveUser")]
    #[doc(alias = "/v1.0/im/otoChat/receiveUsers/query")]
    #[doc(alias = "POST /v1.0/im/otoChat/receiveUsers/query")]
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
    /// `POST /v1.0/im/groups/baseInfos/query`: DingTalk's `QueryOpenGroupBaseInfo` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOpenGroupBaseInfo")]
    #[doc(alias = "/v1.0/im/groups/baseInfos/query")]
    #[doc(alias = "POST /v1.0/im/groups/baseInfos/query")]
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
    /// `POST /v1.0/im/me/messages/readStatuses/query`: DingTalk's `QueryPersonalMessageReadStatus` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPersonalMessageReadStatus")]
    #[doc(alias = "/v1.0/im/me/messages/readStatuses/query")]
    #[doc(alias = "POST /v1.0/im/me/messages/readStatuses/query")]
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
    /// `POST /v1.0/im/conversations/recentLists/query`: DingTalk's `QueryRecentConversations` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRecentConversations")]
    #[doc(alias = "/v1.0/im/conversations/recentLists/query")]
    #[doc(alias = "POST /v1.0/im/conversations/recentLists/query")]
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
    /// `GET /v1.0/im/sceneGroups/templates/robots`: DingTalk's `QuerySceneGroupTemplateRobot` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySceneGroupTemplateRobot")]
    #[doc(alias = "/v1.0/im/sceneGroups/templates/robots")]
    #[doc(alias = "GET /v1.0/im/sceneGroups/templates/robots")]
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
    /// `POST /v1.0/im/interconnections/doubleGroups/query`: DingTalk's `QuerySingleGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySingleGroup")]
    #[doc(alias = "/v1.0/im/interconnections/doubleGroups/query")]
    #[doc(alias = "POST /v1.0/im/interconnections/doubleGroups/query")]
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
    /// `POST /v1.0/im/interconnections/unReadMsgs/query`: DingTalk's `QueryUnReadMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUnReadMessage")]
    #[doc(alias = "/v1.0/im/interconnections/unReadMsgs/query")]
    #[doc(alias = "POST /v1.0/im/interconnections/unReadMsgs/query")]
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
    /// `GET /v1.0/im/unfurling/rules/creators`: DingTalk's `QueryUnfurlingRegisterCreator` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUnfurlingRegisterCreator")]
    #[doc(alias = "/v1.0/im/unfurling/rules/creators")]
    #[doc(alias = "GET /v1.0/im/unfurling/rules/creators")]
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
    /// `GET /v1.0/im/unfurling/rules`: DingTalk's `QueryUnfurlingRegisterInfo` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_unfurling_register_info_pages`].
    #[doc(alias = "QueryUnfurlingRegisterInfo")]
    #[doc(alias = "/v1.0/im/unfurling/rules")]
    #[doc(alias = "GET /v1.0/im/unfurling/rules")]
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
    /// `POST /v1.0/im/groupAliasTitiles/query`: DingTalk's `QueryUserGroupAliasTitle` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserGroupAliasTitle")]
    #[doc(alias = "/v1.0/im/groupAliasTitiles/query")]
    #[doc(alias = "POST /v1.0/im/groupAliasTitiles/query")]
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
    /// `POST /v1.0/im/groupRoles/users/query`: DingTalk's `QueryUserGroupRoles` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserGroupRoles")]
    #[doc(alias = "/v1.0/im/groupRoles/users/query")]
    #[doc(alias = "POST /v1.0/im/groupRoles/users/query")]
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
    /// `POST /v1.0/im/chats/lastMessageTime/query`: DingTalk's `QueryUserViewGroupLastMessageTime` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserViewGroupLastMessageTime")]
    #[doc(alias = "/v1.0/im/chats/lastMessageTime/query")]
    #[doc(alias = "POST /v1.0/im/chats/lastMessageTime/query")]
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
    /// `POST /v1.0/im/me/messages/readStatuses/set`: DingTalk's `ReadPersonalMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReadPersonalMessage")]
    #[doc(alias = "/v1.0/im/me/messages/readStatuses/set")]
    #[doc(alias = "POST /v1.0/im/me/messages/readStatuses/set")]
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
    /// `POST /v1.0/im/intelligent/messages/recall`: DingTalk's `RecallMessages` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallMessages")]
    #[doc(alias = "/v1.0/im/intelligent/messages/recall")]
    #[doc(alias = "POST /v1.0/im/intelligent/messages/recall")]
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
    /// `POST /v1.0/im/me/messages/recall`: DingTalk's `RecallPersonalMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallPersonalMessage")]
    #[doc(alias = "/v1.0/im/me/messages/recall")]
    #[doc(alias = "POST /v1.0/im/me/messages/recall")]
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
    /// `POST /v1.0/im/unfurling/rules/publish`: DingTalk's `ReleaseUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReleaseUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules/publish")]
    #[doc(alias = "POST /v1.0/im/unfurling/rules/publish")]
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
    /// `POST /v1.0/im/customGroupRole/remove`: DingTalk's `RemoveCustomGroupRole` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveCustomGroupRole")]
    #[doc(alias = "/v1.0/im/customGroupRole/remove")]
    #[doc(alias = "POST /v1.0/im/customGroupRole/remove")]
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
    /// `POST /v1.0/im/customUserRoles/remove`: DingTalk's `RemoveCustomUserRoles` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveCustomUserRoles")]
    #[doc(alias = "/v1.0/im/customUserRoles/remove")]
    #[doc(alias = "POST /v1.0/im/customUserRoles/remove")]
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
    /// `POST /v1.0/im/conversations/robots/remove`: DingTalk's `RemoveRobotFromConversation` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveRobotFromConversation")]
    #[doc(alias = "/v1.0/im/conversations/robots/remove")]
    #[doc(alias = "POST /v1.0/im/conversations/robots/remove")]
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
    /// `POST /v1.0/im/sceneGroup/member/delete`: DingTalk's `RemoveSceneGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveSceneGroupMember")]
    #[doc(alias = "/v1.0/im/sceneGroup/member/delete")]
    #[doc(alias = "POST /v1.0/im/sceneGroup/member/delete")]
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
    /// `POST /v1.0/im/innerGroups/search`: DingTalk's `SearchInnerGroups` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchInnerGroups")]
    #[doc(alias = "/v1.0/im/innerGroups/search")]
    #[doc(alias = "POST /v1.0/im/innerGroups/search")]
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
    /// `POST /v1.0/im/interactiveCards/send`: DingTalk's `SendInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendInteractiveCard")]
    #[doc(alias = "/v1.0/im/interactiveCards/send")]
    #[doc(alias = "POST /v1.0/im/interactiveCards/send")]
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
    /// `POST /v1.0/im/privateChat/interactiveCards/send`: DingTalk's `SendOTOInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendOTOInteractiveCard")]
    #[doc(alias = "/v1.0/im/privateChat/interactiveCards/send")]
    #[doc(alias = "POST /v1.0/im/privateChat/interactiveCards/send")]
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
    /// `POST /v1.0/im/me/messages/send`: DingTalk's `SendPersonalMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendPersonalMessage")]
    #[doc(alias = "/v1.0/im/me/messages/send")]
    #[doc(alias = "POST /v1.0/im/me/messages/send")]
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
    /// `POST /v1.0/im/v1.0/robot/interactiveCards/send`: DingTalk's `SendRobotInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendRobotInteractiveCard")]
    #[doc(alias = "/v1.0/im/v1.0/robot/interactiveCards/send")]
    #[doc(alias = "POST /v1.0/im/v1.0/robot/interactiveCards/send")]
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
    /// `POST /v1.0/im/interconnections/robotMessages/send`: DingTalk's `SendRobotMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendRobotMessage")]
    #[doc(alias = "/v1.0/im/interconnections/robotMessages/send")]
    #[doc(alias = "POST /v1.0/im/interconnections/robotMessages/send")]
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
    /// `POST /v1.0/im/interactiveCards/templates/send`: DingTalk's `SendTemplateInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendTemplateInteractiveCard")]
    #[doc(alias = "/v1.0/im/interactiveCards/templates/send")]
    #[doc(alias = "POST /v1.0/im/interactiveCards/templates/send")]
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
    /// `POST /v1.0/im/rightPanels/set`: DingTalk's `SetRightPanel` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRightPanel")]
    #[doc(alias = "/v1.0/im/rightPanels/set")]
    #[doc(alias = "POST /v1.0/im/rightPanels/set")]
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
    /// `POST /v1.0/im/convNavTabs/sort`: DingTalk's `SortConvNavTab` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SortConvNavTab")]
    #[doc(alias = "/v1.0/im/convNavTabs/sort")]
    #[doc(alias = "POST /v1.0/im/convNavTabs/sort")]
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
    /// `POST /v1.0/im/chats/scenegroups/templates/apply`: DingTalk's `SuperAdminApplyTemplate` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SuperAdminApplyTemplate")]
    #[doc(alias = "/v1.0/im/chats/scenegroups/templates/apply")]
    #[doc(alias = "POST /v1.0/im/chats/scenegroups/templates/apply")]
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
    /// `POST /v1.0/im/chats/scenegroups/templates/close`: DingTalk's `SuperAdminCloseTemplate` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SuperAdminCloseTemplate")]
    #[doc(alias = "/v1.0/im/chats/scenegroups/templates/close")]
    #[doc(alias = "POST /v1.0/im/chats/scenegroups/templates/close")]
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
    /// `POST /v1.0/im/topBoxes/close`: DingTalk's `TopboxClose` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TopboxClose")]
    #[doc(alias = "/v1.0/im/topBoxes/close")]
    #[doc(alias = "POST /v1.0/im/topBoxes/close")]
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
    /// `POST /v1.0/im/topBoxes/open`: DingTalk's `TopboxOpen` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TopboxOpen")]
    #[doc(alias = "/v1.0/im/topBoxes/open")]
    #[doc(alias = "POST /v1.0/im/topBoxes/open")]
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
    /// `PUT /v1.0/im/interconnections/clientServices/avatarAndName`: DingTalk's `UpdateClientService` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateClientService")]
    #[doc(alias = "/v1.0/im/interconnections/clientServices/avatarAndName")]
    #[doc(alias = "PUT /v1.0/im/interconnections/clientServices/avatarAndName")]
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
    /// `POST /v1.0/im/convNavTabs/update`: DingTalk's `UpdateConvNavTab` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateConvNavTab")]
    #[doc(alias = "/v1.0/im/convNavTabs/update")]
    #[doc(alias = "POST /v1.0/im/convNavTabs/update")]
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
    /// `POST /v1.0/im/customGroupRole/update`: DingTalk's `UpdateCustomGroupRole` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCustomGroupRole")]
    #[doc(alias = "/v1.0/im/customGroupRole/update")]
    #[doc(alias = "POST /v1.0/im/customGroupRole/update")]
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
    /// `POST /v1.0/im/group/update`: DingTalk's `UpdateGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroup")]
    #[doc(alias = "/v1.0/im/group/update")]
    #[doc(alias = "POST /v1.0/im/group/update")]
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
    /// `PUT /v1.0/im/interconnections/groups/avatars`: DingTalk's `UpdateGroupAvatar` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupAvatar")]
    #[doc(alias = "/v1.0/im/interconnections/groups/avatars")]
    #[doc(alias = "PUT /v1.0/im/interconnections/groups/avatars")]
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
    /// `PUT /v1.0/im/interconnections/groups/names`: DingTalk's `UpdateGroupName` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupName")]
    #[doc(alias = "/v1.0/im/interconnections/groups/names")]
    #[doc(alias = "PUT /v1.0/im/interconnections/groups/names")]
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
    /// `PUT /v1.0/im/sceneGroups/permissions`: DingTalk's `UpdateGroupPermission` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupPermission")]
    #[doc(alias = "/v1.0/im/sceneGroups/permissions")]
    #[doc(alias = "PUT /v1.0/im/sceneGroups/permissions")]
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
    /// `PUT /v1.0/im/sceneGroups/subAdmins`: DingTalk's `UpdateGroupSubAdmin` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupSubAdmin")]
    #[doc(alias = "/v1.0/im/sceneGroups/subAdmins")]
    #[doc(alias = "PUT /v1.0/im/sceneGroups/subAdmins")]
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
    /// `PUT /v1.0/im/interactiveCards`: DingTalk's `UpdateInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInteractiveCard")]
    #[doc(alias = "/v1.0/im/interactiveCards")]
    #[doc(alias = "PUT /v1.0/im/interactiveCards")]
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
    /// `POST /v1.0/im/sceneGroups/muteMembers/set`: DingTalk's `UpdateMemberBanWords` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMemberBanWords")]
    #[doc(alias = "/v1.0/im/sceneGroups/muteMembers/set")]
    #[doc(alias = "POST /v1.0/im/sceneGroups/muteMembers/set")]
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
    /// `PUT /v1.0/im/sceneGroups/members/groupNicks`: DingTalk's `UpdateMemberGroupNick` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMemberGroupNick")]
    #[doc(alias = "/v1.0/im/sceneGroups/members/groupNicks")]
    #[doc(alias = "PUT /v1.0/im/sceneGroups/members/groupNicks")]
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
    /// `POST /v1.0/im/organizations/robots`: DingTalk's `UpdateRobotInOrg` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRobotInOrg")]
    #[doc(alias = "/v1.0/im/organizations/robots")]
    #[doc(alias = "POST /v1.0/im/organizations/robots")]
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
    /// `PUT /v1.0/im/robots/interactiveCards`: DingTalk's `UpdateRobotInteractiveCard` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRobotInteractiveCard")]
    #[doc(alias = "/v1.0/im/robots/interactiveCards")]
    #[doc(alias = "PUT /v1.0/im/robots/interactiveCards")]
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
    /// `POST /v1.0/im/sceneGroup/update`: DingTalk's `UpdateSceneGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSceneGroup")]
    #[doc(alias = "/v1.0/im/sceneGroup/update")]
    #[doc(alias = "POST /v1.0/im/sceneGroup/update")]
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
    /// `PUT /v1.0/im/chats/sceneGroups/templates/messageOpenStatuses`: DingTalk's `UpdateSceneGroupTemplateMessageOpenStatus` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSceneGroupTemplateMessageOpenStatus")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/templates/messageOpenStatuses")]
    #[doc(alias = "PUT /v1.0/im/chats/sceneGroups/templates/messageOpenStatuses")]
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
    /// `PUT /v1.0/im/sceneGroups/members/groupRoles`: DingTalk's `UpdateTheGroupRolesOfGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTheGroupRolesOfGroupMember")]
    #[doc(alias = "/v1.0/im/sceneGroups/members/groupRoles")]
    #[doc(alias = "PUT /v1.0/im/sceneGroups/members/groupRoles")]
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
    /// `PUT /v1.0/im/unfurling/rules`: DingTalk's `UpdateUnfurlingRegister` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUnfurlingRegister")]
    #[doc(alias = "/v1.0/im/unfurling/rules")]
    #[doc(alias = "PUT /v1.0/im/unfurling/rules")]
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
    /// `PUT /v1.0/im/unfurling/rules/statuses`: DingTalk's `UpdateUnfurlingRegisterStatus` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUnfurlingRegisterStatus")]
    #[doc(alias = "/v1.0/im/unfurling/rules/statuses")]
    #[doc(alias = "PUT /v1.0/im/unfurling/rules/statuses")]
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
    /// `POST /v1.0/im/groupAliasTitiles/update`: DingTalk's `UpdateUserGroupAliasTitle` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUserGroupAliasTitle")]
    #[doc(alias = "/v1.0/im/groupAliasTitiles/update")]
    #[doc(alias = "POST /v1.0/im/groupAliasTitiles/update")]
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
    /// `POST /v1.0/im/chats/sceneGroups/upgradeToExternalGroup`: DingTalk's `UpgradeToExternalGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeToExternalGroup")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/upgradeToExternalGroup")]
    #[doc(alias = "POST /v1.0/im/chats/sceneGroups/upgradeToExternalGroup")]
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
    /// `POST /v1.0/im/chats/sceneGroups/upgradeToServiceGroup`: DingTalk's `UpgradeToServiceGroup` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpgradeToServiceGroup")]
    #[doc(alias = "/v1.0/im/chats/sceneGroups/upgradeToServiceGroup")]
    #[doc(alias = "POST /v1.0/im/chats/sceneGroups/upgradeToServiceGroup")]
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
    /// `POST /v1.0/im/interconnections/groups/members`: DingTalk's `addGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "addGroupMember")]
    #[doc(alias = "/v1.0/im/interconnections/groups/members")]
    #[doc(alias = "POST /v1.0/im/interconnections/groups/members")]
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
    /// `POST /v1.0/im/interconnections/groups/members/remove`: DingTalk's `removeGroupMember` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "removeGroupMember")]
    #[doc(alias = "/v1.0/im/interconnections/groups/members/remove")]
    #[doc(alias = "POST /v1.0/im/interconnections/groups/members/remove")]
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
    /// `POST /v1.0/im/interconnections/dingMessages/send`: DingTalk's `sendDingMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "sendDingMessage")]
    #[doc(alias = "/v1.0/im/interconnections/dingMessages/send")]
    #[doc(alias = "POST /v1.0/im/interconnections/dingMessages/send")]
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
    /// `POST /v1.0/im/interconnections/messages/send`: DingTalk's `sendMessage` (module feature `im_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "sendMessage")]
    #[doc(alias = "/v1.0/im/interconnections/messages/send")]
    #[doc(alias = "POST /v1.0/im/interconnections/messages/send")]
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
    /// Every page of [`Api::list_group_templates_by_org_id`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `sceneGroupDetailModels` of each page.
    pub fn list_group_templates_by_org_id_pages(
        &self,
        request: &ListGroupTemplatesByOrgIdRequest,
    ) -> rt::Paginator<
        ListGroupTemplatesByOrgIdResponseBody,
        ListGroupTemplatesByOrgIdError,
        ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["sceneGroupDetailModels"],
            &[],
            &[],
        );
        rt::Paginator::new(self.list_group_templates_by_org_id(request), &PAGING)
    }
    /// Every page of [`Api::list_scene_groups_by_template_id`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `openConversationIds` of each page.
    pub fn list_scene_groups_by_template_id_pages(
        &self,
        template_id: &str,
        request: &ListSceneGroupsByTemplateIdRequest,
    ) -> rt::Paginator<
        ListSceneGroupsByTemplateIdResponseBody,
        ListSceneGroupsByTemplateIdError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["openConversationIds"],
            &[],
            &[],
        );
        rt::Paginator::new(
            self.list_scene_groups_by_template_id(template_id, request),
            &PAGING,
        )
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddConvNavTabResponseBody {
    /// `result`.
    pub result: Option<AddConvNavTabResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    AddConvNavTabResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddConvNavTabResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddOrgTextEmotionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOrgTextEmotionResponseBody {
    /// `result`.
    pub result: Option<AddOrgTextEmotionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddOrgTextEmotionResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOrgTextEmotionResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AddRobotToConversationResponseBody`, a model several operations share: also named [`RemoveRobotFromConversationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRobotToConversationResponseBody {
    /// `chatBotUserId`.
    pub chat_bot_user_id: Option<String>,
}
rt::impl_deserialize! {
    AddRobotToConversationResponseBody { "chatBotUserId" => read_field(chat_bot_user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRobotToConversationResponseBody { "chatBotUserId" => optional(chat_bot_user_id) }
}
/// `AddSceneGroupMemberResponseBody`, a model several operations share: also named [`CreateCustomUserRolesResponseBody`], [`DebugUnfurlingRegisterResponseBody`], [`DeleteOrgTextEmotionResponseBody`], [`DsbandOpenSceneGroupResponseBody`], [`FreezeGroupResponseBody`], [`OfflineUnfurlingRegisterResponseBody`], [`OpenInnerGroupTransferToDeptGroupResponseBody`], [`ReadPersonalMessageResponseBody`], [`RecallPersonalMessageResponseBody`], [`ReleaseUnfurlingRegisterResponseBody`], [`RemoveCustomGroupRoleResponseBody`], [`RemoveCustomUserRolesResponseBody`], [`RemoveSceneGroupMemberResponseBody`], [`SendRobotMessageResponseBody`], [`SetRightPanelResponseBody`], [`SuperAdminApplyTemplateResponseBody`], [`SuperAdminCloseTemplateResponseBody`], [`UpdateCustomGroupRoleResponseBody`], [`UpdateGroupResponseBody`], [`UpdateGroupPermissionResponseBody`], [`UpdateMemberGroupNickResponseBody`], [`UpdateSceneGroupResponseBody`], [`UpdateSceneGroupTemplateMessageOpenStatusResponseBody`], [`UpdateTheGroupRolesOfGroupMemberResponseBody`], [`UpdateUnfurlingRegisterResponseBody`], [`UpdateUnfurlingRegisterStatusResponseBody`], [`UpgradeToExternalGroupResponseBody`], [`UpgradeToServiceGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSceneGroupMemberResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddSceneGroupMemberResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSceneGroupMemberResponseBody { "success" => optional(success) }
}
/// `AddUnfurlingRegisterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddUnfurlingRegisterResponseBody {
    /// `id`.
    pub id: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddUnfurlingRegisterResponseBody { "id" => read_field(id), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddUnfurlingRegisterResponseBody { "id" => optional(id), "success" =>
    optional(success) }
}
/// `AutoOpenDingTalkConnectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AutoOpenDingTalkConnectResponseBody {
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    AutoOpenDingTalkConnectResponseBody { "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AutoOpenDingTalkConnectResponseBody { "message" => optional(message) }
}
/// `BatchQueryFamilySchoolMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageResponseBody {
    /// `messages`.
    pub messages: Option<Vec<BatchQueryFamilySchoolMessageResponseBodyMessages>>,
}
rt::impl_deserialize! {
    BatchQueryFamilySchoolMessageResponseBody { "messages" => read_field(messages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryFamilySchoolMessageResponseBody { "messages" => optional(messages) }
}
/// `BatchQueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryGroupMemberResponseBody { "hasMore" => read_field(has_more),
    "memberUserIds" => read_field(member_user_ids), "nextToken" =>
    read_field(next_token), "staffIdNickMap" => read_field(staff_id_nick_map), "success"
    => read_field(success), "unionIdList" => read_field(union_id_list), "unionIdNickMap"
    => read_field(union_id_nick_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryGroupMemberResponseBody { "hasMore" => optional(has_more), "memberUserIds"
    => optional(member_user_ids), "nextToken" => optional(next_token), "staffIdNickMap"
    => optional(staff_id_nick_map), "success" => optional(success), "unionIdList" =>
    optional(union_id_list), "unionIdNickMap" => optional(union_id_nick_map) }
}
/// `CardTemplateBuildActionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardTemplateBuildActionResponseBody {
    /// `cardTemplateJson`.
    pub card_template_json: Option<String>,
}
rt::impl_deserialize! {
    CardTemplateBuildActionResponseBody { "cardTemplateJson" =>
    read_field(card_template_json) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CardTemplateBuildActionResponseBody { "cardTemplateJson" =>
    optional(card_template_json) }
}
/// `ChangeGroupOwnerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChangeGroupOwnerResponseBody {
    /// `newGroupOwnerId`.
    pub new_group_owner_id: Option<String>,
    /// `newGroupOwnerType`.
    pub new_group_owner_type: Option<i64>,
}
rt::impl_deserialize! {
    ChangeGroupOwnerResponseBody { "newGroupOwnerId" => read_field(new_group_owner_id),
    "newGroupOwnerType" => read_field(new_group_owner_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChangeGroupOwnerResponseBody { "newGroupOwnerId" => optional(new_group_owner_id),
    "newGroupOwnerType" => optional(new_group_owner_type) }
}
/// `ChatIdToOpenConversationIdResponseBody`, a model several operations share: also named [`CreateSceneGroupConversationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatIdToOpenConversationIdResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    ChatIdToOpenConversationIdResponseBody { "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatIdToOpenConversationIdResponseBody { "openConversationId" =>
    optional(open_conversation_id) }
}
/// `ChatSubAdminUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatSubAdminUpdateResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    ChatSubAdminUpdateResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatSubAdminUpdateResponseBody { "success" => optional(success) }
}
/// `CheckUserIsGroupMemberResponseBody`, a model several operations share: also named [`UpdateClientServiceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckUserIsGroupMemberResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CheckUserIsGroupMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckUserIsGroupMemberResponseBody { "result" => optional(result) }
}
/// `CopyUnfurlingRegisterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyUnfurlingRegisterResponseBody {
    /// `result`.
    pub result: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CopyUnfurlingRegisterResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyUnfurlingRegisterResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CountOpenMsgSceneGroupsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsResponseBody {
    /// `result`.
    pub result: Option<CountOpenMsgSceneGroupsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CountOpenMsgSceneGroupsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CountOpenMsgSceneGroupsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CountOrgMessageOpenSceneGroupsResponseBody`, a model several operations share: also named [`CountSceneGroupsByTemplateIdResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CountOrgMessageOpenSceneGroupsResponseBody {
    /// `count`.
    pub count: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CountOrgMessageOpenSceneGroupsResponseBody { "count" => read_field(count), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CountOrgMessageOpenSceneGroupsResponseBody { "count" => optional(count), "success" =>
    optional(success) }
}
/// `CountSceneGroupsByTemplateIdResponseBody`: the same model as [`CountOrgMessageOpenSceneGroupsResponseBody`].
pub type CountSceneGroupsByTemplateIdResponseBody = CountOrgMessageOpenSceneGroupsResponseBody;
/// `CreateCoupleGroupConversationResponseBody`, a model several operations share: also named [`CreateStoreGroupConversationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCoupleGroupConversationResponseBody {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateCoupleGroupConversationResponseBody { "conversationId" =>
    read_field(conversation_id), "openConversationId" => read_field(open_conversation_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCoupleGroupConversationResponseBody { "conversationId" =>
    optional(conversation_id), "openConversationId" => optional(open_conversation_id) }
}
/// `CreateCustomGroupRoleResponseBody`, a model several operations share: also named [`OpenGroupRoleAddResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomGroupRoleResponseBody {
    /// `result`.
    pub result: Option<CreateCustomGroupRoleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateCustomGroupRoleResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomGroupRoleResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateCustomUserRolesResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type CreateCustomUserRolesResponseBody = AddSceneGroupMemberResponseBody;
/// `CreateGroupRequestManagementOptions`, a model several operations share: also named [`CreateSceneGroupConversationRequestManagementOptions`], [`UpdateGroupRequestManagementOptions`].
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
rt::impl_serialize! {
    CreateGroupRequestManagementOptions { "chatBannedType" => optional(chat_banned_type),
    "managementType" => optional(management_type), "mentionAllAuthority" =>
    optional(mention_all_authority), "searchable" => optional(searchable),
    "showHistoryType" => optional(show_history_type), "validationType" =>
    optional(validation_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequestManagementOptions { "chatBannedType" =>
    read_field(chat_banned_type), "managementType" => read_field(management_type),
    "mentionAllAuthority" => read_field(mention_all_authority), "searchable" =>
    read_field(searchable), "showHistoryType" => read_field(show_history_type),
    "validationType" => read_field(validation_type) }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `chatid`.
    pub chatid: Option<String>,
    /// `conversationTag`.
    pub conversation_tag: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateGroupResponseBody { "chatid" => read_field(chatid), "conversationTag" =>
    read_field(conversation_tag), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupResponseBody { "chatid" => optional(chatid), "conversationTag" =>
    optional(conversation_tag), "openConversationId" => optional(open_conversation_id) }
}
/// `CreateGroupConversationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateGroupConversationResponseBody { "appUserIds" => read_field(app_user_ids),
    "conversationId" => read_field(conversation_id), "openConversationId" =>
    read_field(open_conversation_id), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupConversationResponseBody { "appUserIds" => optional(app_user_ids),
    "conversationId" => optional(conversation_id), "openConversationId" =>
    optional(open_conversation_id), "userIds" => optional(user_ids) }
}
/// `CreateGroupFromOldGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupFromOldGroupResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateGroupFromOldGroupResponseBody { "openConversationId" =>
    read_field(open_conversation_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupFromOldGroupResponseBody { "openConversationId" =>
    optional(open_conversation_id), "success" => optional(success) }
}
/// `CreateInterconnectionRequestInterconnections`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateInterconnectionRequestInterconnections`], each named where it is set: `CreateInterconnectionRequestInterconnections::new(CreateInterconnectionRequestInterconnectionsRequired { .. })`.
pub struct CreateInterconnectionRequestInterconnectionsRequired {
    /// `appUserId`: see [`CreateInterconnectionRequestInterconnections::app_user_id`].
    pub app_user_id: String,
    /// `appUserMobile`: see [`CreateInterconnectionRequestInterconnections::app_user_mobile`].
    pub app_user_mobile: String,
    /// `appUserName`: see [`CreateInterconnectionRequestInterconnections::app_user_name`].
    pub app_user_name: String,
    /// `channelCode`: see [`CreateInterconnectionRequestInterconnections::channel_code`].
    pub channel_code: String,
}
impl CreateInterconnectionRequestInterconnections {
    /// A `CreateInterconnectionRequestInterconnections` with its required fields (`appUserId`, `appUserMobile`, `appUserName`, `channelCode`); set the others with the methods named after them.
    pub fn new(required: CreateInterconnectionRequestInterconnectionsRequired) -> Self {
        let CreateInterconnectionRequestInterconnectionsRequired {
            app_user_id,
            app_user_mobile,
            app_user_name,
            channel_code,
        } = required;
        Self {
            app_user_avatar: None,
            app_user_avatar_media_type: None,
            app_user_dynamics: None,
            app_user_id,
            app_user_mobile,
            app_user_name,
            channel_code,
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
rt::impl_serialize! {
    CreateInterconnectionRequestInterconnections { "appUserAvatar" =>
    optional(app_user_avatar), "appUserAvatarMediaType" =>
    optional(app_user_avatar_media_type), "appUserDynamics" =>
    optional(app_user_dynamics), "appUserId" => field(app_user_id), "appUserMobile" =>
    field(app_user_mobile), "appUserName" => field(app_user_name), "channelCode" =>
    field(channel_code), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateInterconnectionRequestInterconnections { "appUserAvatar" =>
    read_field(app_user_avatar), "appUserAvatarMediaType" =>
    read_field(app_user_avatar_media_type), "appUserDynamics" =>
    read_field(app_user_dynamics), "appUserId" => read_field(app_user_id),
    "appUserMobile" => read_field(app_user_mobile), "appUserName" =>
    read_field(app_user_name), "channelCode" => read_field(channel_code), "userId" =>
    read_field(user_id) }
}
/// `CreateInterconnectionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateInterconnectionResponseBody {
    /// `results`.
    pub results: Option<Vec<CreateInterconnectionResponseBodyResults>>,
}
rt::impl_deserialize! {
    CreateInterconnectionResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateInterconnectionResponseBody { "results" => optional(results) }
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
rt::impl_serialize! {
    CreateSceneGroupRequestManagementOptions { "add_friend_forbidden" =>
    optional(add_friend_forbidden), "all_members_can_create_calendar" =>
    optional(all_members_can_create_calendar), "all_members_can_create_mcs_conf" =>
    optional(all_members_can_create_mcs_conf), "chat_banned_type" =>
    optional(chat_banned_type), "group_email_disabled" => optional(group_email_disabled),
    "group_live_switch" => optional(group_live_switch), "management_type" =>
    optional(management_type), "members_to_admin_chat" =>
    optional(members_to_admin_chat), "mention_all_authority" =>
    optional(mention_all_authority), "not_quit_when_emp_leave" =>
    optional(not_quit_when_emp_leave), "only_admin_can_add_mem" =>
    optional(only_admin_can_add_mem), "only_admin_can_ding" =>
    optional(only_admin_can_ding), "only_admin_can_set_msg_top" =>
    optional(only_admin_can_set_msg_top), "searchable" => optional(searchable),
    "show_history_type" => optional(show_history_type), "validation_type" =>
    optional(validation_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSceneGroupRequestManagementOptions { "add_friend_forbidden" =>
    read_field(add_friend_forbidden), "all_members_can_create_calendar" =>
    read_field(all_members_can_create_calendar), "all_members_can_create_mcs_conf" =>
    read_field(all_members_can_create_mcs_conf), "chat_banned_type" =>
    read_field(chat_banned_type), "group_email_disabled" =>
    read_field(group_email_disabled), "group_live_switch" =>
    read_field(group_live_switch), "management_type" => read_field(management_type),
    "members_to_admin_chat" => read_field(members_to_admin_chat), "mention_all_authority"
    => read_field(mention_all_authority), "not_quit_when_emp_leave" =>
    read_field(not_quit_when_emp_leave), "only_admin_can_add_mem" =>
    read_field(only_admin_can_add_mem), "only_admin_can_ding" =>
    read_field(only_admin_can_ding), "only_admin_can_set_msg_top" =>
    read_field(only_admin_can_set_msg_top), "searchable" => read_field(searchable),
    "show_history_type" => read_field(show_history_type), "validation_type" =>
    read_field(validation_type) }
}
/// `CreateSceneGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSceneGroupResponseBody {
    /// `chat_id`.
    pub chat_id: Option<String>,
    /// `open_conversation_id`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateSceneGroupResponseBody { "chat_id" => read_field(chat_id),
    "open_conversation_id" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSceneGroupResponseBody { "chat_id" => optional(chat_id), "open_conversation_id"
    => optional(open_conversation_id) }
}
/// `CreateSceneGroupConversationRequestManagementOptions`: the same model as [`CreateGroupRequestManagementOptions`].
pub type CreateSceneGroupConversationRequestManagementOptions = CreateGroupRequestManagementOptions;
/// `CreateSceneGroupConversationResponseBody`: the same model as [`ChatIdToOpenConversationIdResponseBody`].
pub type CreateSceneGroupConversationResponseBody = ChatIdToOpenConversationIdResponseBody;
/// `CreateStoreGroupConversationResponseBody`: the same model as [`CreateCoupleGroupConversationResponseBody`].
pub type CreateStoreGroupConversationResponseBody = CreateCoupleGroupConversationResponseBody;
/// `DebugUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DebugUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `DeleteConvNavTabResponseBody`, a model several operations share: also named [`PutMsgCardTopByIntelligentResponseBody`], [`RecallMessagesResponseBody`], [`SortConvNavTabResponseBody`], [`UpdateConvNavTabResponseBody`], [`UpdateInteractiveCardResponseBody`], [`UpdateUserGroupAliasTitleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteConvNavTabResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    DeleteConvNavTabResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteConvNavTabResponseBody { "success" => optional(success) }
}
/// `DeleteOrgTextEmotionResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DeleteOrgTextEmotionResponseBody = AddSceneGroupMemberResponseBody;
/// `DismissGroupConversationResponseBody`, a model several operations share: also named [`GetSingleChatOpenConversationIdResponseBodyResult`], [`ImportGroupChatResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DismissGroupConversationResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    DismissGroupConversationResponseBody { "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DismissGroupConversationResponseBody { "openConversationId" =>
    optional(open_conversation_id) }
}
/// `DsbandOpenSceneGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type DsbandOpenSceneGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `FreezeGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type FreezeGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `GetConversationUrlResponseBody`, a model several operations share: also named [`GetInterconnectionUrlResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetConversationUrlResponseBody { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationUrlResponseBody { "url" => optional(url) }
}
/// `GetFamilySchoolConversationMsgResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFamilySchoolConversationMsgResponseBody { "corpId" => read_field(corp_id),
    "hasMore" => read_field(has_more), "messages" => read_field(messages), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFamilySchoolConversationMsgResponseBody { "corpId" => optional(corp_id), "hasMore"
    => optional(has_more), "messages" => optional(messages), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id) }
}
/// `GetFamilySchoolConversationsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFamilySchoolConversationsResponseBody { "groupInfoList" =>
    read_field(group_info_list), "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFamilySchoolConversationsResponseBody { "groupInfoList" =>
    optional(group_info_list), "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token) }
}
/// `GetGroupMembersByUserTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetGroupMembersByUserTokenResponseBody { "hasMore" => read_field(has_more),
    "memberUnionIds" => read_field(member_union_ids), "memberUserIds" =>
    read_field(member_user_ids), "nextToken" => read_field(next_token), "staffIdNickMap"
    => read_field(staff_id_nick_map), "success" => read_field(success), "unionIdNickMap"
    => read_field(union_id_nick_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupMembersByUserTokenResponseBody { "hasMore" => optional(has_more),
    "memberUnionIds" => optional(member_union_ids), "memberUserIds" =>
    optional(member_user_ids), "nextToken" => optional(next_token), "staffIdNickMap" =>
    optional(staff_id_nick_map), "success" => optional(success), "unionIdNickMap" =>
    optional(union_id_nick_map) }
}
/// `GetInnerGroupMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInnerGroupMembersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetInnerGroupMembersResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInnerGroupMembersResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "userIds" => optional(user_ids) }
}
/// `GetInterconnectionUrlResponseBody`: the same model as [`GetConversationUrlResponseBody`].
pub type GetInterconnectionUrlResponseBody = GetConversationUrlResponseBody;
/// `GetNewestInnerGroupsResponseBody`, a model several operations share: also named [`SearchInnerGroupsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNewestInnerGroupsResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<GetNewestInnerGroupsResponseBodyGroupInfos>>,
}
rt::impl_deserialize! {
    GetNewestInnerGroupsResponseBody { "groupInfos" => read_field(group_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNewestInnerGroupsResponseBody { "groupInfos" => optional(group_infos) }
}
/// `GetSceneGroupDetailInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSceneGroupDetailInfoResponseBody { "group_url" => read_field(group_url), "icon" =>
    read_field(icon), "management_options" => read_field(management_options),
    "member_amount" => read_field(member_amount), "open_conversation_id" =>
    read_field(open_conversation_id), "owner_union_id" => read_field(owner_union_id),
    "owner_user_id" => read_field(owner_user_id), "scene_data" => read_field(scene_data),
    "status" => read_field(status), "sub_admin_staff_ids" =>
    read_field(sub_admin_staff_ids), "sub_admin_union_ids" =>
    read_field(sub_admin_union_ids), "success" => read_field(success), "template_id" =>
    read_field(template_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSceneGroupDetailInfoResponseBody { "group_url" => optional(group_url), "icon" =>
    optional(icon), "management_options" => optional(management_options), "member_amount"
    => optional(member_amount), "open_conversation_id" => optional(open_conversation_id),
    "owner_union_id" => optional(owner_union_id), "owner_user_id" =>
    optional(owner_user_id), "scene_data" => optional(scene_data), "status" =>
    optional(status), "sub_admin_staff_ids" => optional(sub_admin_staff_ids),
    "sub_admin_union_ids" => optional(sub_admin_union_ids), "success" =>
    optional(success), "template_id" => optional(template_id), "title" => optional(title)
    }
}
/// `GetSceneGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSceneGroupInfoResponseBody { "groupUrl" => read_field(group_url), "icon" =>
    read_field(icon), "openConversationId" => read_field(open_conversation_id),
    "ownerUserId" => read_field(owner_user_id), "status" => read_field(status), "success"
    => read_field(success), "templateId" => read_field(template_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSceneGroupInfoResponseBody { "groupUrl" => optional(group_url), "icon" =>
    optional(icon), "openConversationId" => optional(open_conversation_id), "ownerUserId"
    => optional(owner_user_id), "status" => optional(status), "success" =>
    optional(success), "templateId" => optional(template_id), "title" => optional(title)
    }
}
/// `GetSceneGroupMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSceneGroupMembersResponseBody { "hasMore" => read_field(has_more), "memberUserIds"
    => read_field(member_user_ids), "nextCursor" => read_field(next_cursor), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSceneGroupMembersResponseBody { "hasMore" => optional(has_more), "memberUserIds"
    => optional(member_user_ids), "nextCursor" => optional(next_cursor), "success" =>
    optional(success) }
}
/// `GetSceneGroupTemplateMessageOpenStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSceneGroupTemplateMessageOpenStatusResponseBody {
    /// `status`.
    pub status: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetSceneGroupTemplateMessageOpenStatusResponseBody { "status" => read_field(status),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSceneGroupTemplateMessageOpenStatusResponseBody { "status" => optional(status),
    "success" => optional(success) }
}
/// `GetSingleChatOpenConversationIdResponseBody`, a model several operations share: also named [`ImportGroupChatResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSingleChatOpenConversationIdResponseBody {
    /// `result`.
    pub result: Option<GetSingleChatOpenConversationIdResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    GetSingleChatOpenConversationIdResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSingleChatOpenConversationIdResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `GetSuperAdminOpenSceneGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSuperAdminOpenSceneGroupInfoResponseBody { "groupUrl" => read_field(group_url),
    "icon" => read_field(icon), "managementOptions" => read_field(management_options),
    "openConversationId" => read_field(open_conversation_id), "ownerUserId" =>
    read_field(owner_user_id), "subAdminUserIds" => read_field(sub_admin_user_ids),
    "sucess" => read_field(sucess), "templateId" => read_field(template_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSuperAdminOpenSceneGroupInfoResponseBody { "groupUrl" => optional(group_url),
    "icon" => optional(icon), "managementOptions" => optional(management_options),
    "openConversationId" => optional(open_conversation_id), "ownerUserId" =>
    optional(owner_user_id), "subAdminUserIds" => optional(sub_admin_user_ids), "sucess"
    => optional(sucess), "templateId" => optional(template_id), "title" =>
    optional(title) }
}
/// `GroupCapacityInquiryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GroupCapacityInquiryResponseBody { "actualPrice" => read_field(actual_price),
    "createdAt" => read_field(created_at), "currentCapacity" =>
    read_field(current_capacity), "currentEffectUntil" =>
    read_field(current_effect_until), "discount" => read_field(discount), "extInfo" =>
    read_field(ext_info), "groupOwner" => read_field(group_owner), "groupTitle" =>
    read_field(group_title), "markedPrice" => read_field(marked_price), "memberCount" =>
    read_field(member_count), "openConversationId" => read_field(open_conversation_id),
    "operator" => read_field(operator), "targetCapacity" => read_field(target_capacity),
    "targetEffectUntil" => read_field(target_effect_until), "token" => read_field(token)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupCapacityInquiryResponseBody { "actualPrice" => optional(actual_price),
    "createdAt" => optional(created_at), "currentCapacity" => optional(current_capacity),
    "currentEffectUntil" => optional(current_effect_until), "discount" =>
    optional(discount), "extInfo" => optional(ext_info), "groupOwner" =>
    optional(group_owner), "groupTitle" => optional(group_title), "markedPrice" =>
    optional(marked_price), "memberCount" => optional(member_count), "openConversationId"
    => optional(open_conversation_id), "operator" => optional(operator), "targetCapacity"
    => optional(target_capacity), "targetEffectUntil" => optional(target_effect_until),
    "token" => optional(token) }
}
/// `GroupCapacityOrderConfirmResponseBody`, a model several operations share: also named [`UpdateGroupSubAdminResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupCapacityOrderConfirmResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GroupCapacityOrderConfirmResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupCapacityOrderConfirmResponseBody { "success" => optional(success) }
}
/// `GroupCapacityOrderPlaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GroupCapacityOrderPlaceResponseBody { "actualPrice" => read_field(actual_price),
    "currentCapacity" => read_field(current_capacity), "currentEffectUntil" =>
    read_field(current_effect_until), "discount" => read_field(discount), "extInfo" =>
    read_field(ext_info), "markedPrice" => read_field(marked_price), "openConversationId"
    => read_field(open_conversation_id), "operator" => read_field(operator), "orderId" =>
    read_field(order_id), "targetCapacity" => read_field(target_capacity),
    "targetEffectUntil" => read_field(target_effect_until), "token" => read_field(token)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupCapacityOrderPlaceResponseBody { "actualPrice" => optional(actual_price),
    "currentCapacity" => optional(current_capacity), "currentEffectUntil" =>
    optional(current_effect_until), "discount" => optional(discount), "extInfo" =>
    optional(ext_info), "markedPrice" => optional(marked_price), "openConversationId" =>
    optional(open_conversation_id), "operator" => optional(operator), "orderId" =>
    optional(order_id), "targetCapacity" => optional(target_capacity),
    "targetEffectUntil" => optional(target_effect_until), "token" => optional(token) }
}
/// `GroupManageQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupManageQueryResponseBody {
    /// `groupInfoList`.
    pub group_info_list: Option<Vec<GroupManageQueryResponseBodyGroupInfoList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GroupManageQueryResponseBody { "groupInfoList" => read_field(group_info_list),
    "hasMore" => read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupManageQueryResponseBody { "groupInfoList" => optional(group_info_list),
    "hasMore" => optional(has_more), "nextToken" => optional(next_token) }
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
rt::impl_serialize! {
    UserListValue { "joinTime" => optional(join_time), "modifyTime" =>
    optional(modify_time), "mute" => optional(mute), "topRank" => optional(top_rank),
    "visible" => optional(visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserListValue { "joinTime" => read_field(join_time), "modifyTime" =>
    read_field(modify_time), "mute" => read_field(mute), "topRank" =>
    read_field(top_rank), "visible" => read_field(visible) }
}
/// `ImportGroupChatResponseBody`: the same model as [`GetSingleChatOpenConversationIdResponseBody`].
pub type ImportGroupChatResponseBody = GetSingleChatOpenConversationIdResponseBody;
/// `ImportMessageResponseBody`, a model several operations share: also named [`IntelligentSendCardResponseBody`], [`SendPersonalMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ImportMessageResponseBody {
    /// `result`.
    pub result: Option<ImportMessageResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    ImportMessageResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ImportMessageResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `InstallRobotToOrgResponseBody`, a model several operations share: also named [`UpdateRobotInOrgResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallRobotToOrgResponseBody {
    /// `robotCode`.
    pub robot_code: Option<String>,
}
rt::impl_deserialize! {
    InstallRobotToOrgResponseBody { "robotCode" => read_field(robot_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InstallRobotToOrgResponseBody { "robotCode" => optional(robot_code) }
}
/// `IntelligentSendCardResponseBody`: the same model as [`ImportMessageResponseBody`].
pub type IntelligentSendCardResponseBody = ImportMessageResponseBody;
/// `InteractiveCardCreateInstanceRequestCardData`, a model several operations share: also named [`SendInteractiveCardRequestCardData`], [`UpdateInteractiveCardRequestCardData`].
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
rt::impl_serialize! {
    InteractiveCardCreateInstanceRequestCardData { "cardMediaIdParamMap" =>
    optional(card_media_id_param_map), "cardParamMap" => optional(card_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InteractiveCardCreateInstanceRequestCardData { "cardMediaIdParamMap" =>
    read_field(card_media_id_param_map), "cardParamMap" => read_field(card_param_map) }
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
rt::impl_serialize! {
    PrivateDataValue { "cardParamMap" => optional(card_param_map), "cardMediaIdParamMap"
    => optional(card_media_id_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrivateDataValue { "cardParamMap" => read_field(card_param_map),
    "cardMediaIdParamMap" => read_field(card_media_id_param_map) }
}
/// `InteractiveCardCreateInstanceResponseBody`, a model several operations share: also named [`SendRobotInteractiveCardResponseBody`], [`SendTemplateInteractiveCardResponseBody`], [`UpdateRobotInteractiveCardResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InteractiveCardCreateInstanceResponseBody {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
rt::impl_deserialize! {
    InteractiveCardCreateInstanceResponseBody { "processQueryKey" =>
    read_field(process_query_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InteractiveCardCreateInstanceResponseBody { "processQueryKey" =>
    optional(process_query_key) }
}
/// `ListConvNavTabResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConvNavTabResponseBody {
    /// `result`.
    pub result: Option<ListConvNavTabResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    ListConvNavTabResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListConvNavTabResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListGroupTemplatesByOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListGroupTemplatesByOrgIdResponseBody { "count" => read_field(count),
    "sceneGroupDetailModels" => read_field(scene_group_detail_models), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupTemplatesByOrgIdResponseBody { "count" => optional(count),
    "sceneGroupDetailModels" => optional(scene_group_detail_models), "success" =>
    optional(success) }
}
/// `ListOrgTextEmotionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgTextEmotionResponseBody {
    /// `result`.
    pub result: Option<ListOrgTextEmotionResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListOrgTextEmotionResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgTextEmotionResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListSceneGroupsByTemplateIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSceneGroupsByTemplateIdResponseBody {
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListSceneGroupsByTemplateIdResponseBody { "openConversationIds" =>
    read_field(open_conversation_ids), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSceneGroupsByTemplateIdResponseBody { "openConversationIds" =>
    optional(open_conversation_ids), "success" => optional(success) }
}
/// `LoginForVisitorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    LoginForVisitorResponseBody { "aimInfo" => read_field(aim_info), "aimToken" =>
    read_field(aim_token), "appUid" => read_field(app_uid), "channelCode" =>
    read_field(channel_code), "deviceId" => read_field(device_id), "safeDomainName" =>
    read_field(safe_domain_name), "userName" => read_field(user_name), "visitorAvatar" =>
    read_field(visitor_avatar), "visitorAvatarUrl" => read_field(visitor_avatar_url),
    "visitorCid" => read_field(visitor_cid), "visitorOpenConversationId" =>
    read_field(visitor_open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoginForVisitorResponseBody { "aimInfo" => optional(aim_info), "aimToken" =>
    optional(aim_token), "appUid" => optional(app_uid), "channelCode" =>
    optional(channel_code), "deviceId" => optional(device_id), "safeDomainName" =>
    optional(safe_domain_name), "userName" => optional(user_name), "visitorAvatar" =>
    optional(visitor_avatar), "visitorAvatarUrl" => optional(visitor_avatar_url),
    "visitorCid" => optional(visitor_cid), "visitorOpenConversationId" =>
    optional(visitor_open_conversation_id) }
}
/// `OfflineUnfurlingRegisterResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type OfflineUnfurlingRegisterResponseBody = AddSceneGroupMemberResponseBody;
/// `OpenGroupRoleAddResponseBody`: the same model as [`CreateCustomGroupRoleResponseBody`].
pub type OpenGroupRoleAddResponseBody = CreateCustomGroupRoleResponseBody;
/// `OpenGroupRoleQueryResponseBody`, a model several operations share: also named [`OpenGroupUserRoleQueryResponseBody`], [`QueryUserGroupRolesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBody {
    /// `result`.
    pub result: Option<OpenGroupRoleQueryResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenGroupRoleQueryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenGroupRoleQueryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `OpenGroupRoleRemoveResponseBody`, a model several operations share: also named [`OpenGroupRoleUpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenGroupRoleRemoveResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenGroupRoleRemoveResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenGroupRoleRemoveResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `OpenGroupRoleUpdateResponseBody`: the same model as [`OpenGroupRoleRemoveResponseBody`].
pub type OpenGroupRoleUpdateResponseBody = OpenGroupRoleRemoveResponseBody;
/// `OpenGroupUserRoleQueryResponseBody`: the same model as [`OpenGroupRoleQueryResponseBody`].
pub type OpenGroupUserRoleQueryResponseBody = OpenGroupRoleQueryResponseBody;
/// `OpenInnerGroupTransferToDeptGroupResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type OpenInnerGroupTransferToDeptGroupResponseBody = AddSceneGroupMemberResponseBody;
/// `OpenSearchGroupListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenSearchGroupListResponseBody {
    /// `result`.
    pub result: Option<OpenSearchGroupListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenSearchGroupListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenSearchGroupListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `OpenUserSendCardMessageRequestCardContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenUserSendCardMessageRequestCardContent {
    /// `lastMessage`.
    pub last_message: String,
    /// `outTrackId`.
    pub out_track_id: String,
}
/// The required fields of [`OpenUserSendCardMessageRequestCardContent`], each named where it is set: `OpenUserSendCardMessageRequestCardContent::new(OpenUserSendCardMessageRequestCardContentRequired { .. })`.
pub struct OpenUserSendCardMessageRequestCardContentRequired {
    /// `lastMessage`: see [`OpenUserSendCardMessageRequestCardContent::last_message`].
    pub last_message: String,
    /// `outTrackId`: see [`OpenUserSendCardMessageRequestCardContent::out_track_id`].
    pub out_track_id: String,
}
impl OpenUserSendCardMessageRequestCardContent {
    /// A `OpenUserSendCardMessageRequestCardContent` with its required fields (`lastMessage`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: OpenUserSendCardMessageRequestCardContentRequired) -> Self {
        let OpenUserSendCardMessageRequestCardContentRequired {
            last_message,
            out_track_id,
        } = required;
        Self { last_message, out_track_id }
    }
}
rt::impl_serialize! {
    OpenUserSendCardMessageRequestCardContent { "lastMessage" => field(last_message),
    "outTrackId" => field(out_track_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenUserSendCardMessageRequestCardContent { "lastMessage" =>
    read_field(last_message), "outTrackId" => read_field(out_track_id) }
}
/// `OpenUserSendCardMessageResponseBody`, a model several operations share: also named [`PersonalSendCardMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenUserSendCardMessageResponseBody {
    /// `result`.
    pub result: Option<OpenUserSendCardMessageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OpenUserSendCardMessageResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenUserSendCardMessageResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    PersonalSendCardMessageRequestCardContent { "lastMessage" => optional(last_message),
    "outTrackId" => optional(out_track_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PersonalSendCardMessageRequestCardContent { "lastMessage" =>
    read_field(last_message), "outTrackId" => read_field(out_track_id) }
}
/// `PersonalSendCardMessageResponseBody`: the same model as [`OpenUserSendCardMessageResponseBody`].
pub type PersonalSendCardMessageResponseBody = OpenUserSendCardMessageResponseBody;
/// `PutMsgCardTopByIntelligentResponseBody`: the same model as [`DeleteConvNavTabResponseBody`].
pub type PutMsgCardTopByIntelligentResponseBody = DeleteConvNavTabResponseBody;
/// `QueryCustomGroupRolesResponseBody`, a model several operations share: also named [`QueryCustomGroupRolesByUserResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomGroupRolesResponseBody {
    /// `result`.
    pub result: Option<QueryCustomGroupRolesResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    QueryCustomGroupRolesResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomGroupRolesResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryCustomGroupRolesByUserResponseBody`: the same model as [`QueryCustomGroupRolesResponseBody`].
pub type QueryCustomGroupRolesByUserResponseBody = QueryCustomGroupRolesResponseBody;
/// `QueryGroupInfoByAppCidsResponseBody`, a model several operations share: also named [`QueryGroupInfoByOpenCidsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoByAppCidsResponseBody {
    /// `groupInfoList`.
    pub group_info_list: Option<Vec<QueryGroupInfoByAppCidsResponseBodyGroupInfoList>>,
}
rt::impl_deserialize! {
    QueryGroupInfoByAppCidsResponseBody { "groupInfoList" => read_field(group_info_list)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoByAppCidsResponseBody { "groupInfoList" => optional(group_info_list) }
}
/// `QueryGroupInfoByMemberAuthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoByMemberAuthResponseBody {
    /// `memberCount`.
    pub member_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryGroupInfoByMemberAuthResponseBody { "memberCount" => read_field(member_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoByMemberAuthResponseBody { "memberCount" => optional(member_count) }
}
/// `QueryGroupInfoByOpenCidsResponseBody`: the same model as [`QueryGroupInfoByAppCidsResponseBody`].
pub type QueryGroupInfoByOpenCidsResponseBody = QueryGroupInfoByAppCidsResponseBody;
/// `QueryGroupMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMemberResponseBody {
    /// `groupMembers`.
    pub group_members: Option<Vec<QueryGroupMemberResponseBodyGroupMembers>>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    QueryGroupMemberResponseBody { "groupMembers" => read_field(group_members),
    "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberResponseBody { "groupMembers" => optional(group_members),
    "openConversationId" => optional(open_conversation_id) }
}
/// `QueryGroupMemberByAppUidsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMemberByAppUidsResponseBody {
    /// `groupMembers`.
    pub group_members: Option<Vec<QueryGroupMemberByAppUidsResponseBodyGroupMembers>>,
}
rt::impl_deserialize! {
    QueryGroupMemberByAppUidsResponseBody { "groupMembers" => read_field(group_members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberByAppUidsResponseBody { "groupMembers" => optional(group_members) }
}
/// `QueryGroupMemberByMemberAuthResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMemberByMemberAuthResponseBody {
    /// `groupMemberList`.
    pub group_member_list: Option<
        Vec<QueryGroupMemberByMemberAuthResponseBodyGroupMemberList>,
    >,
}
rt::impl_deserialize! {
    QueryGroupMemberByMemberAuthResponseBody { "groupMemberList" =>
    read_field(group_member_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberByMemberAuthResponseBody { "groupMemberList" =>
    optional(group_member_list) }
}
/// `QueryGroupMuteStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMuteStatusResponseBody {
    /// `groupMuteMode`.
    pub group_mute_mode: Option<bool>,
    /// `userMuteResult`.
    pub user_mute_result: Option<QueryGroupMuteStatusResponseBodyUserMuteResult>,
}
rt::impl_deserialize! {
    QueryGroupMuteStatusResponseBody { "groupMuteMode" => read_field(group_mute_mode),
    "userMuteResult" => read_field(user_mute_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMuteStatusResponseBody { "groupMuteMode" => optional(group_mute_mode),
    "userMuteResult" => optional(user_mute_result) }
}
/// `QueryInnerGroupMemberListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryInnerGroupMemberListResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInnerGroupMemberListResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "success" => optional(success) }
}
/// `QueryInnerGroupRecentListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryInnerGroupRecentListResponseBody {
    /// `groupInfos`.
    pub group_infos: Option<Vec<QueryInnerGroupRecentListResponseBodyGroupInfos>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryInnerGroupRecentListResponseBody { "groupInfos" => read_field(group_infos),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInnerGroupRecentListResponseBody { "groupInfos" => optional(group_infos),
    "success" => optional(success) }
}
/// `QueryMembersOfGroupRoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMembersOfGroupRoleResponseBody {
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryMembersOfGroupRoleResponseBody { "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMembersOfGroupRoleResponseBody { "userIds" => optional(user_ids) }
}
/// `QueryMessageSendResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMessageSendResultResponseBody {
    /// `result`.
    pub result: Option<QueryMessageSendResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryMessageSendResultResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMessageSendResultResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryMsgReadStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMsgReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryMsgReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    QueryMsgReadStatusResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMsgReadStatusResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryOpenConversationReceiveUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserResponseBody {
    /// `result`.
    pub result: Option<QueryOpenConversationReceiveUserResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOpenConversationReceiveUserResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOpenConversationReceiveUserResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `QueryOpenGroupBaseInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOpenGroupBaseInfoResponseBody {
    /// `result`.
    pub result: Option<QueryOpenGroupBaseInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOpenGroupBaseInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOpenGroupBaseInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryPersonalMessageReadStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBody {
    /// `result`.
    pub result: Option<QueryPersonalMessageReadStatusResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryPersonalMessageReadStatusResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPersonalMessageReadStatusResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `QueryRecentConversationsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecentConversationsResponseBody {
    /// `result`.
    pub result: Option<QueryRecentConversationsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryRecentConversationsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecentConversationsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QuerySceneGroupTemplateRobotResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySceneGroupTemplateRobotResponseBody {
    /// `result`.
    pub result: Option<QuerySceneGroupTemplateRobotResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QuerySceneGroupTemplateRobotResponseBody { "result" => read_field(result), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySceneGroupTemplateRobotResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QuerySingleGroupRequestGroupMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySingleGroupRequestGroupMembers {
    /// `appUserId`.
    pub app_user_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`QuerySingleGroupRequestGroupMembers`], each named where it is set: `QuerySingleGroupRequestGroupMembers::new(QuerySingleGroupRequestGroupMembersRequired { .. })`.
pub struct QuerySingleGroupRequestGroupMembersRequired {
    /// `appUserId`: see [`QuerySingleGroupRequestGroupMembers::app_user_id`].
    pub app_user_id: String,
    /// `userId`: see [`QuerySingleGroupRequestGroupMembers::user_id`].
    pub user_id: String,
}
impl QuerySingleGroupRequestGroupMembers {
    /// A `QuerySingleGroupRequestGroupMembers` with its required fields (`appUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QuerySingleGroupRequestGroupMembersRequired) -> Self {
        let QuerySingleGroupRequestGroupMembersRequired { app_user_id, user_id } = required;
        Self { app_user_id, user_id }
    }
}
rt::impl_serialize! {
    QuerySingleGroupRequestGroupMembers { "appUserId" => field(app_user_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySingleGroupRequestGroupMembers { "appUserId" => read_field(app_user_id),
    "userId" => read_field(user_id) }
}
/// `QuerySingleGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySingleGroupResponseBody {
    /// `openConversations`.
    pub open_conversations: Option<Vec<QuerySingleGroupResponseBodyOpenConversations>>,
}
rt::impl_deserialize! {
    QuerySingleGroupResponseBody { "openConversations" => read_field(open_conversations)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySingleGroupResponseBody { "openConversations" => optional(open_conversations) }
}
/// `QueryUnReadMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnReadMessageResponseBody {
    /// `unReadCount`.
    pub un_read_count: Option<i64>,
    /// `unReadItems`.
    pub un_read_items: Option<Vec<QueryUnReadMessageResponseBodyUnReadItems>>,
}
rt::impl_deserialize! {
    QueryUnReadMessageResponseBody { "unReadCount" => read_field(un_read_count),
    "unReadItems" => read_field(un_read_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnReadMessageResponseBody { "unReadCount" => optional(un_read_count),
    "unReadItems" => optional(un_read_items) }
}
/// `QueryUnfurlingRegisterCreatorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorResponseBody {
    /// `data`.
    pub data: Option<QueryUnfurlingRegisterCreatorResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryUnfurlingRegisterCreatorResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnfurlingRegisterCreatorResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `QueryUnfurlingRegisterInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryUnfurlingRegisterInfoResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnfurlingRegisterInfoResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "success" => optional(success) }
}
/// `QueryUserGroupAliasTitleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleResponseBody {
    /// `result`.
    pub result: Option<QueryUserGroupAliasTitleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryUserGroupAliasTitleResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserGroupAliasTitleResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryUserGroupRolesResponseBody`: the same model as [`OpenGroupRoleQueryResponseBody`].
pub type QueryUserGroupRolesResponseBody = OpenGroupRoleQueryResponseBody;
/// `QueryUserViewGroupLastMessageTimeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeResponseBody {
    /// `result`.
    pub result: Option<QueryUserViewGroupLastMessageTimeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryUserViewGroupLastMessageTimeResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserViewGroupLastMessageTimeResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `ReadPersonalMessageRequestDingOpenConversationMessageIdArray`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageId`.
    pub open_message_id: String,
}
/// The required fields of [`ReadPersonalMessageRequestDingOpenConversationMessageIdArray`], each named where it is set: `ReadPersonalMessageRequestDingOpenConversationMessageIdArray::new(ReadPersonalMessageRequestDingOpenConversationMessageIdArrayRequired { .. })`.
pub struct ReadPersonalMessageRequestDingOpenConversationMessageIdArrayRequired {
    /// `openConversationId`: see [`ReadPersonalMessageRequestDingOpenConversationMessageIdArray::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMessageId`: see [`ReadPersonalMessageRequestDingOpenConversationMessageIdArray::open_message_id`].
    pub open_message_id: String,
}
impl ReadPersonalMessageRequestDingOpenConversationMessageIdArray {
    /// A `ReadPersonalMessageRequestDingOpenConversationMessageIdArray` with its required fields (`openConversationId`, `openMessageId`); set the others with the methods named after them.
    pub fn new(
        required: ReadPersonalMessageRequestDingOpenConversationMessageIdArrayRequired,
    ) -> Self {
        let ReadPersonalMessageRequestDingOpenConversationMessageIdArrayRequired {
            open_conversation_id,
            open_message_id,
        } = required;
        Self {
            open_conversation_id,
            open_message_id,
        }
    }
}
rt::impl_serialize! {
    ReadPersonalMessageRequestDingOpenConversationMessageIdArray { "openConversationId"
    => field(open_conversation_id), "openMessageId" => field(open_message_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReadPersonalMessageRequestDingOpenConversationMessageIdArray { "openConversationId"
    => read_field(open_conversation_id), "openMessageId" => read_field(open_message_id) }
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
/// `SendInteractiveCardRequestCardOptions`, a model several operations share: also named [`SendOTOInteractiveCardRequestCardOptions`].
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
rt::impl_serialize! {
    SendInteractiveCardRequestCardOptions { "supportForward" => optional(support_forward)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendInteractiveCardRequestCardOptions { "supportForward" =>
    read_field(support_forward) }
}
/// `SendInteractiveCardResponseBody`, a model several operations share: also named [`SendOTOInteractiveCardResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendInteractiveCardResponseBody {
    /// `result`.
    pub result: Option<SendInteractiveCardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SendInteractiveCardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendInteractiveCardResponseBody { "result" => optional(result), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    SendOTOInteractiveCardRequestCardData { "cardParamMap" => optional(card_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOTOInteractiveCardRequestCardData { "cardParamMap" => read_field(card_param_map)
    }
}
/// `SendOTOInteractiveCardRequestCardOptions`: the same model as [`SendInteractiveCardRequestCardOptions`].
pub type SendOTOInteractiveCardRequestCardOptions = SendInteractiveCardRequestCardOptions;
/// `SendOTOInteractiveCardResponseBody`: the same model as [`SendInteractiveCardResponseBody`].
pub type SendOTOInteractiveCardResponseBody = SendInteractiveCardResponseBody;
/// `SendPersonalMessageResponseBody`: the same model as [`ImportMessageResponseBody`].
pub type SendPersonalMessageResponseBody = ImportMessageResponseBody;
/// `SendRobotInteractiveCardRequestSendOptions`, a model several operations share: also named [`SendTemplateInteractiveCardRequestSendOptions`].
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
rt::impl_serialize! {
    SendRobotInteractiveCardRequestSendOptions { "atAll" => optional(at_all),
    "atUserListJson" => optional(at_user_list_json), "cardPropertyJson" =>
    optional(card_property_json), "receiverListJson" => optional(receiver_list_json) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRobotInteractiveCardRequestSendOptions { "atAll" => read_field(at_all),
    "atUserListJson" => read_field(at_user_list_json), "cardPropertyJson" =>
    read_field(card_property_json), "receiverListJson" => read_field(receiver_list_json)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetRightPanelRequestWebWndParams {
    /// `closeTipContent`.
    pub close_tip_content: Option<String>,
    /// `targetURL`.
    pub target_url: String,
}
/// The required fields of [`SetRightPanelRequestWebWndParams`], each named where it is set: `SetRightPanelRequestWebWndParams::new(SetRightPanelRequestWebWndParamsRequired { .. })`.
pub struct SetRightPanelRequestWebWndParamsRequired {
    /// `targetURL`: see [`SetRightPanelRequestWebWndParams::target_url`].
    pub target_url: String,
}
impl SetRightPanelRequestWebWndParams {
    /// A `SetRightPanelRequestWebWndParams` with its required fields (`targetURL`); set the others with the methods named after them.
    pub fn new(required: SetRightPanelRequestWebWndParamsRequired) -> Self {
        let SetRightPanelRequestWebWndParamsRequired { target_url } = required;
        Self {
            close_tip_content: None,
            target_url,
        }
    }
    /// Sets `closeTipContent`.
    pub fn close_tip_content(mut self, value: impl Into<String>) -> Self {
        self.close_tip_content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetRightPanelRequestWebWndParams { "closeTipContent" => optional(close_tip_content),
    "targetURL" => field(target_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRightPanelRequestWebWndParams { "closeTipContent" =>
    read_field(close_tip_content), "targetURL" => read_field(target_url) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateGroupAvatarResponseBody {
    /// `newGroupAvatar`.
    pub new_group_avatar: Option<String>,
}
rt::impl_deserialize! {
    UpdateGroupAvatarResponseBody { "newGroupAvatar" => read_field(new_group_avatar) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateGroupAvatarResponseBody { "newGroupAvatar" => optional(new_group_avatar) }
}
/// `UpdateGroupNameResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateGroupNameResponseBody {
    /// `newGroupName`.
    pub new_group_name: Option<String>,
}
rt::impl_deserialize! {
    UpdateGroupNameResponseBody { "newGroupName" => read_field(new_group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateGroupNameResponseBody { "newGroupName" => optional(new_group_name) }
}
/// `UpdateGroupPermissionResponseBody`: the same model as [`AddSceneGroupMemberResponseBody`].
pub type UpdateGroupPermissionResponseBody = AddSceneGroupMemberResponseBody;
/// `UpdateGroupSubAdminResponseBody`: the same model as [`GroupCapacityOrderConfirmResponseBody`].
pub type UpdateGroupSubAdminResponseBody = GroupCapacityOrderConfirmResponseBody;
/// `UpdateInteractiveCardRequestCardData`: the same model as [`InteractiveCardCreateInstanceRequestCardData`].
pub type UpdateInteractiveCardRequestCardData = InteractiveCardCreateInstanceRequestCardData;
/// `UpdateInteractiveCardRequestCardOptions`, a model several operations share: also named [`UpdateRobotInteractiveCardRequestUpdateOptions`].
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
rt::impl_serialize! {
    UpdateInteractiveCardRequestCardOptions { "updateCardDataByKey" =>
    optional(update_card_data_by_key), "updatePrivateDataByKey" =>
    optional(update_private_data_by_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInteractiveCardRequestCardOptions { "updateCardDataByKey" =>
    read_field(update_card_data_by_key), "updatePrivateDataByKey" =>
    read_field(update_private_data_by_key) }
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
rt::impl_serialize! {
    UpdateSceneGroupRequestManagementOptions { "add_friend_forbidden" =>
    optional(add_friend_forbidden), "all_members_can_create_calendar" =>
    optional(all_members_can_create_calendar), "all_members_can_create_mcs_conf" =>
    optional(all_members_can_create_mcs_conf), "chat_banned_type" =>
    optional(chat_banned_type), "group_email_disabled" => optional(group_email_disabled),
    "group_live_switch" => optional(group_live_switch), "management_type" =>
    optional(management_type), "members_to_admin_chat" =>
    optional(members_to_admin_chat), "mention_all_authority" =>
    optional(mention_all_authority), "not_quit_when_emp_leave" =>
    optional(not_quit_when_emp_leave), "only_admin_can_add_mem" =>
    optional(only_admin_can_add_mem), "only_admin_can_ding" =>
    optional(only_admin_can_ding), "only_admin_can_set_msg_top" =>
    optional(only_admin_can_set_msg_top), "plugin_customize_verify" =>
    optional(plugin_customize_verify), "searchable" => optional(searchable),
    "show_history_type" => optional(show_history_type), "validation_type" =>
    optional(validation_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSceneGroupRequestManagementOptions { "add_friend_forbidden" =>
    read_field(add_friend_forbidden), "all_members_can_create_calendar" =>
    read_field(all_members_can_create_calendar), "all_members_can_create_mcs_conf" =>
    read_field(all_members_can_create_mcs_conf), "chat_banned_type" =>
    read_field(chat_banned_type), "group_email_disabled" =>
    read_field(group_email_disabled), "group_live_switch" =>
    read_field(group_live_switch), "management_type" => read_field(management_type),
    "members_to_admin_chat" => read_field(members_to_admin_chat), "mention_all_authority"
    => read_field(mention_all_authority), "not_quit_when_emp_leave" =>
    read_field(not_quit_when_emp_leave), "only_admin_can_add_mem" =>
    read_field(only_admin_can_add_mem), "only_admin_can_ding" =>
    read_field(only_admin_can_ding), "only_admin_can_set_msg_top" =>
    read_field(only_admin_can_set_msg_top), "plugin_customize_verify" =>
    read_field(plugin_customize_verify), "searchable" => read_field(searchable),
    "show_history_type" => read_field(show_history_type), "validation_type" =>
    read_field(validation_type) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddGroupMemberResponseBody {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AddGroupMemberResponseBody { "appUserIds" => read_field(app_user_ids), "userIds" =>
    read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddGroupMemberResponseBody { "appUserIds" => optional(app_user_ids), "userIds" =>
    optional(user_ids) }
}
/// `RemoveGroupMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoveGroupMemberResponseBody {
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    RemoveGroupMemberResponseBody { "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemoveGroupMemberResponseBody { "message" => optional(message) }
}
/// `SendDingMessageResponseBody`, a model several operations share: also named [`SendMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendDingMessageResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    SendDingMessageResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendDingMessageResponseBody { "requestId" => optional(request_id) }
}
/// `SendMessageResponseBody`: the same model as [`SendDingMessageResponseBody`].
pub type SendMessageResponseBody = SendDingMessageResponseBody;
/// `AddConvNavTabResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddConvNavTabResponseBodyResult {
    /// `tabId`.
    pub tab_id: Option<String>,
}
rt::impl_deserialize! {
    AddConvNavTabResponseBodyResult { "tabId" => read_field(tab_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddConvNavTabResponseBodyResult { "tabId" => optional(tab_id) }
}
/// `AddOrgTextEmotionResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOrgTextEmotionResponseBodyResult {
    /// `emotionId`.
    pub emotion_id: Option<String>,
}
rt::impl_deserialize! {
    AddOrgTextEmotionResponseBodyResult { "emotionId" => read_field(emotion_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOrgTextEmotionResponseBodyResult { "emotionId" => optional(emotion_id) }
}
/// `BatchQueryFamilySchoolMessageResponseBodyMessages`, a model several operations share: also named [`GetFamilySchoolConversationMsgResponseBodyMessages`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryFamilySchoolMessageResponseBodyMessages { "contentType" =>
    read_field(content_type), "createAt" => read_field(create_at), "mediaModels" =>
    read_field(media_models), "openMsgId" => read_field(open_msg_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryFamilySchoolMessageResponseBodyMessages { "contentType" =>
    optional(content_type), "createAt" => optional(create_at), "mediaModels" =>
    optional(media_models), "openMsgId" => optional(open_msg_id) }
}
/// `CountOpenMsgSceneGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsResponseBodyResult {
    /// `count`.
    pub count: Option<i64>,
}
rt::impl_deserialize! {
    CountOpenMsgSceneGroupsResponseBodyResult { "count" => read_field(count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CountOpenMsgSceneGroupsResponseBodyResult { "count" => optional(count) }
}
/// `CreateCustomGroupRoleResponseBodyResult`, a model several operations share: also named [`OpenGroupRoleAddResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomGroupRoleResponseBodyResult {
    /// `openRoleId`.
    pub open_role_id: Option<String>,
}
rt::impl_deserialize! {
    CreateCustomGroupRoleResponseBodyResult { "openRoleId" => read_field(open_role_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomGroupRoleResponseBodyResult { "openRoleId" => optional(open_role_id) }
}
/// `CreateInterconnectionResponseBodyResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateInterconnectionResponseBodyResults {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CreateInterconnectionResponseBodyResults { "appUserId" => read_field(app_user_id),
    "message" => read_field(message), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateInterconnectionResponseBodyResults { "appUserId" => optional(app_user_id),
    "message" => optional(message), "userId" => optional(user_id) }
}
/// `GetFamilySchoolConversationMsgResponseBodyMessages`: the same model as [`BatchQueryFamilySchoolMessageResponseBodyMessages`].
pub type GetFamilySchoolConversationMsgResponseBodyMessages = BatchQueryFamilySchoolMessageResponseBodyMessages;
/// `GetFamilySchoolConversationsResponseBodyGroupInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFamilySchoolConversationsResponseBodyGroupInfoList { "corpId" =>
    read_field(corp_id), "deptNameChain" => read_field(dept_name_chain), "groupName" =>
    read_field(group_name), "groupType" => read_field(group_type), "joinGroupTime" =>
    read_field(join_group_time), "openConversationId" => read_field(open_conversation_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFamilySchoolConversationsResponseBodyGroupInfoList { "corpId" =>
    optional(corp_id), "deptNameChain" => optional(dept_name_chain), "groupName" =>
    optional(group_name), "groupType" => optional(group_type), "joinGroupTime" =>
    optional(join_group_time), "openConversationId" => optional(open_conversation_id) }
}
/// `GetNewestInnerGroupsResponseBodyGroupInfos`, a model several operations share: also named [`QueryInnerGroupRecentListResponseBodyGroupInfos`], [`SearchInnerGroupsResponseBodyGroupInfos`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetNewestInnerGroupsResponseBodyGroupInfos { "icon" => read_field(icon),
    "memberAmount" => read_field(member_amount), "openConversationId" =>
    read_field(open_conversation_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNewestInnerGroupsResponseBodyGroupInfos { "icon" => optional(icon), "memberAmount"
    => optional(member_amount), "openConversationId" => optional(open_conversation_id),
    "title" => optional(title) }
}
/// `GetSceneGroupDetailInfoResponseBodyManagementOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSceneGroupDetailInfoResponseBodyManagementOptions { "chat_banned_type" =>
    read_field(chat_banned_type), "management_type" => read_field(management_type),
    "mention_all_authority" => read_field(mention_all_authority),
    "not_quit_when_emp_leave" => read_field(not_quit_when_emp_leave),
    "only_admin_can_add_mem" => read_field(only_admin_can_add_mem), "searchable" =>
    read_field(searchable), "show_history_type" => read_field(show_history_type),
    "validation_type" => read_field(validation_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSceneGroupDetailInfoResponseBodyManagementOptions { "chat_banned_type" =>
    optional(chat_banned_type), "management_type" => optional(management_type),
    "mention_all_authority" => optional(mention_all_authority), "not_quit_when_emp_leave"
    => optional(not_quit_when_emp_leave), "only_admin_can_add_mem" =>
    optional(only_admin_can_add_mem), "searchable" => optional(searchable),
    "show_history_type" => optional(show_history_type), "validation_type" =>
    optional(validation_type) }
}
/// `GetSingleChatOpenConversationIdResponseBodyResult`: the same model as [`DismissGroupConversationResponseBody`].
pub type GetSingleChatOpenConversationIdResponseBodyResult = DismissGroupConversationResponseBody;
/// `GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions { "chatBannedType" =>
    read_field(chat_banned_type), "managementType" => read_field(management_type),
    "mentionAllAuthority" => read_field(mention_all_authority), "searchable" =>
    read_field(searchable), "showHistoryType" => read_field(show_history_type),
    "validationType" => read_field(validation_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSuperAdminOpenSceneGroupInfoResponseBodyManagementOptions { "chatBannedType" =>
    optional(chat_banned_type), "managementType" => optional(management_type),
    "mentionAllAuthority" => optional(mention_all_authority), "searchable" =>
    optional(searchable), "showHistoryType" => optional(show_history_type),
    "validationType" => optional(validation_type) }
}
/// `GroupManageQueryResponseBodyGroupInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GroupManageQueryResponseBodyGroupInfoList { "banWordsMode" =>
    read_field(ban_words_mode), "capacity" => read_field(capacity), "createdAt" =>
    read_field(created_at), "extInfo" => read_field(ext_info), "groupAdminList" =>
    read_field(group_admin_list), "groupOwner" => read_field(group_owner), "groupTitle"
    => read_field(group_title), "memberCount" => read_field(member_count),
    "openConversationId" => read_field(open_conversation_id), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupManageQueryResponseBodyGroupInfoList { "banWordsMode" =>
    optional(ban_words_mode), "capacity" => optional(capacity), "createdAt" =>
    optional(created_at), "extInfo" => optional(ext_info), "groupAdminList" =>
    optional(group_admin_list), "groupOwner" => optional(group_owner), "groupTitle" =>
    optional(group_title), "memberCount" => optional(member_count), "openConversationId"
    => optional(open_conversation_id), "type" => optional(r#type) }
}
/// `ImportGroupChatResponseBodyResult`: the same model as [`DismissGroupConversationResponseBody`].
pub type ImportGroupChatResponseBodyResult = DismissGroupConversationResponseBody;
/// `ImportMessageResponseBodyResult`, a model several operations share: also named [`IntelligentSendCardResponseBodyResult`], [`OpenUserSendCardMessageResponseBodyResult`], [`PersonalSendCardMessageResponseBodyResult`], [`SendPersonalMessageResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ImportMessageResponseBodyResult {
    /// `openTaskId`.
    pub open_task_id: Option<String>,
}
rt::impl_deserialize! {
    ImportMessageResponseBodyResult { "openTaskId" => read_field(open_task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ImportMessageResponseBodyResult { "openTaskId" => optional(open_task_id) }
}
/// `IntelligentSendCardResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type IntelligentSendCardResponseBodyResult = ImportMessageResponseBodyResult;
/// `ListConvNavTabResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConvNavTabResponseBodyResult {
    /// `convNavTabInfos`.
    pub conv_nav_tab_infos: Option<Vec<ListConvNavTabResponseBodyResultConvNavTabInfos>>,
}
rt::impl_deserialize! {
    ListConvNavTabResponseBodyResult { "convNavTabInfos" =>
    read_field(conv_nav_tab_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListConvNavTabResponseBodyResult { "convNavTabInfos" => optional(conv_nav_tab_infos)
    }
}
/// `ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels { "description" =>
    read_field(description), "gmtCreate" => read_field(gmt_create), "icon" =>
    read_field(icon), "msgOpen" => read_field(msg_open), "templateId" =>
    read_field(template_id), "templateName" => read_field(template_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupTemplatesByOrgIdResponseBodySceneGroupDetailModels { "description" =>
    optional(description), "gmtCreate" => optional(gmt_create), "icon" => optional(icon),
    "msgOpen" => optional(msg_open), "templateId" => optional(template_id),
    "templateName" => optional(template_name) }
}
/// `ListOrgTextEmotionResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgTextEmotionResponseBodyResult {
    /// `emotions`.
    pub emotions: Option<Vec<ListOrgTextEmotionResponseBodyResultEmotions>>,
}
rt::impl_deserialize! {
    ListOrgTextEmotionResponseBodyResult { "emotions" => read_field(emotions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgTextEmotionResponseBodyResult { "emotions" => optional(emotions) }
}
/// `LoginForVisitorResponseBodyAimInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoginForVisitorResponseBodyAimInfo {
    /// `appKey`.
    pub app_key: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `appName`.
    pub app_name: Option<String>,
}
rt::impl_deserialize! {
    LoginForVisitorResponseBodyAimInfo { "appKey" => read_field(app_key), "appName" =>
    read_field(app_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoginForVisitorResponseBodyAimInfo { "appKey" => optional(app_key), "appName" =>
    optional(app_name) }
}
/// `LoginForVisitorResponseBodyAimToken`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    LoginForVisitorResponseBodyAimToken { "accessToken" => read_field(access_token),
    "accessTokenExpiredTime" => read_field(access_token_expired_time), "buildTime" =>
    read_field(build_time), "refreshToken" => read_field(refresh_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoginForVisitorResponseBodyAimToken { "accessToken" => optional(access_token),
    "accessTokenExpiredTime" => optional(access_token_expired_time), "buildTime" =>
    optional(build_time), "refreshToken" => optional(refresh_token) }
}
/// `OpenGroupRoleAddResponseBodyResult`: the same model as [`CreateCustomGroupRoleResponseBodyResult`].
pub type OpenGroupRoleAddResponseBodyResult = CreateCustomGroupRoleResponseBodyResult;
/// `OpenGroupRoleQueryResponseBodyResult`, a model several operations share: also named [`OpenGroupUserRoleQueryResponseBodyResult`], [`QueryCustomGroupRolesResponseBodyResult`], [`QueryCustomGroupRolesByUserResponseBodyResult`], [`QueryUserGroupRolesResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBodyResult {
    /// `groupRoles`.
    pub group_roles: Option<Vec<OpenGroupRoleQueryResponseBodyResultGroupRoles>>,
}
rt::impl_deserialize! {
    OpenGroupRoleQueryResponseBodyResult { "groupRoles" => read_field(group_roles) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenGroupRoleQueryResponseBodyResult { "groupRoles" => optional(group_roles) }
}
/// `OpenGroupUserRoleQueryResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type OpenGroupUserRoleQueryResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `OpenSearchGroupListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenSearchGroupListResponseBodyResult {
    /// `groupList`.
    pub group_list: Option<Vec<OpenSearchGroupListResponseBodyResultGroupList>>,
}
rt::impl_deserialize! {
    OpenSearchGroupListResponseBodyResult { "groupList" => read_field(group_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenSearchGroupListResponseBodyResult { "groupList" => optional(group_list) }
}
/// `OpenUserSendCardMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type OpenUserSendCardMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `PersonalSendCardMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type PersonalSendCardMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `QueryCustomGroupRolesResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryCustomGroupRolesResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryCustomGroupRolesByUserResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryCustomGroupRolesByUserResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryGroupInfoByAppCidsResponseBodyGroupInfoList`, a model several operations share: also named [`QueryGroupInfoByOpenCidsResponseBodyGroupInfoList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupInfoByAppCidsResponseBodyGroupInfoList { "appCid" => read_field(app_cid),
    "corpId" => read_field(corp_id), "groupAvatar" => read_field(group_avatar),
    "groupAvatarUrl" => read_field(group_avatar_url), "groupName" =>
    read_field(group_name), "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoByAppCidsResponseBodyGroupInfoList { "appCid" => optional(app_cid),
    "corpId" => optional(corp_id), "groupAvatar" => optional(group_avatar),
    "groupAvatarUrl" => optional(group_avatar_url), "groupName" => optional(group_name),
    "openConversationId" => optional(open_conversation_id) }
}
/// `QueryGroupInfoByOpenCidsResponseBodyGroupInfoList`: the same model as [`QueryGroupInfoByAppCidsResponseBodyGroupInfoList`].
pub type QueryGroupInfoByOpenCidsResponseBodyGroupInfoList = QueryGroupInfoByAppCidsResponseBodyGroupInfoList;
/// `QueryGroupMemberResponseBodyGroupMembers`, a model several operations share: also named [`QueryGroupMemberByAppUidsResponseBodyGroupMembers`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupMemberResponseBodyGroupMembers { "appUid" => read_field(app_uid),
    "groupMemberAvatar" => read_field(group_member_avatar), "groupMemberAvatarMediaId" =>
    read_field(group_member_avatar_media_id), "groupMemberDynamics" =>
    read_field(group_member_dynamics), "groupMemberId" => read_field(group_member_id),
    "groupMemberName" => read_field(group_member_name), "groupMemberType" =>
    read_field(group_member_type), "groupMemberTypeV2" =>
    read_field(group_member_type_v2) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberResponseBodyGroupMembers { "appUid" => optional(app_uid),
    "groupMemberAvatar" => optional(group_member_avatar), "groupMemberAvatarMediaId" =>
    optional(group_member_avatar_media_id), "groupMemberDynamics" =>
    optional(group_member_dynamics), "groupMemberId" => optional(group_member_id),
    "groupMemberName" => optional(group_member_name), "groupMemberType" =>
    optional(group_member_type), "groupMemberTypeV2" => optional(group_member_type_v2) }
}
/// `QueryGroupMemberByAppUidsResponseBodyGroupMembers`: the same model as [`QueryGroupMemberResponseBodyGroupMembers`].
pub type QueryGroupMemberByAppUidsResponseBodyGroupMembers = QueryGroupMemberResponseBodyGroupMembers;
/// `QueryGroupMemberByMemberAuthResponseBodyGroupMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryGroupMemberByMemberAuthResponseBodyGroupMemberList { "groupNickName" =>
    read_field(group_nick_name), "orgName" => read_field(org_name), "profilePhotoUrl" =>
    read_field(profile_photo_url), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMemberByMemberAuthResponseBodyGroupMemberList { "groupNickName" =>
    optional(group_nick_name), "orgName" => optional(org_name), "profilePhotoUrl" =>
    optional(profile_photo_url), "userId" => optional(user_id) }
}
/// `QueryGroupMuteStatusResponseBodyUserMuteResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupMuteStatusResponseBodyUserMuteResult {
    /// `muteEndTime`.
    pub mute_end_time: Option<i64>,
    /// `muteStartTime`.
    pub mute_start_time: Option<i64>,
    /// `userMuteMode`.
    pub user_mute_mode: Option<bool>,
}
rt::impl_deserialize! {
    QueryGroupMuteStatusResponseBodyUserMuteResult { "muteEndTime" =>
    read_field(mute_end_time), "muteStartTime" => read_field(mute_start_time),
    "userMuteMode" => read_field(user_mute_mode) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupMuteStatusResponseBodyUserMuteResult { "muteEndTime" =>
    optional(mute_end_time), "muteStartTime" => optional(mute_start_time), "userMuteMode"
    => optional(user_mute_mode) }
}
/// `QueryInnerGroupMemberListResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryInnerGroupMemberListResponseBodyList { "icon" => read_field(icon), "name" =>
    read_field(name), "nickName" => read_field(nick_name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryInnerGroupMemberListResponseBodyList { "icon" => optional(icon), "name" =>
    optional(name), "nickName" => optional(nick_name), "userId" => optional(user_id) }
}
/// `QueryInnerGroupRecentListResponseBodyGroupInfos`: the same model as [`GetNewestInnerGroupsResponseBodyGroupInfos`].
pub type QueryInnerGroupRecentListResponseBodyGroupInfos = GetNewestInnerGroupsResponseBodyGroupInfos;
/// `QueryMessageSendResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMessageSendResultResponseBodyResult {
    /// `openMessageId`.
    pub open_message_id: Option<String>,
    /// `sendStatus`.
    pub send_status: Option<i64>,
}
rt::impl_deserialize! {
    QueryMessageSendResultResponseBodyResult { "openMessageId" =>
    read_field(open_message_id), "sendStatus" => read_field(send_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMessageSendResultResponseBodyResult { "openMessageId" =>
    optional(open_message_id), "sendStatus" => optional(send_status) }
}
/// `QueryMsgReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMsgReadStatusResponseBodyResult { "hasMore" => read_field(has_more),
    "nextCursor" => read_field(next_cursor), "openMessageId" =>
    read_field(open_message_id), "readUnionIds" => read_field(read_union_ids),
    "readUserIds" => read_field(read_user_ids), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMsgReadStatusResponseBodyResult { "hasMore" => optional(has_more), "nextCursor"
    => optional(next_cursor), "openMessageId" => optional(open_message_id),
    "readUnionIds" => optional(read_union_ids), "readUserIds" => optional(read_user_ids),
    "status" => optional(status) }
}
/// `QueryOpenConversationReceiveUserResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOpenConversationReceiveUserResponseBodyResult {
    /// `receiveUser`.
    pub receive_user: Option<
        QueryOpenConversationReceiveUserResponseBodyResultReceiveUser,
    >,
}
rt::impl_deserialize! {
    QueryOpenConversationReceiveUserResponseBodyResult { "receiveUser" =>
    read_field(receive_user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOpenConversationReceiveUserResponseBodyResult { "receiveUser" =>
    optional(receive_user) }
}
/// `QueryOpenGroupBaseInfoResponseBodyResult`, a model several operations share: also named [`OpenSearchGroupListResponseBodyResultGroupList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOpenGroupBaseInfoResponseBodyResult { "icon" => read_field(icon), "memberCount"
    => read_field(member_count), "openConversationId" =>
    read_field(open_conversation_id), "tag" => read_field(tag), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOpenGroupBaseInfoResponseBodyResult { "icon" => optional(icon), "memberCount" =>
    optional(member_count), "openConversationId" => optional(open_conversation_id), "tag"
    => optional(tag), "title" => optional(title) }
}
/// `QueryPersonalMessageReadStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBodyResult {
    /// `messageReadInfoList`.
    pub message_read_info_list: Option<
        Vec<QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList>,
    >,
}
rt::impl_deserialize! {
    QueryPersonalMessageReadStatusResponseBodyResult { "messageReadInfoList" =>
    read_field(message_read_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPersonalMessageReadStatusResponseBodyResult { "messageReadInfoList" =>
    optional(message_read_info_list) }
}
/// `QueryRecentConversationsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecentConversationsResponseBodyResult {
    /// `conversationList`.
    pub conversation_list: Option<
        Vec<QueryRecentConversationsResponseBodyResultConversationList>,
    >,
}
rt::impl_deserialize! {
    QueryRecentConversationsResponseBodyResult { "conversationList" =>
    read_field(conversation_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecentConversationsResponseBodyResult { "conversationList" =>
    optional(conversation_list) }
}
/// `QuerySceneGroupTemplateRobotResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySceneGroupTemplateRobotResponseBodyResult {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySceneGroupTemplateRobotResponseBodyResult { "unionId" => read_field(union_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySceneGroupTemplateRobotResponseBodyResult { "unionId" => optional(union_id),
    "userId" => optional(user_id) }
}
/// `QuerySingleGroupResponseBodyOpenConversations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySingleGroupResponseBodyOpenConversations {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QuerySingleGroupResponseBodyOpenConversations { "appUserId" =>
    read_field(app_user_id), "openConversationId" => read_field(open_conversation_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySingleGroupResponseBodyOpenConversations { "appUserId" => optional(app_user_id),
    "openConversationId" => optional(open_conversation_id), "userId" => optional(user_id)
    }
}
/// `QueryUnReadMessageResponseBodyUnReadItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnReadMessageResponseBodyUnReadItems {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `unReadCount`.
    pub un_read_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnReadMessageResponseBodyUnReadItems { "openConversationId" =>
    read_field(open_conversation_id), "unReadCount" => read_field(un_read_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnReadMessageResponseBodyUnReadItems { "openConversationId" =>
    optional(open_conversation_id), "unReadCount" => optional(un_read_count) }
}
/// `QueryUnfurlingRegisterCreatorResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorResponseBodyData {
    /// `appId`.
    pub app_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnfurlingRegisterCreatorResponseBodyData { "appId" => read_field(app_id),
    "creatorUserId" => read_field(creator_user_id), "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnfurlingRegisterCreatorResponseBodyData { "appId" => optional(app_id),
    "creatorUserId" => optional(creator_user_id), "id" => optional(id) }
}
/// `QueryUnfurlingRegisterInfoResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryUnfurlingRegisterInfoResponseBodyList { "apiSecret" => read_field(api_secret),
    "appId" => read_field(app_id), "appName" => read_field(app_name), "callbackType" =>
    read_field(callback_type), "callbackUrl" => read_field(callback_url),
    "cardTemplateId" => read_field(card_template_id), "creatorUserId" =>
    read_field(creator_user_id), "domain" => read_field(domain), "grayGroupIdList" =>
    read_field(gray_group_id_list), "grayUserIdList" => read_field(gray_user_id_list),
    "hsfMethodName" => read_field(hsf_method_name), "hsfServiceName" =>
    read_field(hsf_service_name), "hsfVersion" => read_field(hsf_version), "id" =>
    read_field(id), "path" => read_field(path), "ruleDesc" => read_field(rule_desc),
    "ruleMatchType" => read_field(rule_match_type), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnfurlingRegisterInfoResponseBodyList { "apiSecret" => optional(api_secret),
    "appId" => optional(app_id), "appName" => optional(app_name), "callbackType" =>
    optional(callback_type), "callbackUrl" => optional(callback_url), "cardTemplateId" =>
    optional(card_template_id), "creatorUserId" => optional(creator_user_id), "domain" =>
    optional(domain), "grayGroupIdList" => optional(gray_group_id_list), "grayUserIdList"
    => optional(gray_user_id_list), "hsfMethodName" => optional(hsf_method_name),
    "hsfServiceName" => optional(hsf_service_name), "hsfVersion" =>
    optional(hsf_version), "id" => optional(id), "path" => optional(path), "ruleDesc" =>
    optional(rule_desc), "ruleMatchType" => optional(rule_match_type), "status" =>
    optional(status) }
}
/// `QueryUserGroupAliasTitleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleResponseBodyResult {
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryUserGroupAliasTitleResponseBodyResult { "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserGroupAliasTitleResponseBodyResult { "title" => optional(title) }
}
/// `QueryUserGroupRolesResponseBodyResult`: the same model as [`OpenGroupRoleQueryResponseBodyResult`].
pub type QueryUserGroupRolesResponseBodyResult = OpenGroupRoleQueryResponseBodyResult;
/// `QueryUserViewGroupLastMessageTimeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeResponseBodyResult {
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserViewGroupLastMessageTimeResponseBodyResult { "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserViewGroupLastMessageTimeResponseBodyResult { "time" => optional(time) }
}
/// `SearchInnerGroupsResponseBodyGroupInfos`: the same model as [`GetNewestInnerGroupsResponseBodyGroupInfos`].
pub type SearchInnerGroupsResponseBodyGroupInfos = GetNewestInnerGroupsResponseBodyGroupInfos;
/// `SendInteractiveCardResponseBodyResult`, a model several operations share: also named [`SendOTOInteractiveCardResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendInteractiveCardResponseBodyResult {
    /// `processQueryKey`.
    pub process_query_key: Option<String>,
}
rt::impl_deserialize! {
    SendInteractiveCardResponseBodyResult { "processQueryKey" =>
    read_field(process_query_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendInteractiveCardResponseBodyResult { "processQueryKey" =>
    optional(process_query_key) }
}
/// `SendOTOInteractiveCardResponseBodyResult`: the same model as [`SendInteractiveCardResponseBodyResult`].
pub type SendOTOInteractiveCardResponseBodyResult = SendInteractiveCardResponseBodyResult;
/// `SendPersonalMessageResponseBodyResult`: the same model as [`ImportMessageResponseBodyResult`].
pub type SendPersonalMessageResponseBodyResult = ImportMessageResponseBodyResult;
/// `BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels`, a model several operations share: also named [`GetFamilySchoolConversationMsgResponseBodyMessagesMediaModels`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels { "fileName" =>
    read_field(file_name), "fileType" => read_field(file_type), "mediaId" =>
    read_field(media_id), "size" => read_field(size), "url" => read_field(url),
    "videoPicMediaId" => read_field(video_pic_media_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels { "fileName" =>
    optional(file_name), "fileType" => optional(file_type), "mediaId" =>
    optional(media_id), "size" => optional(size), "url" => optional(url),
    "videoPicMediaId" => optional(video_pic_media_id) }
}
/// `GetFamilySchoolConversationMsgResponseBodyMessagesMediaModels`: the same model as [`BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels`].
pub type GetFamilySchoolConversationMsgResponseBodyMessagesMediaModels = BatchQueryFamilySchoolMessageResponseBodyMessagesMediaModels;
/// `ListConvNavTabResponseBodyResultConvNavTabInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListConvNavTabResponseBodyResultConvNavTabInfos { "mobileUrl" =>
    read_field(mobile_url), "pcUrl" => read_field(pc_url), "tabId" => read_field(tab_id),
    "title" => read_field(title), "type" => read_field(r#type), "userEditable" =>
    read_field(user_editable) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListConvNavTabResponseBodyResultConvNavTabInfos { "mobileUrl" =>
    optional(mobile_url), "pcUrl" => optional(pc_url), "tabId" => optional(tab_id),
    "title" => optional(title), "type" => optional(r#type), "userEditable" =>
    optional(user_editable) }
}
/// `ListOrgTextEmotionResponseBodyResultEmotions`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListOrgTextEmotionResponseBodyResultEmotions { "backgroundMediaId" =>
    read_field(background_media_id), "backgroundMediaIdForPanel" =>
    read_field(background_media_id_for_panel), "deptId" => read_field(dept_id),
    "emotionId" => read_field(emotion_id), "emotionName" => read_field(emotion_name),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgTextEmotionResponseBodyResultEmotions { "backgroundMediaId" =>
    optional(background_media_id), "backgroundMediaIdForPanel" =>
    optional(background_media_id_for_panel), "deptId" => optional(dept_id), "emotionId"
    => optional(emotion_id), "emotionName" => optional(emotion_name), "status" =>
    optional(status) }
}
/// `OpenGroupRoleQueryResponseBodyResultGroupRoles`, a model several operations share: also named [`OpenGroupUserRoleQueryResponseBodyResultGroupRoles`], [`QueryCustomGroupRolesResponseBodyResultGroupRoles`], [`QueryCustomGroupRolesByUserResponseBodyResultGroupRoles`], [`QueryUserGroupRolesResponseBodyResultGroupRoles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenGroupRoleQueryResponseBodyResultGroupRoles {
    /// `openRoleId`.
    pub open_role_id: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    OpenGroupRoleQueryResponseBodyResultGroupRoles { "openRoleId" =>
    read_field(open_role_id), "roleName" => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenGroupRoleQueryResponseBodyResultGroupRoles { "openRoleId" =>
    optional(open_role_id), "roleName" => optional(role_name) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOpenConversationReceiveUserResponseBodyResultReceiveUser { "icon" =>
    read_field(icon), "name" => read_field(name), "nickName" => read_field(nick_name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOpenConversationReceiveUserResponseBodyResultReceiveUser { "icon" =>
    optional(icon), "name" => optional(name), "nickName" => optional(nick_name), "userId"
    => optional(user_id) }
}
/// `QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList {
    /// `readStatus`.
    pub read_status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList { "readStatus" =>
    read_field(read_status), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPersonalMessageReadStatusResponseBodyResultMessageReadInfoList { "readStatus" =>
    optional(read_status), "userId" => optional(user_id) }
}
/// `QueryRecentConversationsResponseBodyResultConversationList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryRecentConversationsResponseBodyResultConversationList { "conversationType" =>
    read_field(conversation_type), "icon" => read_field(icon), "memberCount" =>
    read_field(member_count), "name" => read_field(name), "nickName" =>
    read_field(nick_name), "openConversationId" => read_field(open_conversation_id),
    "title" => read_field(title), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecentConversationsResponseBodyResultConversationList { "conversationType" =>
    optional(conversation_type), "icon" => optional(icon), "memberCount" =>
    optional(member_count), "name" => optional(name), "nickName" => optional(nick_name),
    "openConversationId" => optional(open_conversation_id), "title" => optional(title),
    "userId" => optional(user_id) }
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
rt::impl_serialize! {
    AddConvNavTabRequest { "mobileUrl" => optional(mobile_url), "openConversationId" =>
    optional(open_conversation_id), "pcUrl" => optional(pc_url), "title" =>
    optional(title), "userEditable" => optional(user_editable) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddConvNavTabRequest { "mobileUrl" => read_field(mobile_url), "openConversationId" =>
    read_field(open_conversation_id), "pcUrl" => read_field(pc_url), "title" =>
    read_field(title), "userEditable" => read_field(user_editable) }
}
impl rt::WriteRequest for AddConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org_text_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddOrgTextEmotionRequest`], each named where it is set: `AddOrgTextEmotionRequest::new(AddOrgTextEmotionRequired { .. })`.
pub struct AddOrgTextEmotionRequired {
    /// `backgroundMediaId`: see [`AddOrgTextEmotionRequest::background_media_id`].
    pub background_media_id: String,
    /// `backgroundMediaIdForPanel`: see [`AddOrgTextEmotionRequest::background_media_id_for_panel`].
    pub background_media_id_for_panel: String,
    /// `deptId`: see [`AddOrgTextEmotionRequest::dept_id`].
    pub dept_id: i64,
    /// `emotionName`: see [`AddOrgTextEmotionRequest::emotion_name`].
    pub emotion_name: String,
}
impl AddOrgTextEmotionRequest {
    /// A `AddOrgTextEmotionRequest` with its required fields (`backgroundMediaId`, `backgroundMediaIdForPanel`, `deptId`, `emotionName`); set the others with the methods named after them.
    pub fn new(required: AddOrgTextEmotionRequired) -> Self {
        let AddOrgTextEmotionRequired {
            background_media_id,
            background_media_id_for_panel,
            dept_id,
            emotion_name,
        } = required;
        Self {
            background_media_id,
            background_media_id_for_panel,
            dept_id,
            emotion_name,
        }
    }
}
rt::impl_serialize! {
    AddOrgTextEmotionRequest { "backgroundMediaId" => field(background_media_id),
    "backgroundMediaIdForPanel" => field(background_media_id_for_panel), "deptId" =>
    field(dept_id), "emotionName" => field(emotion_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOrgTextEmotionRequest { "backgroundMediaId" => read_field(background_media_id),
    "backgroundMediaIdForPanel" => read_field(background_media_id_for_panel), "deptId" =>
    read_field(dept_id), "emotionName" => read_field(emotion_name) }
}
impl rt::WriteRequest for AddOrgTextEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_robot_to_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddRobotToConversationRequest`], each named where it is set: `AddRobotToConversationRequest::new(AddRobotToConversationRequired { .. })`.
pub struct AddRobotToConversationRequired {
    /// `openConversationId`: see [`AddRobotToConversationRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `robotCode`: see [`AddRobotToConversationRequest::robot_code`].
    pub robot_code: String,
}
impl AddRobotToConversationRequest {
    /// A `AddRobotToConversationRequest` with its required fields (`openConversationId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: AddRobotToConversationRequired) -> Self {
        let AddRobotToConversationRequired { open_conversation_id, robot_code } = required;
        Self {
            icon: None,
            name: None,
            open_conversation_id,
            robot_code,
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
rt::impl_serialize! {
    AddRobotToConversationRequest { "icon" => optional(icon), "name" => optional(name),
    "openConversationId" => field(open_conversation_id), "robotCode" => field(robot_code)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRobotToConversationRequest { "icon" => read_field(icon), "name" =>
    read_field(name), "openConversationId" => read_field(open_conversation_id),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for AddRobotToConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_scene_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddSceneGroupMemberRequest {
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `union_ids`.
    pub union_ids: Option<Vec<String>>,
    /// `user_ids`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`AddSceneGroupMemberRequest`], each named where it is set: `AddSceneGroupMemberRequest::new(AddSceneGroupMemberRequired { .. })`.
pub struct AddSceneGroupMemberRequired {
    /// `open_conversation_id`: see [`AddSceneGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl AddSceneGroupMemberRequest {
    /// A `AddSceneGroupMemberRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(required: AddSceneGroupMemberRequired) -> Self {
        let AddSceneGroupMemberRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
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
rt::impl_serialize! {
    AddSceneGroupMemberRequest { "open_conversation_id" => field(open_conversation_id),
    "union_ids" => optional(union_ids), "user_ids" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddSceneGroupMemberRequest { "open_conversation_id" =>
    read_field(open_conversation_id), "union_ids" => read_field(union_ids), "user_ids" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for AddSceneGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddUnfurlingRegisterRequest`], each named where it is set: `AddUnfurlingRegisterRequest::new(AddUnfurlingRegisterRequired { .. })`.
pub struct AddUnfurlingRegisterRequired {
    /// `apiSecret`: see [`AddUnfurlingRegisterRequest::api_secret`].
    pub api_secret: String,
    /// `appId`: see [`AddUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `callbackUrl`: see [`AddUnfurlingRegisterRequest::callback_url`].
    pub callback_url: String,
    /// `cardTemplateId`: see [`AddUnfurlingRegisterRequest::card_template_id`].
    pub card_template_id: String,
    /// `domain`: see [`AddUnfurlingRegisterRequest::domain`].
    pub domain: String,
    /// `path`: see [`AddUnfurlingRegisterRequest::path`].
    pub path: String,
    /// `ruleMatchType`: see [`AddUnfurlingRegisterRequest::rule_match_type`].
    pub rule_match_type: i64,
    /// `userId`: see [`AddUnfurlingRegisterRequest::user_id`].
    pub user_id: String,
}
impl AddUnfurlingRegisterRequest {
    /// A `AddUnfurlingRegisterRequest` with its required fields (`apiSecret`, `appId`, `callbackUrl`, `cardTemplateId`, `domain`, `path`, `ruleMatchType`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddUnfurlingRegisterRequired) -> Self {
        let AddUnfurlingRegisterRequired {
            api_secret,
            app_id,
            callback_url,
            card_template_id,
            domain,
            path,
            rule_match_type,
            user_id,
        } = required;
        Self {
            api_secret,
            app_id,
            callback_type: None,
            callback_url,
            card_template_id,
            domain,
            path,
            rule_desc: None,
            rule_match_type,
            user_id,
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
rt::impl_serialize! {
    AddUnfurlingRegisterRequest { "apiSecret" => field(api_secret), "appId" =>
    field(app_id), "callbackType" => optional(callback_type), "callbackUrl" =>
    field(callback_url), "cardTemplateId" => field(card_template_id), "domain" =>
    field(domain), "path" => field(path), "ruleDesc" => optional(rule_desc),
    "ruleMatchType" => field(rule_match_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddUnfurlingRegisterRequest { "apiSecret" => read_field(api_secret), "appId" =>
    read_field(app_id), "callbackType" => read_field(callback_type), "callbackUrl" =>
    read_field(callback_url), "cardTemplateId" => read_field(card_template_id), "domain"
    => read_field(domain), "path" => read_field(path), "ruleDesc" =>
    read_field(rule_desc), "ruleMatchType" => read_field(rule_match_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for AddUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_family_school_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryFamilySchoolMessageRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageIds`.
    pub open_message_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`BatchQueryFamilySchoolMessageRequest`], each named where it is set: `BatchQueryFamilySchoolMessageRequest::new(BatchQueryFamilySchoolMessageRequired { .. })`.
pub struct BatchQueryFamilySchoolMessageRequired {
    /// `openConversationId`: see [`BatchQueryFamilySchoolMessageRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMessageIds`: see [`BatchQueryFamilySchoolMessageRequest::open_message_ids`].
    pub open_message_ids: Vec<String>,
    /// `unionId`: see [`BatchQueryFamilySchoolMessageRequest::union_id`].
    pub union_id: String,
}
impl BatchQueryFamilySchoolMessageRequest {
    /// A `BatchQueryFamilySchoolMessageRequest` with its required fields (`openConversationId`, `openMessageIds`, `unionId`); set the others with the methods named after them.
    pub fn new(required: BatchQueryFamilySchoolMessageRequired) -> Self {
        let BatchQueryFamilySchoolMessageRequired {
            open_conversation_id,
            open_message_ids,
            union_id,
        } = required;
        Self {
            open_conversation_id,
            open_message_ids,
            union_id,
        }
    }
}
rt::impl_serialize! {
    BatchQueryFamilySchoolMessageRequest { "openConversationId" =>
    field(open_conversation_id), "openMessageIds" => field(open_message_ids), "unionId"
    => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryFamilySchoolMessageRequest { "openConversationId" =>
    read_field(open_conversation_id), "openMessageIds" => read_field(open_message_ids),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for BatchQueryFamilySchoolMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchQueryGroupMemberRequest`], each named where it is set: `BatchQueryGroupMemberRequest::new(BatchQueryGroupMemberRequired { .. })`.
pub struct BatchQueryGroupMemberRequired {
    /// `maxResults`: see [`BatchQueryGroupMemberRequest::max_results`].
    pub max_results: i64,
    /// `openConversationId`: see [`BatchQueryGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl BatchQueryGroupMemberRequest {
    /// A `BatchQueryGroupMemberRequest` with its required fields (`maxResults`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: BatchQueryGroupMemberRequired) -> Self {
        let BatchQueryGroupMemberRequired { max_results, open_conversation_id } = required;
        Self {
            cool_app_code: None,
            max_results,
            next_token: None,
            open_conversation_id,
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
rt::impl_serialize! {
    BatchQueryGroupMemberRequest { "coolAppCode" => optional(cool_app_code), "maxResults"
    => field(max_results), "nextToken" => optional(next_token), "openConversationId" =>
    field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryGroupMemberRequest { "coolAppCode" => read_field(cool_app_code),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for BatchQueryGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::card_template_build_action`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CardTemplateBuildActionRequest {
    /// `action`.
    pub action: String,
    /// `cardTemplateJson`.
    pub card_template_json: String,
}
/// The required fields of [`CardTemplateBuildActionRequest`], each named where it is set: `CardTemplateBuildActionRequest::new(CardTemplateBuildActionRequired { .. })`.
pub struct CardTemplateBuildActionRequired {
    /// `action`: see [`CardTemplateBuildActionRequest::action`].
    pub action: String,
    /// `cardTemplateJson`: see [`CardTemplateBuildActionRequest::card_template_json`].
    pub card_template_json: String,
}
impl CardTemplateBuildActionRequest {
    /// A `CardTemplateBuildActionRequest` with its required fields (`action`, `cardTemplateJson`); set the others with the methods named after them.
    pub fn new(required: CardTemplateBuildActionRequired) -> Self {
        let CardTemplateBuildActionRequired { action, card_template_json } = required;
        Self { action, card_template_json }
    }
}
rt::impl_serialize! {
    CardTemplateBuildActionRequest { "action" => field(action), "cardTemplateJson" =>
    field(card_template_json) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CardTemplateBuildActionRequest { "action" => read_field(action), "cardTemplateJson"
    => read_field(card_template_json) }
}
impl rt::WriteRequest for CardTemplateBuildActionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_group_owner`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChangeGroupOwnerRequest {
    /// `groupOwnerId`.
    pub group_owner_id: String,
    /// `groupOwnerType`.
    pub group_owner_type: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`ChangeGroupOwnerRequest`], each named where it is set: `ChangeGroupOwnerRequest::new(ChangeGroupOwnerRequired { .. })`.
pub struct ChangeGroupOwnerRequired {
    /// `groupOwnerId`: see [`ChangeGroupOwnerRequest::group_owner_id`].
    pub group_owner_id: String,
    /// `groupOwnerType`: see [`ChangeGroupOwnerRequest::group_owner_type`].
    pub group_owner_type: i64,
    /// `openConversationId`: see [`ChangeGroupOwnerRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl ChangeGroupOwnerRequest {
    /// A `ChangeGroupOwnerRequest` with its required fields (`groupOwnerId`, `groupOwnerType`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: ChangeGroupOwnerRequired) -> Self {
        let ChangeGroupOwnerRequired {
            group_owner_id,
            group_owner_type,
            open_conversation_id,
        } = required;
        Self {
            group_owner_id,
            group_owner_type,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    ChangeGroupOwnerRequest { "groupOwnerId" => field(group_owner_id), "groupOwnerType"
    => field(group_owner_type), "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChangeGroupOwnerRequest { "groupOwnerId" => read_field(group_owner_id),
    "groupOwnerType" => read_field(group_owner_type), "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for ChangeGroupOwnerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_sub_admin_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatSubAdminUpdateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `role`.
    pub role: i64,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`ChatSubAdminUpdateRequest`], each named where it is set: `ChatSubAdminUpdateRequest::new(ChatSubAdminUpdateRequired { .. })`.
pub struct ChatSubAdminUpdateRequired {
    /// `openConversationId`: see [`ChatSubAdminUpdateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `role`: see [`ChatSubAdminUpdateRequest::role`].
    pub role: i64,
    /// `userIds`: see [`ChatSubAdminUpdateRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl ChatSubAdminUpdateRequest {
    /// A `ChatSubAdminUpdateRequest` with its required fields (`openConversationId`, `role`, `userIds`); set the others with the methods named after them.
    pub fn new(required: ChatSubAdminUpdateRequired) -> Self {
        let ChatSubAdminUpdateRequired { open_conversation_id, role, user_ids } = required;
        Self {
            open_conversation_id,
            role,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    ChatSubAdminUpdateRequest { "openConversationId" => field(open_conversation_id),
    "role" => field(role), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatSubAdminUpdateRequest { "openConversationId" => read_field(open_conversation_id),
    "role" => read_field(role), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for ChatSubAdminUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_user_is_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckUserIsGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CheckUserIsGroupMemberRequest`], each named where it is set: `CheckUserIsGroupMemberRequest::new(CheckUserIsGroupMemberRequired { .. })`.
pub struct CheckUserIsGroupMemberRequired {
    /// `openConversationId`: see [`CheckUserIsGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`CheckUserIsGroupMemberRequest::user_id`].
    pub user_id: String,
}
impl CheckUserIsGroupMemberRequest {
    /// A `CheckUserIsGroupMemberRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CheckUserIsGroupMemberRequired) -> Self {
        let CheckUserIsGroupMemberRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CheckUserIsGroupMemberRequest { "openConversationId" => field(open_conversation_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckUserIsGroupMemberRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CheckUserIsGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CopyUnfurlingRegisterRequest`], each named where it is set: `CopyUnfurlingRegisterRequest::new(CopyUnfurlingRegisterRequired { .. })`.
pub struct CopyUnfurlingRegisterRequired {
    /// `appId`: see [`CopyUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `id`: see [`CopyUnfurlingRegisterRequest::id`].
    pub id: i64,
    /// `userId`: see [`CopyUnfurlingRegisterRequest::user_id`].
    pub user_id: String,
}
impl CopyUnfurlingRegisterRequest {
    /// A `CopyUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(required: CopyUnfurlingRegisterRequired) -> Self {
        let CopyUnfurlingRegisterRequired { app_id, id, user_id } = required;
        Self { app_id, id, user_id }
    }
}
rt::impl_serialize! {
    CopyUnfurlingRegisterRequest { "appId" => field(app_id), "id" => field(id), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyUnfurlingRegisterRequest { "appId" => read_field(app_id), "id" => read_field(id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CopyUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::count_open_msg_scene_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CountOpenMsgSceneGroupsRequest {
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`CountOpenMsgSceneGroupsRequest`], each named where it is set: `CountOpenMsgSceneGroupsRequest::new(CountOpenMsgSceneGroupsRequired { .. })`.
pub struct CountOpenMsgSceneGroupsRequired {
    /// `templateId`: see [`CountOpenMsgSceneGroupsRequest::template_id`].
    pub template_id: String,
}
impl CountOpenMsgSceneGroupsRequest {
    /// A `CountOpenMsgSceneGroupsRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(required: CountOpenMsgSceneGroupsRequired) -> Self {
        let CountOpenMsgSceneGroupsRequired { template_id } = required;
        Self { template_id }
    }
}
rt::impl_serialize! {
    CountOpenMsgSceneGroupsRequest { "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CountOpenMsgSceneGroupsRequest { "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for CountOpenMsgSceneGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_couple_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCoupleGroupConversationRequest`], each named where it is set: `CreateCoupleGroupConversationRequest::new(CreateCoupleGroupConversationRequired { .. })`.
pub struct CreateCoupleGroupConversationRequired {
    /// `appUserId`: see [`CreateCoupleGroupConversationRequest::app_user_id`].
    pub app_user_id: String,
    /// `groupName`: see [`CreateCoupleGroupConversationRequest::group_name`].
    pub group_name: String,
    /// `groupOwnerId`: see [`CreateCoupleGroupConversationRequest::group_owner_id`].
    pub group_owner_id: String,
    /// `groupTemplateId`: see [`CreateCoupleGroupConversationRequest::group_template_id`].
    pub group_template_id: String,
    /// `operatorId`: see [`CreateCoupleGroupConversationRequest::operator_id`].
    pub operator_id: String,
}
impl CreateCoupleGroupConversationRequest {
    /// A `CreateCoupleGroupConversationRequest` with its required fields (`appUserId`, `groupName`, `groupOwnerId`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateCoupleGroupConversationRequired) -> Self {
        let CreateCoupleGroupConversationRequired {
            app_user_id,
            group_name,
            group_owner_id,
            group_template_id,
            operator_id,
        } = required;
        Self {
            app_user_id,
            group_avatar: None,
            group_name,
            group_owner_id,
            group_template_id,
            operator_id,
        }
    }
    /// Sets `groupAvatar`.
    pub fn group_avatar(mut self, value: impl Into<String>) -> Self {
        self.group_avatar = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateCoupleGroupConversationRequest { "appUserId" => field(app_user_id),
    "groupAvatar" => optional(group_avatar), "groupName" => field(group_name),
    "groupOwnerId" => field(group_owner_id), "groupTemplateId" =>
    field(group_template_id), "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCoupleGroupConversationRequest { "appUserId" => read_field(app_user_id),
    "groupAvatar" => read_field(group_avatar), "groupName" => read_field(group_name),
    "groupOwnerId" => read_field(group_owner_id), "groupTemplateId" =>
    read_field(group_template_id), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for CreateCoupleGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateCustomGroupRoleRequest`], each named where it is set: `CreateCustomGroupRoleRequest::new(CreateCustomGroupRoleRequired { .. })`.
pub struct CreateCustomGroupRoleRequired {
    /// `openConversationId`: see [`CreateCustomGroupRoleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `roleName`: see [`CreateCustomGroupRoleRequest::role_name`].
    pub role_name: String,
    /// `userId`: see [`CreateCustomGroupRoleRequest::user_id`].
    pub user_id: String,
}
impl CreateCustomGroupRoleRequest {
    /// A `CreateCustomGroupRoleRequest` with its required fields (`openConversationId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateCustomGroupRoleRequired) -> Self {
        let CreateCustomGroupRoleRequired { open_conversation_id, role_name, user_id } = required;
        Self {
            open_conversation_id,
            role_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateCustomGroupRoleRequest { "openConversationId" => field(open_conversation_id),
    "roleName" => field(role_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomGroupRoleRequest { "openConversationId" =>
    read_field(open_conversation_id), "roleName" => read_field(role_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_user_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCustomUserRolesRequest`], each named where it is set: `CreateCustomUserRolesRequest::new(CreateCustomUserRolesRequired { .. })`.
pub struct CreateCustomUserRolesRequired {
    /// `openConversationId`: see [`CreateCustomUserRolesRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleIds`: see [`CreateCustomUserRolesRequest::open_role_ids`].
    pub open_role_ids: Vec<String>,
    /// `targetUserId`: see [`CreateCustomUserRolesRequest::target_user_id`].
    pub target_user_id: String,
    /// `userId`: see [`CreateCustomUserRolesRequest::user_id`].
    pub user_id: String,
}
impl CreateCustomUserRolesRequest {
    /// A `CreateCustomUserRolesRequest` with its required fields (`openConversationId`, `openRoleIds`, `targetUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateCustomUserRolesRequired) -> Self {
        let CreateCustomUserRolesRequired {
            open_conversation_id,
            open_role_ids,
            target_user_id,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_ids,
            target_user_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateCustomUserRolesRequest { "openConversationId" => field(open_conversation_id),
    "openRoleIds" => field(open_role_ids), "targetUserId" => field(target_user_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomUserRolesRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleIds" => read_field(open_role_ids),
    "targetUserId" => read_field(target_user_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateCustomUserRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupRequest`], each named where it is set: `CreateGroupRequest::new(CreateGroupRequired { .. })`.
pub struct CreateGroupRequired {
    /// `name`: see [`CreateGroupRequest::name`].
    pub name: String,
    /// `owner`: see [`CreateGroupRequest::owner`].
    pub owner: String,
    /// `useridlist`: see [`CreateGroupRequest::useridlist`].
    pub useridlist: Vec<String>,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`name`, `owner`, `useridlist`); set the others with the methods named after them.
    pub fn new(required: CreateGroupRequired) -> Self {
        let CreateGroupRequired { name, owner, useridlist } = required;
        Self {
            conversation_tag: None,
            extidlist: None,
            icon: None,
            management_options: None,
            name,
            owner,
            owner_type: None,
            useridlist,
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
rt::impl_serialize! {
    CreateGroupRequest { "conversationTag" => optional(conversation_tag), "extidlist" =>
    optional(extidlist), "icon" => optional(icon), "managementOptions" =>
    optional(management_options), "name" => field(name), "owner" => field(owner),
    "ownerType" => optional(owner_type), "useridlist" => field(useridlist) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequest { "conversationTag" => read_field(conversation_tag), "extidlist"
    => read_field(extidlist), "icon" => read_field(icon), "managementOptions" =>
    read_field(management_options), "name" => read_field(name), "owner" =>
    read_field(owner), "ownerType" => read_field(owner_type), "useridlist" =>
    read_field(useridlist) }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupConversationRequest`], each named where it is set: `CreateGroupConversationRequest::new(CreateGroupConversationRequired { .. })`.
pub struct CreateGroupConversationRequired {
    /// `groupName`: see [`CreateGroupConversationRequest::group_name`].
    pub group_name: String,
    /// `groupOwnerId`: see [`CreateGroupConversationRequest::group_owner_id`].
    pub group_owner_id: String,
    /// `groupTemplateId`: see [`CreateGroupConversationRequest::group_template_id`].
    pub group_template_id: String,
    /// `operatorId`: see [`CreateGroupConversationRequest::operator_id`].
    pub operator_id: String,
}
impl CreateGroupConversationRequest {
    /// A `CreateGroupConversationRequest` with its required fields (`groupName`, `groupOwnerId`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateGroupConversationRequired) -> Self {
        let CreateGroupConversationRequired {
            group_name,
            group_owner_id,
            group_template_id,
            operator_id,
        } = required;
        Self {
            app_user_ids: None,
            group_avatar: None,
            group_name,
            group_owner_id,
            group_owner_type: None,
            group_template_id,
            operator_id,
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
rt::impl_serialize! {
    CreateGroupConversationRequest { "appUserIds" => optional(app_user_ids),
    "groupAvatar" => optional(group_avatar), "groupName" => field(group_name),
    "groupOwnerId" => field(group_owner_id), "groupOwnerType" =>
    optional(group_owner_type), "groupTemplateId" => field(group_template_id),
    "operatorId" => field(operator_id), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupConversationRequest { "appUserIds" => read_field(app_user_ids),
    "groupAvatar" => read_field(group_avatar), "groupName" => read_field(group_name),
    "groupOwnerId" => read_field(group_owner_id), "groupOwnerType" =>
    read_field(group_owner_type), "groupTemplateId" => read_field(group_template_id),
    "operatorId" => read_field(operator_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for CreateGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_from_old_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupFromOldGroupRequest`], each named where it is set: `CreateGroupFromOldGroupRequest::new(CreateGroupFromOldGroupRequired { .. })`.
pub struct CreateGroupFromOldGroupRequired {
    /// `srcOpenConversationId`: see [`CreateGroupFromOldGroupRequest::src_open_conversation_id`].
    pub src_open_conversation_id: String,
    /// `templateId`: see [`CreateGroupFromOldGroupRequest::template_id`].
    pub template_id: String,
    /// `uuid`: see [`CreateGroupFromOldGroupRequest::uuid`].
    pub uuid: String,
}
impl CreateGroupFromOldGroupRequest {
    /// A `CreateGroupFromOldGroupRequest` with its required fields (`srcOpenConversationId`, `templateId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: CreateGroupFromOldGroupRequired) -> Self {
        let CreateGroupFromOldGroupRequired {
            src_open_conversation_id,
            template_id,
            uuid,
        } = required;
        Self {
            not_quit_when_emp_leave: None,
            src_corp_id: None,
            src_open_conversation_id,
            template_id,
            uuid,
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
rt::impl_serialize! {
    CreateGroupFromOldGroupRequest { "notQuitWhenEmpLeave" =>
    optional(not_quit_when_emp_leave), "srcCorpId" => optional(src_corp_id),
    "srcOpenConversationId" => field(src_open_conversation_id), "templateId" =>
    field(template_id), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupFromOldGroupRequest { "notQuitWhenEmpLeave" =>
    read_field(not_quit_when_emp_leave), "srcCorpId" => read_field(src_corp_id),
    "srcOpenConversationId" => read_field(src_open_conversation_id), "templateId" =>
    read_field(template_id), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for CreateGroupFromOldGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_interconnection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateInterconnectionRequest {
    /// `interconnections`.
    pub interconnections: Vec<CreateInterconnectionRequestInterconnections>,
}
/// The required fields of [`CreateInterconnectionRequest`], each named where it is set: `CreateInterconnectionRequest::new(CreateInterconnectionRequired { .. })`.
pub struct CreateInterconnectionRequired {
    /// `interconnections`: see [`CreateInterconnectionRequest::interconnections`].
    pub interconnections: Vec<CreateInterconnectionRequestInterconnections>,
}
impl CreateInterconnectionRequest {
    /// A `CreateInterconnectionRequest` with its required fields (`interconnections`); set the others with the methods named after them.
    pub fn new(required: CreateInterconnectionRequired) -> Self {
        let CreateInterconnectionRequired { interconnections } = required;
        Self { interconnections }
    }
}
rt::impl_serialize! {
    CreateInterconnectionRequest { "interconnections" => field(interconnections) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateInterconnectionRequest { "interconnections" => read_field(interconnections) }
}
impl rt::WriteRequest for CreateInterconnectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateSceneGroupRequest`], each named where it is set: `CreateSceneGroupRequest::new(CreateSceneGroupRequired { .. })`.
pub struct CreateSceneGroupRequired {
    /// `owner_user_id`: see [`CreateSceneGroupRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `template_id`: see [`CreateSceneGroupRequest::template_id`].
    pub template_id: String,
    /// `title`: see [`CreateSceneGroupRequest::title`].
    pub title: String,
}
impl CreateSceneGroupRequest {
    /// A `CreateSceneGroupRequest` with its required fields (`owner_user_id`, `template_id`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateSceneGroupRequired) -> Self {
        let CreateSceneGroupRequired { owner_user_id, template_id, title } = required;
        Self {
            icon: None,
            management_options: None,
            owner_user_id,
            subadmin_ids: None,
            template_id,
            title,
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
rt::impl_serialize! {
    CreateSceneGroupRequest { "icon" => optional(icon), "management_options" =>
    optional(management_options), "owner_user_id" => field(owner_user_id), "subadmin_ids"
    => optional(subadmin_ids), "template_id" => field(template_id), "title" =>
    field(title), "user_ids" => optional(user_ids), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSceneGroupRequest { "icon" => read_field(icon), "management_options" =>
    read_field(management_options), "owner_user_id" => read_field(owner_user_id),
    "subadmin_ids" => read_field(subadmin_ids), "template_id" => read_field(template_id),
    "title" => read_field(title), "user_ids" => read_field(user_ids), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for CreateSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_scene_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateSceneGroupConversationRequest`], each named where it is set: `CreateSceneGroupConversationRequest::new(CreateSceneGroupConversationRequired { .. })`.
pub struct CreateSceneGroupConversationRequired {
    /// `groupName`: see [`CreateSceneGroupConversationRequest::group_name`].
    pub group_name: String,
    /// `groupOwnerId`: see [`CreateSceneGroupConversationRequest::group_owner_id`].
    pub group_owner_id: String,
    /// `templateId`: see [`CreateSceneGroupConversationRequest::template_id`].
    pub template_id: String,
}
impl CreateSceneGroupConversationRequest {
    /// A `CreateSceneGroupConversationRequest` with its required fields (`groupName`, `groupOwnerId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: CreateSceneGroupConversationRequired) -> Self {
        let CreateSceneGroupConversationRequired {
            group_name,
            group_owner_id,
            template_id,
        } = required;
        Self {
            features: None,
            group_name,
            group_owner_id,
            icon: None,
            management_options: None,
            template_id,
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
rt::impl_serialize! {
    CreateSceneGroupConversationRequest { "features" => optional(features), "groupName"
    => field(group_name), "groupOwnerId" => field(group_owner_id), "icon" =>
    optional(icon), "managementOptions" => optional(management_options), "templateId" =>
    field(template_id), "userIdList" => optional(user_id_list), "uuid" => optional(uuid)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSceneGroupConversationRequest { "features" => read_field(features), "groupName"
    => read_field(group_name), "groupOwnerId" => read_field(group_owner_id), "icon" =>
    read_field(icon), "managementOptions" => read_field(management_options), "templateId"
    => read_field(template_id), "userIdList" => read_field(user_id_list), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for CreateSceneGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_store_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateStoreGroupConversationRequest`], each named where it is set: `CreateStoreGroupConversationRequest::new(CreateStoreGroupConversationRequired { .. })`.
pub struct CreateStoreGroupConversationRequired {
    /// `appUserId`: see [`CreateStoreGroupConversationRequest::app_user_id`].
    pub app_user_id: String,
    /// `businessUniqueKey`: see [`CreateStoreGroupConversationRequest::business_unique_key`].
    pub business_unique_key: String,
    /// `groupName`: see [`CreateStoreGroupConversationRequest::group_name`].
    pub group_name: String,
    /// `groupTemplateId`: see [`CreateStoreGroupConversationRequest::group_template_id`].
    pub group_template_id: String,
    /// `operatorId`: see [`CreateStoreGroupConversationRequest::operator_id`].
    pub operator_id: String,
}
impl CreateStoreGroupConversationRequest {
    /// A `CreateStoreGroupConversationRequest` with its required fields (`appUserId`, `businessUniqueKey`, `groupName`, `groupTemplateId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateStoreGroupConversationRequired) -> Self {
        let CreateStoreGroupConversationRequired {
            app_user_id,
            business_unique_key,
            group_name,
            group_template_id,
            operator_id,
        } = required;
        Self {
            app_user_id,
            business_unique_key,
            group_avatar: None,
            group_name,
            group_template_id,
            operator_id,
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
rt::impl_serialize! {
    CreateStoreGroupConversationRequest { "appUserId" => field(app_user_id),
    "businessUniqueKey" => field(business_unique_key), "groupAvatar" =>
    optional(group_avatar), "groupName" => field(group_name), "groupTemplateId" =>
    field(group_template_id), "operatorId" => field(operator_id), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateStoreGroupConversationRequest { "appUserId" => read_field(app_user_id),
    "businessUniqueKey" => read_field(business_unique_key), "groupAvatar" =>
    read_field(group_avatar), "groupName" => read_field(group_name), "groupTemplateId" =>
    read_field(group_template_id), "operatorId" => read_field(operator_id), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for CreateStoreGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::debug_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DebugUnfurlingRegisterRequest`], each named where it is set: `DebugUnfurlingRegisterRequest::new(DebugUnfurlingRegisterRequired { .. })`.
pub struct DebugUnfurlingRegisterRequired {
    /// `appId`: see [`DebugUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `id`: see [`DebugUnfurlingRegisterRequest::id`].
    pub id: i64,
    /// `userId`: see [`DebugUnfurlingRegisterRequest::user_id`].
    pub user_id: String,
}
impl DebugUnfurlingRegisterRequest {
    /// A `DebugUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(required: DebugUnfurlingRegisterRequired) -> Self {
        let DebugUnfurlingRegisterRequired { app_id, id, user_id } = required;
        Self {
            app_id,
            gray_group_id_list: None,
            gray_user_id_list: None,
            id,
            user_id,
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
rt::impl_serialize! {
    DebugUnfurlingRegisterRequest { "appId" => field(app_id), "grayGroupIdList" =>
    optional(gray_group_id_list), "grayUserIdList" => optional(gray_user_id_list), "id"
    => field(id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DebugUnfurlingRegisterRequest { "appId" => read_field(app_id), "grayGroupIdList" =>
    read_field(gray_group_id_list), "grayUserIdList" => read_field(gray_user_id_list),
    "id" => read_field(id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    DeleteConvNavTabRequest { "openConversationId" => optional(open_conversation_id),
    "tabIds" => optional(tab_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteConvNavTabRequest { "openConversationId" => read_field(open_conversation_id),
    "tabIds" => read_field(tab_ids) }
}
impl rt::WriteRequest for DeleteConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_org_text_emotion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteOrgTextEmotionRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `emotionIds`.
    pub emotion_ids: Vec<String>,
}
/// The required fields of [`DeleteOrgTextEmotionRequest`], each named where it is set: `DeleteOrgTextEmotionRequest::new(DeleteOrgTextEmotionRequired { .. })`.
pub struct DeleteOrgTextEmotionRequired {
    /// `deptId`: see [`DeleteOrgTextEmotionRequest::dept_id`].
    pub dept_id: i64,
    /// `emotionIds`: see [`DeleteOrgTextEmotionRequest::emotion_ids`].
    pub emotion_ids: Vec<String>,
}
impl DeleteOrgTextEmotionRequest {
    /// A `DeleteOrgTextEmotionRequest` with its required fields (`deptId`, `emotionIds`); set the others with the methods named after them.
    pub fn new(required: DeleteOrgTextEmotionRequired) -> Self {
        let DeleteOrgTextEmotionRequired { dept_id, emotion_ids } = required;
        Self { dept_id, emotion_ids }
    }
}
rt::impl_serialize! {
    DeleteOrgTextEmotionRequest { "deptId" => field(dept_id), "emotionIds" =>
    field(emotion_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteOrgTextEmotionRequest { "deptId" => read_field(dept_id), "emotionIds" =>
    read_field(emotion_ids) }
}
impl rt::WriteRequest for DeleteOrgTextEmotionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dismiss_group_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DismissGroupConversationRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`DismissGroupConversationRequest`], each named where it is set: `DismissGroupConversationRequest::new(DismissGroupConversationRequired { .. })`.
pub struct DismissGroupConversationRequired {
    /// `openConversationId`: see [`DismissGroupConversationRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl DismissGroupConversationRequest {
    /// A `DismissGroupConversationRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: DismissGroupConversationRequired) -> Self {
        let DismissGroupConversationRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    DismissGroupConversationRequest { "openConversationId" => field(open_conversation_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DismissGroupConversationRequest { "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for DismissGroupConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dsband_open_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DsbandOpenSceneGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`DsbandOpenSceneGroupRequest`], each named where it is set: `DsbandOpenSceneGroupRequest::new(DsbandOpenSceneGroupRequired { .. })`.
pub struct DsbandOpenSceneGroupRequired {
    /// `openConversationId`: see [`DsbandOpenSceneGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl DsbandOpenSceneGroupRequest {
    /// A `DsbandOpenSceneGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: DsbandOpenSceneGroupRequired) -> Self {
        let DsbandOpenSceneGroupRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    DsbandOpenSceneGroupRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DsbandOpenSceneGroupRequest { "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for DsbandOpenSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::freeze_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FreezeGroupRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
/// The required fields of [`FreezeGroupRequest`], each named where it is set: `FreezeGroupRequest::new(FreezeGroupRequired { .. })`.
pub struct FreezeGroupRequired {
    /// `openConversationId`: see [`FreezeGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl FreezeGroupRequest {
    /// A `FreezeGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: FreezeGroupRequired) -> Self {
        let FreezeGroupRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FreezeGroupRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for FreezeGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
    }
}
/// The request of [`Api::get_conversation_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetConversationUrlRequest`], each named where it is set: `GetConversationUrlRequest::new(GetConversationUrlRequired { .. })`.
pub struct GetConversationUrlRequired {
    /// `appUserId`: see [`GetConversationUrlRequest::app_user_id`].
    pub app_user_id: String,
    /// `channelCode`: see [`GetConversationUrlRequest::channel_code`].
    pub channel_code: String,
}
impl GetConversationUrlRequest {
    /// A `GetConversationUrlRequest` with its required fields (`appUserId`, `channelCode`); set the others with the methods named after them.
    pub fn new(required: GetConversationUrlRequired) -> Self {
        let GetConversationUrlRequired { app_user_id, channel_code } = required;
        Self {
            app_user_id,
            channel_code,
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
rt::impl_serialize! {
    GetConversationUrlRequest { "appUserId" => field(app_user_id), "channelCode" =>
    field(channel_code), "deviceId" => optional(device_id), "openConversationId" =>
    optional(open_conversation_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConversationUrlRequest { "appUserId" => read_field(app_user_id), "channelCode" =>
    read_field(channel_code), "deviceId" => read_field(device_id), "openConversationId"
    => read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetConversationUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_family_school_conversation_msg`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetFamilySchoolConversationMsgRequest`], each named where it is set: `GetFamilySchoolConversationMsgRequest::new(GetFamilySchoolConversationMsgRequired { .. })`.
pub struct GetFamilySchoolConversationMsgRequired {
    /// `maxResults`: see [`GetFamilySchoolConversationMsgRequest::max_results`].
    pub max_results: i64,
    /// `msgTypes`: see [`GetFamilySchoolConversationMsgRequest::msg_types`].
    pub msg_types: Vec<i64>,
    /// `nextToken`: see [`GetFamilySchoolConversationMsgRequest::next_token`].
    pub next_token: i64,
    /// `openConversationId`: see [`GetFamilySchoolConversationMsgRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `unionId`: see [`GetFamilySchoolConversationMsgRequest::union_id`].
    pub union_id: String,
}
impl GetFamilySchoolConversationMsgRequest {
    /// A `GetFamilySchoolConversationMsgRequest` with its required fields (`maxResults`, `msgTypes`, `nextToken`, `openConversationId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetFamilySchoolConversationMsgRequired) -> Self {
        let GetFamilySchoolConversationMsgRequired {
            max_results,
            msg_types,
            next_token,
            open_conversation_id,
            union_id,
        } = required;
        Self {
            max_results,
            msg_types,
            next_token,
            open_conversation_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    GetFamilySchoolConversationMsgRequest { "maxResults" => field(max_results),
    "msgTypes" => field(msg_types), "nextToken" => field(next_token),
    "openConversationId" => field(open_conversation_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFamilySchoolConversationMsgRequest { "maxResults" => read_field(max_results),
    "msgTypes" => read_field(msg_types), "nextToken" => read_field(next_token),
    "openConversationId" => read_field(open_conversation_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetFamilySchoolConversationMsgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_family_school_conversations`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFamilySchoolConversationsRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`GetFamilySchoolConversationsRequest`], each named where it is set: `GetFamilySchoolConversationsRequest::new(GetFamilySchoolConversationsRequired { .. })`.
pub struct GetFamilySchoolConversationsRequired {
    /// `maxResults`: see [`GetFamilySchoolConversationsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetFamilySchoolConversationsRequest::next_token`].
    pub next_token: i64,
    /// `unionId`: see [`GetFamilySchoolConversationsRequest::union_id`].
    pub union_id: String,
}
impl GetFamilySchoolConversationsRequest {
    /// A `GetFamilySchoolConversationsRequest` with its required fields (`maxResults`, `nextToken`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetFamilySchoolConversationsRequired) -> Self {
        let GetFamilySchoolConversationsRequired { max_results, next_token, union_id } = required;
        Self {
            max_results,
            next_token,
            union_id,
        }
    }
}
rt::impl_serialize! {
    GetFamilySchoolConversationsRequest { "maxResults" => field(max_results), "nextToken"
    => field(next_token), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFamilySchoolConversationsRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetFamilySchoolConversationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_group_members_by_user_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetGroupMembersByUserTokenRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetGroupMembersByUserTokenRequest`], each named where it is set: `GetGroupMembersByUserTokenRequest::new(GetGroupMembersByUserTokenRequired { .. })`.
pub struct GetGroupMembersByUserTokenRequired {
    /// `maxResults`: see [`GetGroupMembersByUserTokenRequest::max_results`].
    pub max_results: i64,
    /// `openConversationId`: see [`GetGroupMembersByUserTokenRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetGroupMembersByUserTokenRequest {
    /// A `GetGroupMembersByUserTokenRequest` with its required fields (`maxResults`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetGroupMembersByUserTokenRequired) -> Self {
        let GetGroupMembersByUserTokenRequired { max_results, open_conversation_id } = required;
        Self {
            max_results,
            next_token: None,
            open_conversation_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetGroupMembersByUserTokenRequest { "maxResults" => field(max_results), "nextToken"
    => optional(next_token), "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupMembersByUserTokenRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetGroupMembersByUserTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_inner_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetInnerGroupMembersRequest`], each named where it is set: `GetInnerGroupMembersRequest::new(GetInnerGroupMembersRequired { .. })`.
pub struct GetInnerGroupMembersRequired {
    /// `maxResults`: see [`GetInnerGroupMembersRequest::max_results`].
    pub max_results: i64,
    /// `openConversationId`: see [`GetInnerGroupMembersRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`GetInnerGroupMembersRequest::user_id`].
    pub user_id: String,
}
impl GetInnerGroupMembersRequest {
    /// A `GetInnerGroupMembersRequest` with its required fields (`maxResults`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetInnerGroupMembersRequired) -> Self {
        let GetInnerGroupMembersRequired {
            max_results,
            open_conversation_id,
            user_id,
        } = required;
        Self {
            max_results,
            next_token: None,
            open_conversation_id,
            user_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetInnerGroupMembersRequest { "maxResults" => field(max_results), "nextToken" =>
    optional(next_token), "openConversationId" => field(open_conversation_id), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInnerGroupMembersRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInnerGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_interconnection_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetInterconnectionUrlRequest`], each named where it is set: `GetInterconnectionUrlRequest::new(GetInterconnectionUrlRequired { .. })`.
pub struct GetInterconnectionUrlRequired {
    /// `appUserId`: see [`GetInterconnectionUrlRequest::app_user_id`].
    pub app_user_id: String,
    /// `appUserMobileNumber`: see [`GetInterconnectionUrlRequest::app_user_mobile_number`].
    pub app_user_mobile_number: String,
    /// `appUserName`: see [`GetInterconnectionUrlRequest::app_user_name`].
    pub app_user_name: String,
    /// `msgPageType`: see [`GetInterconnectionUrlRequest::msg_page_type`].
    pub msg_page_type: i64,
    /// `signature`: see [`GetInterconnectionUrlRequest::signature`].
    pub signature: String,
    /// `sourceCode`: see [`GetInterconnectionUrlRequest::source_code`].
    pub source_code: String,
    /// `sourceType`: see [`GetInterconnectionUrlRequest::source_type`].
    pub source_type: i64,
}
impl GetInterconnectionUrlRequest {
    /// A `GetInterconnectionUrlRequest` with its required fields (`appUserId`, `appUserMobileNumber`, `appUserName`, `msgPageType`, `signature`, `sourceCode`, `sourceType`); set the others with the methods named after them.
    pub fn new(required: GetInterconnectionUrlRequired) -> Self {
        let GetInterconnectionUrlRequired {
            app_user_id,
            app_user_mobile_number,
            app_user_name,
            msg_page_type,
            signature,
            source_code,
            source_type,
        } = required;
        Self {
            app_user_avatar: None,
            app_user_avatar_type: None,
            app_user_id,
            app_user_mobile_number,
            app_user_name,
            msg_page_type,
            qr_code: None,
            signature,
            source_code,
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
rt::impl_serialize! {
    GetInterconnectionUrlRequest { "appUserAvatar" => optional(app_user_avatar),
    "appUserAvatarType" => optional(app_user_avatar_type), "appUserId" =>
    field(app_user_id), "appUserMobileNumber" => field(app_user_mobile_number),
    "appUserName" => field(app_user_name), "msgPageType" => field(msg_page_type),
    "qrCode" => optional(qr_code), "signature" => field(signature), "sourceCode" =>
    field(source_code), "sourceType" => field(source_type), "userId" => optional(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInterconnectionUrlRequest { "appUserAvatar" => read_field(app_user_avatar),
    "appUserAvatarType" => read_field(app_user_avatar_type), "appUserId" =>
    read_field(app_user_id), "appUserMobileNumber" => read_field(app_user_mobile_number),
    "appUserName" => read_field(app_user_name), "msgPageType" =>
    read_field(msg_page_type), "qrCode" => read_field(qr_code), "signature" =>
    read_field(signature), "sourceCode" => read_field(source_code), "sourceType" =>
    read_field(source_type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetInterconnectionUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_newest_inner_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNewestInnerGroupsRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetNewestInnerGroupsRequest`], each named where it is set: `GetNewestInnerGroupsRequest::new(GetNewestInnerGroupsRequired { .. })`.
pub struct GetNewestInnerGroupsRequired {
    /// `userId`: see [`GetNewestInnerGroupsRequest::user_id`].
    pub user_id: String,
}
impl GetNewestInnerGroupsRequest {
    /// A `GetNewestInnerGroupsRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetNewestInnerGroupsRequired) -> Self {
        let GetNewestInnerGroupsRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNewestInnerGroupsRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetNewestInnerGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_scene_group_detail_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSceneGroupDetailInfoRequest {
    /// `cool_app_code`.
    pub cool_app_code: Option<String>,
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `permissionCode`.
    pub permission_code: Option<String>,
}
/// The required fields of [`GetSceneGroupDetailInfoRequest`], each named where it is set: `GetSceneGroupDetailInfoRequest::new(GetSceneGroupDetailInfoRequired { .. })`.
pub struct GetSceneGroupDetailInfoRequired {
    /// `open_conversation_id`: see [`GetSceneGroupDetailInfoRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetSceneGroupDetailInfoRequest {
    /// A `GetSceneGroupDetailInfoRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(required: GetSceneGroupDetailInfoRequired) -> Self {
        let GetSceneGroupDetailInfoRequired { open_conversation_id } = required;
        Self {
            cool_app_code: None,
            open_conversation_id,
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
rt::impl_serialize! {
    GetSceneGroupDetailInfoRequest { "cool_app_code" => optional(cool_app_code),
    "open_conversation_id" => field(open_conversation_id), "permissionCode" =>
    optional(permission_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSceneGroupDetailInfoRequest { "cool_app_code" => read_field(cool_app_code),
    "open_conversation_id" => read_field(open_conversation_id), "permissionCode" =>
    read_field(permission_code) }
}
impl rt::WriteRequest for GetSceneGroupDetailInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_scene_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSceneGroupInfoRequest {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetSceneGroupInfoRequest`], each named where it is set: `GetSceneGroupInfoRequest::new(GetSceneGroupInfoRequired { .. })`.
pub struct GetSceneGroupInfoRequired {
    /// `openConversationId`: see [`GetSceneGroupInfoRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetSceneGroupInfoRequest {
    /// A `GetSceneGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetSceneGroupInfoRequired) -> Self {
        let GetSceneGroupInfoRequired { open_conversation_id } = required;
        Self {
            cool_app_code: None,
            open_conversation_id,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetSceneGroupInfoRequest { "coolAppCode" => optional(cool_app_code),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSceneGroupInfoRequest { "coolAppCode" => read_field(cool_app_code),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetSceneGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_scene_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetSceneGroupMembersRequest`], each named where it is set: `GetSceneGroupMembersRequest::new(GetSceneGroupMembersRequired { .. })`.
pub struct GetSceneGroupMembersRequired {
    /// `coolAppCode`: see [`GetSceneGroupMembersRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `cursor`: see [`GetSceneGroupMembersRequest::cursor`].
    pub cursor: String,
    /// `openConversationId`: see [`GetSceneGroupMembersRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `size`: see [`GetSceneGroupMembersRequest::size`].
    pub size: i64,
}
impl GetSceneGroupMembersRequest {
    /// A `GetSceneGroupMembersRequest` with its required fields (`coolAppCode`, `cursor`, `openConversationId`, `size`); set the others with the methods named after them.
    pub fn new(required: GetSceneGroupMembersRequired) -> Self {
        let GetSceneGroupMembersRequired {
            cool_app_code,
            cursor,
            open_conversation_id,
            size,
        } = required;
        Self {
            cool_app_code,
            cursor,
            open_conversation_id,
            size,
        }
    }
}
rt::impl_serialize! {
    GetSceneGroupMembersRequest { "coolAppCode" => field(cool_app_code), "cursor" =>
    field(cursor), "openConversationId" => field(open_conversation_id), "size" =>
    field(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSceneGroupMembersRequest { "coolAppCode" => read_field(cool_app_code), "cursor" =>
    read_field(cursor), "openConversationId" => read_field(open_conversation_id), "size"
    => read_field(size) }
}
impl rt::WriteRequest for GetSceneGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_single_chat_open_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSingleChatOpenConversationIdRequest {
    /// `userId1`.
    pub user_id1: String,
    /// `userId2`.
    pub user_id2: String,
}
/// The required fields of [`GetSingleChatOpenConversationIdRequest`], each named where it is set: `GetSingleChatOpenConversationIdRequest::new(GetSingleChatOpenConversationIdRequired { .. })`.
pub struct GetSingleChatOpenConversationIdRequired {
    /// `userId1`: see [`GetSingleChatOpenConversationIdRequest::user_id1`].
    pub user_id1: String,
    /// `userId2`: see [`GetSingleChatOpenConversationIdRequest::user_id2`].
    pub user_id2: String,
}
impl GetSingleChatOpenConversationIdRequest {
    /// A `GetSingleChatOpenConversationIdRequest` with its required fields (`userId1`, `userId2`); set the others with the methods named after them.
    pub fn new(required: GetSingleChatOpenConversationIdRequired) -> Self {
        let GetSingleChatOpenConversationIdRequired { user_id1, user_id2 } = required;
        Self { user_id1, user_id2 }
    }
}
rt::impl_serialize! {
    GetSingleChatOpenConversationIdRequest { "userId1" => field(user_id1), "userId2" =>
    field(user_id2) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSingleChatOpenConversationIdRequest { "userId1" => read_field(user_id1), "userId2"
    => read_field(user_id2) }
}
impl rt::WriteRequest for GetSingleChatOpenConversationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_super_admin_open_scene_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSuperAdminOpenSceneGroupInfoRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
/// The required fields of [`GetSuperAdminOpenSceneGroupInfoRequest`], each named where it is set: `GetSuperAdminOpenSceneGroupInfoRequest::new(GetSuperAdminOpenSceneGroupInfoRequired { .. })`.
pub struct GetSuperAdminOpenSceneGroupInfoRequired {
    /// `openConversationId`: see [`GetSuperAdminOpenSceneGroupInfoRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetSuperAdminOpenSceneGroupInfoRequest {
    /// A `GetSuperAdminOpenSceneGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetSuperAdminOpenSceneGroupInfoRequired) -> Self {
        let GetSuperAdminOpenSceneGroupInfoRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSuperAdminOpenSceneGroupInfoRequest { "openConversationId" =>
    read_field(open_conversation_id) }
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
rt::impl_serialize! {
    GroupBanWordsRequest { "banWordsMode" => optional(ban_words_mode),
    "openConversationId" => optional(open_conversation_id), "options" =>
    optional(options) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupBanWordsRequest { "banWordsMode" => read_field(ban_words_mode),
    "openConversationId" => read_field(open_conversation_id), "options" =>
    read_field(options) }
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
rt::impl_serialize! {
    GroupCapacityInquiryRequest { "effectiveDuration" => optional(effective_duration),
    "openConversationId" => optional(open_conversation_id), "operator" =>
    optional(operator), "options" => optional(options), "targetCapacity" =>
    optional(target_capacity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupCapacityInquiryRequest { "effectiveDuration" => read_field(effective_duration),
    "openConversationId" => read_field(open_conversation_id), "operator" =>
    read_field(operator), "options" => read_field(options), "targetCapacity" =>
    read_field(target_capacity) }
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
rt::impl_serialize! {
    GroupCapacityOrderConfirmRequest { "operator" => optional(operator), "orderId" =>
    optional(order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupCapacityOrderConfirmRequest { "operator" => read_field(operator), "orderId" =>
    read_field(order_id) }
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
rt::impl_serialize! {
    GroupCapacityOrderPlaceRequest { "actualPrice" => optional(actual_price),
    "currentCapacity" => optional(current_capacity), "currentEffectUntil" =>
    optional(current_effect_until), "discount" => optional(discount), "extInfo" =>
    optional(ext_info), "markedPrice" => optional(marked_price), "openConversationId" =>
    optional(open_conversation_id), "operator" => optional(operator), "targetCapacity" =>
    optional(target_capacity), "targetEffectUntil" => optional(target_effect_until),
    "token" => optional(token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupCapacityOrderPlaceRequest { "actualPrice" => read_field(actual_price),
    "currentCapacity" => read_field(current_capacity), "currentEffectUntil" =>
    read_field(current_effect_until), "discount" => read_field(discount), "extInfo" =>
    read_field(ext_info), "markedPrice" => read_field(marked_price), "openConversationId"
    => read_field(open_conversation_id), "operator" => read_field(operator),
    "targetCapacity" => read_field(target_capacity), "targetEffectUntil" =>
    read_field(target_effect_until), "token" => read_field(token) }
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
rt::impl_serialize! {
    GroupManageQueryRequest { "createdAfter" => optional(created_after), "groupId" =>
    optional(group_id), "groupMemberSamples" => optional(group_member_samples),
    "groupOwner" => optional(group_owner), "groupTitleKeywords" =>
    optional(group_title_keywords), "groupUrl" => optional(group_url), "maxResults" =>
    optional(max_results), "membersOver" => optional(members_over), "nextToken" =>
    optional(next_token), "openConversationId" => optional(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupManageQueryRequest { "createdAfter" => read_field(created_after), "groupId" =>
    read_field(group_id), "groupMemberSamples" => read_field(group_member_samples),
    "groupOwner" => read_field(group_owner), "groupTitleKeywords" =>
    read_field(group_title_keywords), "groupUrl" => read_field(group_url), "maxResults"
    => read_field(max_results), "membersOver" => read_field(members_over), "nextToken" =>
    read_field(next_token), "openConversationId" => read_field(open_conversation_id) }
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
rt::impl_serialize! {
    GroupManageReduceRequest { "capacityLimit" => optional(capacity_limit),
    "openConversationId" => optional(open_conversation_id), "options" =>
    optional(options) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupManageReduceRequest { "capacityLimit" => read_field(capacity_limit),
    "openConversationId" => read_field(open_conversation_id), "options" =>
    read_field(options) }
}
impl rt::WriteRequest for GroupManageReduceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::import_group_chat`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ImportGroupChatRequest`], each named where it is set: `ImportGroupChatRequest::new(ImportGroupChatRequired { .. })`.
pub struct ImportGroupChatRequired {
    /// `importUuid`: see [`ImportGroupChatRequest::import_uuid`].
    pub import_uuid: String,
    /// `owner`: see [`ImportGroupChatRequest::owner`].
    pub owner: String,
    /// `title`: see [`ImportGroupChatRequest::title`].
    pub title: String,
    /// `userList`: see [`ImportGroupChatRequest::user_list`].
    pub user_list: rt::BTreeMap<String, UserListValue>,
}
impl ImportGroupChatRequest {
    /// A `ImportGroupChatRequest` with its required fields (`importUuid`, `owner`, `title`, `userList`); set the others with the methods named after them.
    pub fn new(required: ImportGroupChatRequired) -> Self {
        let ImportGroupChatRequired { import_uuid, owner, title, user_list } = required;
        Self {
            admin_ids: None,
            create_at: None,
            icon: None,
            import_uuid,
            owner,
            template_id: None,
            title,
            user_list,
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
rt::impl_serialize! {
    ImportGroupChatRequest { "adminIds" => optional(admin_ids), "createAt" =>
    optional(create_at), "icon" => optional(icon), "importUuid" => field(import_uuid),
    "owner" => field(owner), "templateId" => optional(template_id), "title" =>
    field(title), "userList" => field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportGroupChatRequest { "adminIds" => read_field(admin_ids), "createAt" =>
    read_field(create_at), "icon" => read_field(icon), "importUuid" =>
    read_field(import_uuid), "owner" => read_field(owner), "templateId" =>
    read_field(template_id), "title" => read_field(title), "userList" =>
    read_field(user_list) }
}
impl rt::WriteRequest for ImportGroupChatRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::import_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ImportMessageRequest`], each named where it is set: `ImportMessageRequest::new(ImportMessageRequired { .. })`.
pub struct ImportMessageRequired {
    /// `content`: see [`ImportMessageRequest::content`].
    pub content: String,
    /// `createTime`: see [`ImportMessageRequest::create_time`].
    pub create_time: i64,
    /// `importUuid`: see [`ImportMessageRequest::import_uuid`].
    pub import_uuid: String,
    /// `msgType`: see [`ImportMessageRequest::msg_type`].
    pub msg_type: String,
    /// `openConversationId`: see [`ImportMessageRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `senderId`: see [`ImportMessageRequest::sender_id`].
    pub sender_id: String,
}
impl ImportMessageRequest {
    /// A `ImportMessageRequest` with its required fields (`content`, `createTime`, `importUuid`, `msgType`, `openConversationId`, `senderId`); set the others with the methods named after them.
    pub fn new(required: ImportMessageRequired) -> Self {
        let ImportMessageRequired {
            content,
            create_time,
            import_uuid,
            msg_type,
            open_conversation_id,
            sender_id,
        } = required;
        Self {
            content,
            create_time,
            import_uuid,
            msg_read_status_setting: None,
            msg_type,
            open_conversation_id,
            receivers: None,
            sender_id,
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
rt::impl_serialize! {
    ImportMessageRequest { "content" => field(content), "createTime" =>
    field(create_time), "importUuid" => field(import_uuid), "msgReadStatusSetting" =>
    optional(msg_read_status_setting), "msgType" => field(msg_type), "openConversationId"
    => field(open_conversation_id), "receivers" => optional(receivers), "senderId" =>
    field(sender_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ImportMessageRequest { "content" => read_field(content), "createTime" =>
    read_field(create_time), "importUuid" => read_field(import_uuid),
    "msgReadStatusSetting" => read_field(msg_read_status_setting), "msgType" =>
    read_field(msg_type), "openConversationId" => read_field(open_conversation_id),
    "receivers" => read_field(receivers), "senderId" => read_field(sender_id) }
}
impl rt::WriteRequest for ImportMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::install_robot_to_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`InstallRobotToOrgRequest`], each named where it is set: `InstallRobotToOrgRequest::new(InstallRobotToOrgRequired { .. })`.
pub struct InstallRobotToOrgRequired {
    /// `brief`: see [`InstallRobotToOrgRequest::brief`].
    pub brief: String,
    /// `description`: see [`InstallRobotToOrgRequest::description`].
    pub description: String,
    /// `icon`: see [`InstallRobotToOrgRequest::icon`].
    pub icon: String,
    /// `name`: see [`InstallRobotToOrgRequest::name`].
    pub name: String,
    /// `outgoingToken`: see [`InstallRobotToOrgRequest::outgoing_token`].
    pub outgoing_token: String,
    /// `outgoingUrl`: see [`InstallRobotToOrgRequest::outgoing_url`].
    pub outgoing_url: String,
    /// `previewMediaId`: see [`InstallRobotToOrgRequest::preview_media_id`].
    pub preview_media_id: String,
    /// `robotCode`: see [`InstallRobotToOrgRequest::robot_code`].
    pub robot_code: String,
}
impl InstallRobotToOrgRequest {
    /// A `InstallRobotToOrgRequest` with its required fields (`brief`, `description`, `icon`, `name`, `outgoingToken`, `outgoingUrl`, `previewMediaId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: InstallRobotToOrgRequired) -> Self {
        let InstallRobotToOrgRequired {
            brief,
            description,
            icon,
            name,
            outgoing_token,
            outgoing_url,
            preview_media_id,
            robot_code,
        } = required;
        Self {
            brief,
            description,
            icon,
            name,
            outgoing_token,
            outgoing_url,
            preview_media_id,
            robot_code,
        }
    }
}
rt::impl_serialize! {
    InstallRobotToOrgRequest { "brief" => field(brief), "description" =>
    field(description), "icon" => field(icon), "name" => field(name), "outgoingToken" =>
    field(outgoing_token), "outgoingUrl" => field(outgoing_url), "previewMediaId" =>
    field(preview_media_id), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallRobotToOrgRequest { "brief" => read_field(brief), "description" =>
    read_field(description), "icon" => read_field(icon), "name" => read_field(name),
    "outgoingToken" => read_field(outgoing_token), "outgoingUrl" =>
    read_field(outgoing_url), "previewMediaId" => read_field(preview_media_id),
    "robotCode" => read_field(robot_code) }
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
rt::impl_serialize! {
    IntelligentSendCardRequest { "atAll" => optional(at_all), "atOpenGroupRoleIds" =>
    optional(at_open_group_role_ids), "atUnionIds" => optional(at_union_ids), "atUserIds"
    => optional(at_user_ids), "excludeIds" => optional(exclude_ids), "openConversationId"
    => optional(open_conversation_id), "outTrackId" => optional(out_track_id),
    "receivers" => optional(receivers), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IntelligentSendCardRequest { "atAll" => read_field(at_all), "atOpenGroupRoleIds" =>
    read_field(at_open_group_role_ids), "atUnionIds" => read_field(at_union_ids),
    "atUserIds" => read_field(at_user_ids), "excludeIds" => read_field(exclude_ids),
    "openConversationId" => read_field(open_conversation_id), "outTrackId" =>
    read_field(out_track_id), "receivers" => read_field(receivers), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for IntelligentSendCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::interactive_card_create_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`InteractiveCardCreateInstanceRequest`], each named where it is set: `InteractiveCardCreateInstanceRequest::new(InteractiveCardCreateInstanceRequired { .. })`.
pub struct InteractiveCardCreateInstanceRequired {
    /// `cardData`: see [`InteractiveCardCreateInstanceRequest::card_data`].
    pub card_data: InteractiveCardCreateInstanceRequestCardData,
    /// `cardTemplateId`: see [`InteractiveCardCreateInstanceRequest::card_template_id`].
    pub card_template_id: String,
    /// `conversationType`: see [`InteractiveCardCreateInstanceRequest::conversation_type`].
    pub conversation_type: i64,
    /// `outTrackId`: see [`InteractiveCardCreateInstanceRequest::out_track_id`].
    pub out_track_id: String,
}
impl InteractiveCardCreateInstanceRequest {
    /// A `InteractiveCardCreateInstanceRequest` with its required fields (`cardData`, `cardTemplateId`, `conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: InteractiveCardCreateInstanceRequired) -> Self {
        let InteractiveCardCreateInstanceRequired {
            card_data,
            card_template_id,
            conversation_type,
            out_track_id,
        } = required;
        Self {
            callback_route_key: None,
            card_data,
            card_template_id,
            chat_bot_id: None,
            conversation_type,
            open_conversation_id: None,
            out_track_id,
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
rt::impl_serialize! {
    InteractiveCardCreateInstanceRequest { "callbackRouteKey" =>
    optional(callback_route_key), "cardData" => field(card_data), "cardTemplateId" =>
    field(card_template_id), "chatBotId" => optional(chat_bot_id), "conversationType" =>
    field(conversation_type), "openConversationId" => optional(open_conversation_id),
    "outTrackId" => field(out_track_id), "privateData" => optional(private_data),
    "pullStrategy" => optional(pull_strategy), "receiverUserIdList" =>
    optional(receiver_user_id_list), "robotCode" => optional(robot_code), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InteractiveCardCreateInstanceRequest { "callbackRouteKey" =>
    read_field(callback_route_key), "cardData" => read_field(card_data), "cardTemplateId"
    => read_field(card_template_id), "chatBotId" => read_field(chat_bot_id),
    "conversationType" => read_field(conversation_type), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "pullStrategy" =>
    read_field(pull_strategy), "receiverUserIdList" => read_field(receiver_user_id_list),
    "robotCode" => read_field(robot_code), "userIdType" => read_field(user_id_type) }
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
rt::impl_serialize! {
    ListConvNavTabRequest { "openConversationId" => optional(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListConvNavTabRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for ListConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_group_templates_by_org_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListGroupTemplatesByOrgIdRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`ListGroupTemplatesByOrgIdRequest`], each named where it is set: `ListGroupTemplatesByOrgIdRequest::new(ListGroupTemplatesByOrgIdRequired { .. })`.
pub struct ListGroupTemplatesByOrgIdRequired {
    /// `pageNumber`: see [`ListGroupTemplatesByOrgIdRequest::page_number`].
    pub page_number: i64,
}
impl ListGroupTemplatesByOrgIdRequest {
    /// A `ListGroupTemplatesByOrgIdRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: ListGroupTemplatesByOrgIdRequired) -> Self {
        let ListGroupTemplatesByOrgIdRequired { page_number } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListGroupTemplatesByOrgIdRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListGroupTemplatesByOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_scene_groups_by_template_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSceneGroupsByTemplateIdRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`ListSceneGroupsByTemplateIdRequest`], each named where it is set: `ListSceneGroupsByTemplateIdRequest::new(ListSceneGroupsByTemplateIdRequired { .. })`.
pub struct ListSceneGroupsByTemplateIdRequired {
    /// `pageNumber`: see [`ListSceneGroupsByTemplateIdRequest::page_number`].
    pub page_number: i64,
}
impl ListSceneGroupsByTemplateIdRequest {
    /// A `ListSceneGroupsByTemplateIdRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: ListSceneGroupsByTemplateIdRequired) -> Self {
        let ListSceneGroupsByTemplateIdRequired { page_number } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSceneGroupsByTemplateIdRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
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
rt::impl_serialize! {
    LoginForVisitorRequest { "appUserId" => optional(app_user_id), "channelCode" =>
    optional(channel_code), "customAccessToken" => optional(custom_access_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoginForVisitorRequest { "appUserId" => read_field(app_user_id), "channelCode" =>
    read_field(channel_code), "customAccessToken" => read_field(custom_access_token) }
}
impl rt::WriteRequest for LoginForVisitorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::offline_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OfflineUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`OfflineUnfurlingRegisterRequest`], each named where it is set: `OfflineUnfurlingRegisterRequest::new(OfflineUnfurlingRegisterRequired { .. })`.
pub struct OfflineUnfurlingRegisterRequired {
    /// `appId`: see [`OfflineUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `id`: see [`OfflineUnfurlingRegisterRequest::id`].
    pub id: i64,
}
impl OfflineUnfurlingRegisterRequest {
    /// A `OfflineUnfurlingRegisterRequest` with its required fields (`appId`, `id`); set the others with the methods named after them.
    pub fn new(required: OfflineUnfurlingRegisterRequired) -> Self {
        let OfflineUnfurlingRegisterRequired { app_id, id } = required;
        Self { app_id, id, user_id: None }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OfflineUnfurlingRegisterRequest { "appId" => field(app_id), "id" => field(id),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OfflineUnfurlingRegisterRequest { "appId" => read_field(app_id), "id" =>
    read_field(id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for OfflineUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleAddRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `roleName`.
    pub role_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OpenGroupRoleAddRequest`], each named where it is set: `OpenGroupRoleAddRequest::new(OpenGroupRoleAddRequired { .. })`.
pub struct OpenGroupRoleAddRequired {
    /// `openConversationId`: see [`OpenGroupRoleAddRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `roleName`: see [`OpenGroupRoleAddRequest::role_name`].
    pub role_name: String,
    /// `userId`: see [`OpenGroupRoleAddRequest::user_id`].
    pub user_id: String,
}
impl OpenGroupRoleAddRequest {
    /// A `OpenGroupRoleAddRequest` with its required fields (`openConversationId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(required: OpenGroupRoleAddRequired) -> Self {
        let OpenGroupRoleAddRequired { open_conversation_id, role_name, user_id } = required;
        Self {
            open_conversation_id,
            role_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    OpenGroupRoleAddRequest { "openConversationId" => field(open_conversation_id),
    "roleName" => field(role_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenGroupRoleAddRequest { "openConversationId" => read_field(open_conversation_id),
    "roleName" => read_field(role_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for OpenGroupRoleAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleQueryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OpenGroupRoleQueryRequest`], each named where it is set: `OpenGroupRoleQueryRequest::new(OpenGroupRoleQueryRequired { .. })`.
pub struct OpenGroupRoleQueryRequired {
    /// `openConversationId`: see [`OpenGroupRoleQueryRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`OpenGroupRoleQueryRequest::user_id`].
    pub user_id: String,
}
impl OpenGroupRoleQueryRequest {
    /// A `OpenGroupRoleQueryRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: OpenGroupRoleQueryRequired) -> Self {
        let OpenGroupRoleQueryRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    OpenGroupRoleQueryRequest { "openConversationId" => field(open_conversation_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenGroupRoleQueryRequest { "openConversationId" => read_field(open_conversation_id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for OpenGroupRoleQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_remove`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupRoleRemoveRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OpenGroupRoleRemoveRequest`], each named where it is set: `OpenGroupRoleRemoveRequest::new(OpenGroupRoleRemoveRequired { .. })`.
pub struct OpenGroupRoleRemoveRequired {
    /// `openConversationId`: see [`OpenGroupRoleRemoveRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleId`: see [`OpenGroupRoleRemoveRequest::open_role_id`].
    pub open_role_id: String,
    /// `userId`: see [`OpenGroupRoleRemoveRequest::user_id`].
    pub user_id: String,
}
impl OpenGroupRoleRemoveRequest {
    /// A `OpenGroupRoleRemoveRequest` with its required fields (`openConversationId`, `openRoleId`, `userId`); set the others with the methods named after them.
    pub fn new(required: OpenGroupRoleRemoveRequired) -> Self {
        let OpenGroupRoleRemoveRequired {
            open_conversation_id,
            open_role_id,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    OpenGroupRoleRemoveRequest { "openConversationId" => field(open_conversation_id),
    "openRoleId" => field(open_role_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenGroupRoleRemoveRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleId" => read_field(open_role_id), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for OpenGroupRoleRemoveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_role_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`OpenGroupRoleUpdateRequest`], each named where it is set: `OpenGroupRoleUpdateRequest::new(OpenGroupRoleUpdateRequired { .. })`.
pub struct OpenGroupRoleUpdateRequired {
    /// `openConversationId`: see [`OpenGroupRoleUpdateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleId`: see [`OpenGroupRoleUpdateRequest::open_role_id`].
    pub open_role_id: String,
    /// `roleName`: see [`OpenGroupRoleUpdateRequest::role_name`].
    pub role_name: String,
    /// `userId`: see [`OpenGroupRoleUpdateRequest::user_id`].
    pub user_id: String,
}
impl OpenGroupRoleUpdateRequest {
    /// A `OpenGroupRoleUpdateRequest` with its required fields (`openConversationId`, `openRoleId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(required: OpenGroupRoleUpdateRequired) -> Self {
        let OpenGroupRoleUpdateRequired {
            open_conversation_id,
            open_role_id,
            role_name,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_id,
            role_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    OpenGroupRoleUpdateRequest { "openConversationId" => field(open_conversation_id),
    "openRoleId" => field(open_role_id), "roleName" => field(role_name), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenGroupRoleUpdateRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleId" => read_field(open_role_id),
    "roleName" => read_field(role_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for OpenGroupRoleUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_group_user_role_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenGroupUserRoleQueryRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
    /// `viewedUserId`.
    pub viewed_user_id: String,
}
/// The required fields of [`OpenGroupUserRoleQueryRequest`], each named where it is set: `OpenGroupUserRoleQueryRequest::new(OpenGroupUserRoleQueryRequired { .. })`.
pub struct OpenGroupUserRoleQueryRequired {
    /// `openConversationId`: see [`OpenGroupUserRoleQueryRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`OpenGroupUserRoleQueryRequest::user_id`].
    pub user_id: String,
    /// `viewedUserId`: see [`OpenGroupUserRoleQueryRequest::viewed_user_id`].
    pub viewed_user_id: String,
}
impl OpenGroupUserRoleQueryRequest {
    /// A `OpenGroupUserRoleQueryRequest` with its required fields (`openConversationId`, `userId`, `viewedUserId`); set the others with the methods named after them.
    pub fn new(required: OpenGroupUserRoleQueryRequired) -> Self {
        let OpenGroupUserRoleQueryRequired {
            open_conversation_id,
            user_id,
            viewed_user_id,
        } = required;
        Self {
            open_conversation_id,
            user_id,
            viewed_user_id,
        }
    }
}
rt::impl_serialize! {
    OpenGroupUserRoleQueryRequest { "openConversationId" => field(open_conversation_id),
    "userId" => field(user_id), "viewedUserId" => field(viewed_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenGroupUserRoleQueryRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id), "viewedUserId" =>
    read_field(viewed_user_id) }
}
impl rt::WriteRequest for OpenGroupUserRoleQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_inner_group_transfer_to_dept_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenInnerGroupTransferToDeptGroupRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`OpenInnerGroupTransferToDeptGroupRequest`], each named where it is set: `OpenInnerGroupTransferToDeptGroupRequest::new(OpenInnerGroupTransferToDeptGroupRequired { .. })`.
pub struct OpenInnerGroupTransferToDeptGroupRequired {
    /// `deptId`: see [`OpenInnerGroupTransferToDeptGroupRequest::dept_id`].
    pub dept_id: i64,
    /// `openConversationId`: see [`OpenInnerGroupTransferToDeptGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl OpenInnerGroupTransferToDeptGroupRequest {
    /// A `OpenInnerGroupTransferToDeptGroupRequest` with its required fields (`deptId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: OpenInnerGroupTransferToDeptGroupRequired) -> Self {
        let OpenInnerGroupTransferToDeptGroupRequired {
            dept_id,
            open_conversation_id,
        } = required;
        Self {
            dept_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    OpenInnerGroupTransferToDeptGroupRequest { "deptId" => field(dept_id),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenInnerGroupTransferToDeptGroupRequest { "deptId" => read_field(dept_id),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for OpenInnerGroupTransferToDeptGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_search_group_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenSearchGroupListRequest {
    /// `keyword`.
    pub keyword: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OpenSearchGroupListRequest`], each named where it is set: `OpenSearchGroupListRequest::new(OpenSearchGroupListRequired { .. })`.
pub struct OpenSearchGroupListRequired {
    /// `userId`: see [`OpenSearchGroupListRequest::user_id`].
    pub user_id: String,
}
impl OpenSearchGroupListRequest {
    /// A `OpenSearchGroupListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: OpenSearchGroupListRequired) -> Self {
        let OpenSearchGroupListRequired { user_id } = required;
        Self { keyword: None, user_id }
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OpenSearchGroupListRequest { "keyword" => optional(keyword), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenSearchGroupListRequest { "keyword" => read_field(keyword), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for OpenSearchGroupListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::open_user_send_card_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`OpenUserSendCardMessageRequest`], each named where it is set: `OpenUserSendCardMessageRequest::new(OpenUserSendCardMessageRequired { .. })`.
pub struct OpenUserSendCardMessageRequired {
    /// `cardContent`: see [`OpenUserSendCardMessageRequest::card_content`].
    pub card_content: OpenUserSendCardMessageRequestCardContent,
    /// `userId`: see [`OpenUserSendCardMessageRequest::user_id`].
    pub user_id: String,
}
impl OpenUserSendCardMessageRequest {
    /// A `OpenUserSendCardMessageRequest` with its required fields (`cardContent`, `userId`); set the others with the methods named after them.
    pub fn new(required: OpenUserSendCardMessageRequired) -> Self {
        let OpenUserSendCardMessageRequired { card_content, user_id } = required;
        Self {
            card_content,
            open_conversation_id: None,
            receive_user_id: None,
            user_id,
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
rt::impl_serialize! {
    OpenUserSendCardMessageRequest { "cardContent" => field(card_content),
    "openConversationId" => optional(open_conversation_id), "receiveUserId" =>
    optional(receive_user_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenUserSendCardMessageRequest { "cardContent" => read_field(card_content),
    "openConversationId" => read_field(open_conversation_id), "receiveUserId" =>
    read_field(receive_user_id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    PersonalSendCardMessageRequest { "atUserIds" => optional(at_user_ids), "cardContent"
    => optional(card_content), "openConversationId" => optional(open_conversation_id),
    "receiveUserId" => optional(receive_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PersonalSendCardMessageRequest { "atUserIds" => read_field(at_user_ids),
    "cardContent" => read_field(card_content), "openConversationId" =>
    read_field(open_conversation_id), "receiveUserId" => read_field(receive_user_id) }
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
rt::impl_serialize! {
    PutMsgCardTopByIntelligentRequest { "openConversationId" =>
    optional(open_conversation_id), "openTaskId" => optional(open_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PutMsgCardTopByIntelligentRequest { "openConversationId" =>
    read_field(open_conversation_id), "openTaskId" => read_field(open_task_id) }
}
impl rt::WriteRequest for PutMsgCardTopByIntelligentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_custom_group_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomGroupRolesRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`QueryCustomGroupRolesRequest`], each named where it is set: `QueryCustomGroupRolesRequest::new(QueryCustomGroupRolesRequired { .. })`.
pub struct QueryCustomGroupRolesRequired {
    /// `openConversationId`: see [`QueryCustomGroupRolesRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`QueryCustomGroupRolesRequest::user_id`].
    pub user_id: String,
}
impl QueryCustomGroupRolesRequest {
    /// A `QueryCustomGroupRolesRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryCustomGroupRolesRequired) -> Self {
        let QueryCustomGroupRolesRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    QueryCustomGroupRolesRequest { "openConversationId" => field(open_conversation_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomGroupRolesRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryCustomGroupRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_custom_group_roles_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCustomGroupRolesByUserRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
    /// `viewedUserId`.
    pub viewed_user_id: String,
}
/// The required fields of [`QueryCustomGroupRolesByUserRequest`], each named where it is set: `QueryCustomGroupRolesByUserRequest::new(QueryCustomGroupRolesByUserRequired { .. })`.
pub struct QueryCustomGroupRolesByUserRequired {
    /// `openConversationId`: see [`QueryCustomGroupRolesByUserRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`QueryCustomGroupRolesByUserRequest::user_id`].
    pub user_id: String,
    /// `viewedUserId`: see [`QueryCustomGroupRolesByUserRequest::viewed_user_id`].
    pub viewed_user_id: String,
}
impl QueryCustomGroupRolesByUserRequest {
    /// A `QueryCustomGroupRolesByUserRequest` with its required fields (`openConversationId`, `userId`, `viewedUserId`); set the others with the methods named after them.
    pub fn new(required: QueryCustomGroupRolesByUserRequired) -> Self {
        let QueryCustomGroupRolesByUserRequired {
            open_conversation_id,
            user_id,
            viewed_user_id,
        } = required;
        Self {
            open_conversation_id,
            user_id,
            viewed_user_id,
        }
    }
}
rt::impl_serialize! {
    QueryCustomGroupRolesByUserRequest { "openConversationId" =>
    field(open_conversation_id), "userId" => field(user_id), "viewedUserId" =>
    field(viewed_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCustomGroupRolesByUserRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id), "viewedUserId" =>
    read_field(viewed_user_id) }
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
rt::impl_serialize! {
    QueryGroupInfoByAppCidsRequest { "appCids" => optional(app_cids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupInfoByAppCidsRequest { "appCids" => read_field(app_cids) }
}
impl rt::WriteRequest for QueryGroupInfoByAppCidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_info_by_member_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupInfoByMemberAuthRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`QueryGroupInfoByMemberAuthRequest`], each named where it is set: `QueryGroupInfoByMemberAuthRequest::new(QueryGroupInfoByMemberAuthRequired { .. })`.
pub struct QueryGroupInfoByMemberAuthRequired {
    /// `coolAppCode`: see [`QueryGroupInfoByMemberAuthRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `openConversationId`: see [`QueryGroupInfoByMemberAuthRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl QueryGroupInfoByMemberAuthRequest {
    /// A `QueryGroupInfoByMemberAuthRequest` with its required fields (`coolAppCode`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupInfoByMemberAuthRequired) -> Self {
        let QueryGroupInfoByMemberAuthRequired { cool_app_code, open_conversation_id } = required;
        Self {
            cool_app_code,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    QueryGroupInfoByMemberAuthRequest { "coolAppCode" => field(cool_app_code),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupInfoByMemberAuthRequest { "coolAppCode" => read_field(cool_app_code),
    "openConversationId" => read_field(open_conversation_id) }
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
rt::impl_serialize! {
    QueryGroupInfoByOpenCidsRequest { "openConversationIds" =>
    optional(open_conversation_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupInfoByOpenCidsRequest { "openConversationIds" =>
    read_field(open_conversation_ids) }
}
impl rt::WriteRequest for QueryGroupInfoByOpenCidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
}
/// The required fields of [`QueryGroupMemberRequest`], each named where it is set: `QueryGroupMemberRequest::new(QueryGroupMemberRequired { .. })`.
pub struct QueryGroupMemberRequired {
    /// `openConversationId`: see [`QueryGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl QueryGroupMemberRequest {
    /// A `QueryGroupMemberRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupMemberRequired) -> Self {
        let QueryGroupMemberRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMemberRequest { "openConversationId" => read_field(open_conversation_id) }
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
rt::impl_serialize! {
    QueryGroupMemberByAppUidsRequest { "appUids" => optional(app_uids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMemberByAppUidsRequest { "appUids" => read_field(app_uids) }
}
impl rt::WriteRequest for QueryGroupMemberByAppUidsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_member_by_member_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMemberByMemberAuthRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`QueryGroupMemberByMemberAuthRequest`], each named where it is set: `QueryGroupMemberByMemberAuthRequest::new(QueryGroupMemberByMemberAuthRequired { .. })`.
pub struct QueryGroupMemberByMemberAuthRequired {
    /// `coolAppCode`: see [`QueryGroupMemberByMemberAuthRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `openConversationId`: see [`QueryGroupMemberByMemberAuthRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl QueryGroupMemberByMemberAuthRequest {
    /// A `QueryGroupMemberByMemberAuthRequest` with its required fields (`coolAppCode`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupMemberByMemberAuthRequired) -> Self {
        let QueryGroupMemberByMemberAuthRequired {
            cool_app_code,
            open_conversation_id,
        } = required;
        Self {
            cool_app_code,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    QueryGroupMemberByMemberAuthRequest { "coolAppCode" => field(cool_app_code),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMemberByMemberAuthRequest { "coolAppCode" => read_field(cool_app_code),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for QueryGroupMemberByMemberAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_group_mute_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMuteStatusRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryGroupMuteStatusRequest`], each named where it is set: `QueryGroupMuteStatusRequest::new(QueryGroupMuteStatusRequired { .. })`.
pub struct QueryGroupMuteStatusRequired {
    /// `openConversationId`: see [`QueryGroupMuteStatusRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`QueryGroupMuteStatusRequest::user_id`].
    pub user_id: String,
}
impl QueryGroupMuteStatusRequest {
    /// A `QueryGroupMuteStatusRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryGroupMuteStatusRequired) -> Self {
        let QueryGroupMuteStatusRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            permission_code: None,
            user_id,
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMuteStatusRequest { "openConversationId" =>
    read_field(open_conversation_id), "permissionCode" => read_field(permission_code),
    "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryInnerGroupMemberListRequest`], each named where it is set: `QueryInnerGroupMemberListRequest::new(QueryInnerGroupMemberListRequired { .. })`.
pub struct QueryInnerGroupMemberListRequired {
    /// `maxResults`: see [`QueryInnerGroupMemberListRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryInnerGroupMemberListRequest::next_token`].
    pub next_token: i64,
    /// `openConversationId`: see [`QueryInnerGroupMemberListRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`QueryInnerGroupMemberListRequest::user_id`].
    pub user_id: String,
}
impl QueryInnerGroupMemberListRequest {
    /// A `QueryInnerGroupMemberListRequest` with its required fields (`maxResults`, `nextToken`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryInnerGroupMemberListRequired) -> Self {
        let QueryInnerGroupMemberListRequired {
            max_results,
            next_token,
            open_conversation_id,
            user_id,
        } = required;
        Self {
            max_results,
            next_token,
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    QueryInnerGroupMemberListRequest { "maxResults" => field(max_results), "nextToken" =>
    field(next_token), "openConversationId" => field(open_conversation_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInnerGroupMemberListRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryInnerGroupMemberListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_inner_group_recent_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryInnerGroupRecentListRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryInnerGroupRecentListRequest`], each named where it is set: `QueryInnerGroupRecentListRequest::new(QueryInnerGroupRecentListRequired { .. })`.
pub struct QueryInnerGroupRecentListRequired {
    /// `userId`: see [`QueryInnerGroupRecentListRequest::user_id`].
    pub user_id: String,
}
impl QueryInnerGroupRecentListRequest {
    /// A `QueryInnerGroupRecentListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: QueryInnerGroupRecentListRequired) -> Self {
        let QueryInnerGroupRecentListRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryInnerGroupRecentListRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryInnerGroupRecentListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_members_of_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMembersOfGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
/// The required fields of [`QueryMembersOfGroupRoleRequest`], each named where it is set: `QueryMembersOfGroupRoleRequest::new(QueryMembersOfGroupRoleRequired { .. })`.
pub struct QueryMembersOfGroupRoleRequired {
    /// `openConversationId`: see [`QueryMembersOfGroupRoleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleId`: see [`QueryMembersOfGroupRoleRequest::open_role_id`].
    pub open_role_id: String,
}
impl QueryMembersOfGroupRoleRequest {
    /// A `QueryMembersOfGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`); set the others with the methods named after them.
    pub fn new(required: QueryMembersOfGroupRoleRequired) -> Self {
        let QueryMembersOfGroupRoleRequired { open_conversation_id, open_role_id } = required;
        Self {
            open_conversation_id,
            open_role_id,
            timestamp: None,
        }
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: i64) -> Self {
        self.timestamp = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryMembersOfGroupRoleRequest { "openConversationId" => field(open_conversation_id),
    "openRoleId" => field(open_role_id), "timestamp" => optional(timestamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMembersOfGroupRoleRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleId" => read_field(open_role_id),
    "timestamp" => read_field(timestamp) }
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
rt::impl_serialize! {
    QueryMessageSendResultRequest { "openTaskId" => optional(open_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMessageSendResultRequest { "openTaskId" => read_field(open_task_id) }
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
rt::impl_serialize! {
    QueryMsgReadStatusRequest { "cursor" => optional(cursor), "openConversationId" =>
    optional(open_conversation_id), "openTaskId" => optional(open_task_id), "pageSize" =>
    optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMsgReadStatusRequest { "cursor" => read_field(cursor), "openConversationId" =>
    read_field(open_conversation_id), "openTaskId" => read_field(open_task_id),
    "pageSize" => read_field(page_size) }
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
rt::impl_serialize! {
    QueryOpenConversationReceiveUserRequest { "openConversationId" =>
    optional(open_conversation_id), "sendUserId" => optional(send_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOpenConversationReceiveUserRequest { "openConversationId" =>
    read_field(open_conversation_id), "sendUserId" => read_field(send_user_id) }
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
rt::impl_serialize! {
    QueryOpenGroupBaseInfoRequest { "openConversationId" =>
    optional(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOpenGroupBaseInfoRequest { "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for QueryOpenGroupBaseInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_personal_message_read_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryPersonalMessageReadStatusRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openMessageId`.
    pub open_message_id: String,
}
/// The required fields of [`QueryPersonalMessageReadStatusRequest`], each named where it is set: `QueryPersonalMessageReadStatusRequest::new(QueryPersonalMessageReadStatusRequired { .. })`.
pub struct QueryPersonalMessageReadStatusRequired {
    /// `openConversationId`: see [`QueryPersonalMessageReadStatusRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openMessageId`: see [`QueryPersonalMessageReadStatusRequest::open_message_id`].
    pub open_message_id: String,
}
impl QueryPersonalMessageReadStatusRequest {
    /// A `QueryPersonalMessageReadStatusRequest` with its required fields (`openConversationId`, `openMessageId`); set the others with the methods named after them.
    pub fn new(required: QueryPersonalMessageReadStatusRequired) -> Self {
        let QueryPersonalMessageReadStatusRequired {
            open_conversation_id,
            open_message_id,
        } = required;
        Self {
            open_conversation_id,
            open_message_id,
        }
    }
}
rt::impl_serialize! {
    QueryPersonalMessageReadStatusRequest { "openConversationId" =>
    field(open_conversation_id), "openMessageId" => field(open_message_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPersonalMessageReadStatusRequest { "openConversationId" =>
    read_field(open_conversation_id), "openMessageId" => read_field(open_message_id) }
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
rt::impl_serialize! {
    QueryRecentConversationsRequest { "onlyHuman" => optional(only_human),
    "onlyInnerGroup" => optional(only_inner_group), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRecentConversationsRequest { "onlyHuman" => read_field(only_human),
    "onlyInnerGroup" => read_field(only_inner_group), "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySceneGroupTemplateRobotRequest { "openConversationId" =>
    read_field(open_conversation_id), "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for QuerySceneGroupTemplateRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("robotCode", &self.robot_code);
    }
}
/// The request of [`Api::query_single_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySingleGroupRequest {
    /// `groupMembers`.
    pub group_members: Vec<QuerySingleGroupRequestGroupMembers>,
    /// `groupTemplateId`.
    pub group_template_id: String,
}
/// The required fields of [`QuerySingleGroupRequest`], each named where it is set: `QuerySingleGroupRequest::new(QuerySingleGroupRequired { .. })`.
pub struct QuerySingleGroupRequired {
    /// `groupMembers`: see [`QuerySingleGroupRequest::group_members`].
    pub group_members: Vec<QuerySingleGroupRequestGroupMembers>,
    /// `groupTemplateId`: see [`QuerySingleGroupRequest::group_template_id`].
    pub group_template_id: String,
}
impl QuerySingleGroupRequest {
    /// A `QuerySingleGroupRequest` with its required fields (`groupMembers`, `groupTemplateId`); set the others with the methods named after them.
    pub fn new(required: QuerySingleGroupRequired) -> Self {
        let QuerySingleGroupRequired { group_members, group_template_id } = required;
        Self {
            group_members,
            group_template_id,
        }
    }
}
rt::impl_serialize! {
    QuerySingleGroupRequest { "groupMembers" => field(group_members), "groupTemplateId"
    => field(group_template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySingleGroupRequest { "groupMembers" => read_field(group_members),
    "groupTemplateId" => read_field(group_template_id) }
}
impl rt::WriteRequest for QuerySingleGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_un_read_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUnReadMessageRequest {
    /// `appUserId`.
    pub app_user_id: String,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
}
/// The required fields of [`QueryUnReadMessageRequest`], each named where it is set: `QueryUnReadMessageRequest::new(QueryUnReadMessageRequired { .. })`.
pub struct QueryUnReadMessageRequired {
    /// `appUserId`: see [`QueryUnReadMessageRequest::app_user_id`].
    pub app_user_id: String,
}
impl QueryUnReadMessageRequest {
    /// A `QueryUnReadMessageRequest` with its required fields (`appUserId`); set the others with the methods named after them.
    pub fn new(required: QueryUnReadMessageRequired) -> Self {
        let QueryUnReadMessageRequired { app_user_id } = required;
        Self {
            app_user_id,
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
rt::impl_serialize! {
    QueryUnReadMessageRequest { "appUserId" => field(app_user_id), "openConversationIds"
    => optional(open_conversation_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUnReadMessageRequest { "appUserId" => read_field(app_user_id),
    "openConversationIds" => read_field(open_conversation_ids) }
}
impl rt::WriteRequest for QueryUnReadMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_unfurling_register_creator`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterCreatorRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `path`: a query parameter.
    pub path: String,
}
/// The required fields of [`QueryUnfurlingRegisterCreatorRequest`], each named where it is set: `QueryUnfurlingRegisterCreatorRequest::new(QueryUnfurlingRegisterCreatorRequired { .. })`.
pub struct QueryUnfurlingRegisterCreatorRequired {
    /// `domain`: see [`QueryUnfurlingRegisterCreatorRequest::domain`].
    pub domain: String,
    /// `path`: see [`QueryUnfurlingRegisterCreatorRequest::path`].
    pub path: String,
}
impl QueryUnfurlingRegisterCreatorRequest {
    /// A `QueryUnfurlingRegisterCreatorRequest` with its required fields (`domain`, `path`); set the others with the methods named after them.
    pub fn new(required: QueryUnfurlingRegisterCreatorRequired) -> Self {
        let QueryUnfurlingRegisterCreatorRequired { domain, path } = required;
        Self { domain, path }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUnfurlingRegisterCreatorRequest { "domain" => read_field(domain), "path" =>
    read_field(path) }
}
impl rt::WriteRequest for QueryUnfurlingRegisterCreatorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("domain", &self.domain);
        writer.query("path", &self.path);
    }
}
/// The request of [`Api::query_unfurling_register_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUnfurlingRegisterInfoRequest {
    /// `appId`: a query parameter.
    pub app_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
/// The required fields of [`QueryUnfurlingRegisterInfoRequest`], each named where it is set: `QueryUnfurlingRegisterInfoRequest::new(QueryUnfurlingRegisterInfoRequired { .. })`.
pub struct QueryUnfurlingRegisterInfoRequired {
    /// `appId`: see [`QueryUnfurlingRegisterInfoRequest::app_id`].
    pub app_id: String,
}
impl QueryUnfurlingRegisterInfoRequest {
    /// A `QueryUnfurlingRegisterInfoRequest` with its required fields (`appId`); set the others with the methods named after them.
    pub fn new(required: QueryUnfurlingRegisterInfoRequired) -> Self {
        let QueryUnfurlingRegisterInfoRequired { app_id } = required;
        Self {
            app_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUnfurlingRegisterInfoRequest { "appId" => read_field(app_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserGroupAliasTitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`QueryUserGroupAliasTitleRequest`], each named where it is set: `QueryUserGroupAliasTitleRequest::new(QueryUserGroupAliasTitleRequired { .. })`.
pub struct QueryUserGroupAliasTitleRequired {
    /// `openConversationId`: see [`QueryUserGroupAliasTitleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`QueryUserGroupAliasTitleRequest::user_id`].
    pub user_id: String,
}
impl QueryUserGroupAliasTitleRequest {
    /// A `QueryUserGroupAliasTitleRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryUserGroupAliasTitleRequired) -> Self {
        let QueryUserGroupAliasTitleRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    QueryUserGroupAliasTitleRequest { "openConversationId" =>
    field(open_conversation_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserGroupAliasTitleRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    QueryUserGroupRolesRequest { "openConversationId" => optional(open_conversation_id),
    "userId" => optional(user_id), "viewedUserId" => optional(viewed_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserGroupRolesRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id), "viewedUserId" =>
    read_field(viewed_user_id) }
}
impl rt::WriteRequest for QueryUserGroupRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_view_group_last_message_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserViewGroupLastMessageTimeRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`QueryUserViewGroupLastMessageTimeRequest`], each named where it is set: `QueryUserViewGroupLastMessageTimeRequest::new(QueryUserViewGroupLastMessageTimeRequired { .. })`.
pub struct QueryUserViewGroupLastMessageTimeRequired {
    /// `openConversationId`: see [`QueryUserViewGroupLastMessageTimeRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl QueryUserViewGroupLastMessageTimeRequest {
    /// A `QueryUserViewGroupLastMessageTimeRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: QueryUserViewGroupLastMessageTimeRequired) -> Self {
        let QueryUserViewGroupLastMessageTimeRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    QueryUserViewGroupLastMessageTimeRequest { "openConversationId" =>
    field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserViewGroupLastMessageTimeRequest { "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for QueryUserViewGroupLastMessageTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::read_personal_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReadPersonalMessageRequest {
    /// `dingOpenConversationMessageIdArray`.
    pub ding_open_conversation_message_id_array: Vec<
        ReadPersonalMessageRequestDingOpenConversationMessageIdArray,
    >,
}
/// The required fields of [`ReadPersonalMessageRequest`], each named where it is set: `ReadPersonalMessageRequest::new(ReadPersonalMessageRequired { .. })`.
pub struct ReadPersonalMessageRequired {
    /// `dingOpenConversationMessageIdArray`: see [`ReadPersonalMessageRequest::ding_open_conversation_message_id_array`].
    pub ding_open_conversation_message_id_array: Vec<
        ReadPersonalMessageRequestDingOpenConversationMessageIdArray,
    >,
}
impl ReadPersonalMessageRequest {
    /// A `ReadPersonalMessageRequest` with its required fields (`dingOpenConversationMessageIdArray`); set the others with the methods named after them.
    pub fn new(required: ReadPersonalMessageRequired) -> Self {
        let ReadPersonalMessageRequired { ding_open_conversation_message_id_array } = required;
        Self {
            ding_open_conversation_message_id_array,
        }
    }
}
rt::impl_serialize! {
    ReadPersonalMessageRequest { "dingOpenConversationMessageIdArray" =>
    field(ding_open_conversation_message_id_array) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReadPersonalMessageRequest { "dingOpenConversationMessageIdArray" =>
    read_field(ding_open_conversation_message_id_array) }
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
rt::impl_serialize! {
    RecallMessagesRequest { "openConversationId" => optional(open_conversation_id),
    "openTaskId" => optional(open_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallMessagesRequest { "openConversationId" => read_field(open_conversation_id),
    "openTaskId" => read_field(open_task_id) }
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
rt::impl_serialize! {
    RecallPersonalMessageRequest { "openConversationId" =>
    optional(open_conversation_id), "openMessageId" => optional(open_message_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallPersonalMessageRequest { "openConversationId" =>
    read_field(open_conversation_id), "openMessageId" => read_field(open_message_id) }
}
impl rt::WriteRequest for RecallPersonalMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::release_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReleaseUnfurlingRegisterRequest {
    /// `appId`.
    pub app_id: String,
    /// `id`.
    pub id: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ReleaseUnfurlingRegisterRequest`], each named where it is set: `ReleaseUnfurlingRegisterRequest::new(ReleaseUnfurlingRegisterRequired { .. })`.
pub struct ReleaseUnfurlingRegisterRequired {
    /// `appId`: see [`ReleaseUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `id`: see [`ReleaseUnfurlingRegisterRequest::id`].
    pub id: i64,
    /// `userId`: see [`ReleaseUnfurlingRegisterRequest::user_id`].
    pub user_id: String,
}
impl ReleaseUnfurlingRegisterRequest {
    /// A `ReleaseUnfurlingRegisterRequest` with its required fields (`appId`, `id`, `userId`); set the others with the methods named after them.
    pub fn new(required: ReleaseUnfurlingRegisterRequired) -> Self {
        let ReleaseUnfurlingRegisterRequired { app_id, id, user_id } = required;
        Self { app_id, id, user_id }
    }
}
rt::impl_serialize! {
    ReleaseUnfurlingRegisterRequest { "appId" => field(app_id), "id" => field(id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReleaseUnfurlingRegisterRequest { "appId" => read_field(app_id), "id" =>
    read_field(id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ReleaseUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveCustomGroupRoleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleId`.
    pub open_role_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RemoveCustomGroupRoleRequest`], each named where it is set: `RemoveCustomGroupRoleRequest::new(RemoveCustomGroupRoleRequired { .. })`.
pub struct RemoveCustomGroupRoleRequired {
    /// `openConversationId`: see [`RemoveCustomGroupRoleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleId`: see [`RemoveCustomGroupRoleRequest::open_role_id`].
    pub open_role_id: String,
    /// `userId`: see [`RemoveCustomGroupRoleRequest::user_id`].
    pub user_id: String,
}
impl RemoveCustomGroupRoleRequest {
    /// A `RemoveCustomGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RemoveCustomGroupRoleRequired) -> Self {
        let RemoveCustomGroupRoleRequired {
            open_conversation_id,
            open_role_id,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    RemoveCustomGroupRoleRequest { "openConversationId" => field(open_conversation_id),
    "openRoleId" => field(open_role_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveCustomGroupRoleRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleId" => read_field(open_role_id), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for RemoveCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_custom_user_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RemoveCustomUserRolesRequest`], each named where it is set: `RemoveCustomUserRolesRequest::new(RemoveCustomUserRolesRequired { .. })`.
pub struct RemoveCustomUserRolesRequired {
    /// `openConversationId`: see [`RemoveCustomUserRolesRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleIds`: see [`RemoveCustomUserRolesRequest::open_role_ids`].
    pub open_role_ids: Vec<String>,
    /// `targetUserId`: see [`RemoveCustomUserRolesRequest::target_user_id`].
    pub target_user_id: String,
    /// `userId`: see [`RemoveCustomUserRolesRequest::user_id`].
    pub user_id: String,
}
impl RemoveCustomUserRolesRequest {
    /// A `RemoveCustomUserRolesRequest` with its required fields (`openConversationId`, `openRoleIds`, `targetUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RemoveCustomUserRolesRequired) -> Self {
        let RemoveCustomUserRolesRequired {
            open_conversation_id,
            open_role_ids,
            target_user_id,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_ids,
            target_user_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    RemoveCustomUserRolesRequest { "openConversationId" => field(open_conversation_id),
    "openRoleIds" => field(open_role_ids), "targetUserId" => field(target_user_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveCustomUserRolesRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleIds" => read_field(open_role_ids),
    "targetUserId" => read_field(target_user_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RemoveCustomUserRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_robot_from_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveRobotFromConversationRequest {
    /// `chatBotUserId`.
    pub chat_bot_user_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`RemoveRobotFromConversationRequest`], each named where it is set: `RemoveRobotFromConversationRequest::new(RemoveRobotFromConversationRequired { .. })`.
pub struct RemoveRobotFromConversationRequired {
    /// `chatBotUserId`: see [`RemoveRobotFromConversationRequest::chat_bot_user_id`].
    pub chat_bot_user_id: String,
    /// `openConversationId`: see [`RemoveRobotFromConversationRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl RemoveRobotFromConversationRequest {
    /// A `RemoveRobotFromConversationRequest` with its required fields (`chatBotUserId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: RemoveRobotFromConversationRequired) -> Self {
        let RemoveRobotFromConversationRequired {
            chat_bot_user_id,
            open_conversation_id,
        } = required;
        Self {
            chat_bot_user_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    RemoveRobotFromConversationRequest { "chatBotUserId" => field(chat_bot_user_id),
    "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveRobotFromConversationRequest { "chatBotUserId" => read_field(chat_bot_user_id),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for RemoveRobotFromConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_scene_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveSceneGroupMemberRequest {
    /// `open_conversation_id`.
    pub open_conversation_id: String,
    /// `union_ids`.
    pub union_ids: Option<Vec<String>>,
    /// `user_ids`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`RemoveSceneGroupMemberRequest`], each named where it is set: `RemoveSceneGroupMemberRequest::new(RemoveSceneGroupMemberRequired { .. })`.
pub struct RemoveSceneGroupMemberRequired {
    /// `open_conversation_id`: see [`RemoveSceneGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl RemoveSceneGroupMemberRequest {
    /// A `RemoveSceneGroupMemberRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(required: RemoveSceneGroupMemberRequired) -> Self {
        let RemoveSceneGroupMemberRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
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
rt::impl_serialize! {
    RemoveSceneGroupMemberRequest { "open_conversation_id" =>
    field(open_conversation_id), "union_ids" => optional(union_ids), "user_ids" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveSceneGroupMemberRequest { "open_conversation_id" =>
    read_field(open_conversation_id), "union_ids" => read_field(union_ids), "user_ids" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for RemoveSceneGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_inner_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchInnerGroupsRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `searchKey`.
    pub search_key: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SearchInnerGroupsRequest`], each named where it is set: `SearchInnerGroupsRequest::new(SearchInnerGroupsRequired { .. })`.
pub struct SearchInnerGroupsRequired {
    /// `maxResults`: see [`SearchInnerGroupsRequest::max_results`].
    pub max_results: i64,
    /// `searchKey`: see [`SearchInnerGroupsRequest::search_key`].
    pub search_key: String,
    /// `userId`: see [`SearchInnerGroupsRequest::user_id`].
    pub user_id: String,
}
impl SearchInnerGroupsRequest {
    /// A `SearchInnerGroupsRequest` with its required fields (`maxResults`, `searchKey`, `userId`); set the others with the methods named after them.
    pub fn new(required: SearchInnerGroupsRequired) -> Self {
        let SearchInnerGroupsRequired { max_results, search_key, user_id } = required;
        Self {
            max_results,
            search_key,
            user_id,
        }
    }
}
rt::impl_serialize! {
    SearchInnerGroupsRequest { "maxResults" => field(max_results), "searchKey" =>
    field(search_key), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchInnerGroupsRequest { "maxResults" => read_field(max_results), "searchKey" =>
    read_field(search_key), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SearchInnerGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendInteractiveCardRequest`], each named where it is set: `SendInteractiveCardRequest::new(SendInteractiveCardRequired { .. })`.
pub struct SendInteractiveCardRequired {
    /// `cardData`: see [`SendInteractiveCardRequest::card_data`].
    pub card_data: SendInteractiveCardRequestCardData,
    /// `cardTemplateId`: see [`SendInteractiveCardRequest::card_template_id`].
    pub card_template_id: String,
    /// `conversationType`: see [`SendInteractiveCardRequest::conversation_type`].
    pub conversation_type: i64,
    /// `outTrackId`: see [`SendInteractiveCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl SendInteractiveCardRequest {
    /// A `SendInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: SendInteractiveCardRequired) -> Self {
        let SendInteractiveCardRequired {
            card_data,
            card_template_id,
            conversation_type,
            out_track_id,
        } = required;
        Self {
            at_open_ids: None,
            callback_route_key: None,
            card_data,
            card_options: None,
            card_template_id,
            chat_bot_id: None,
            conversation_type,
            digital_worker_code: None,
            open_conversation_id: None,
            out_track_id,
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
rt::impl_serialize! {
    SendInteractiveCardRequest { "atOpenIds" => optional(at_open_ids), "callbackRouteKey"
    => optional(callback_route_key), "cardData" => field(card_data), "cardOptions" =>
    optional(card_options), "cardTemplateId" => field(card_template_id), "chatBotId" =>
    optional(chat_bot_id), "conversationType" => field(conversation_type),
    "digitalWorkerCode" => optional(digital_worker_code), "openConversationId" =>
    optional(open_conversation_id), "outTrackId" => field(out_track_id), "privateData" =>
    optional(private_data), "pullStrategy" => optional(pull_strategy),
    "receiverUserIdList" => optional(receiver_user_id_list), "robotCode" =>
    optional(robot_code), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendInteractiveCardRequest { "atOpenIds" => read_field(at_open_ids),
    "callbackRouteKey" => read_field(callback_route_key), "cardData" =>
    read_field(card_data), "cardOptions" => read_field(card_options), "cardTemplateId" =>
    read_field(card_template_id), "chatBotId" => read_field(chat_bot_id),
    "conversationType" => read_field(conversation_type), "digitalWorkerCode" =>
    read_field(digital_worker_code), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "pullStrategy" =>
    read_field(pull_strategy), "receiverUserIdList" => read_field(receiver_user_id_list),
    "robotCode" => read_field(robot_code), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for SendInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_oto_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendOTOInteractiveCardRequest`], each named where it is set: `SendOTOInteractiveCardRequest::new(SendOTOInteractiveCardRequired { .. })`.
pub struct SendOTOInteractiveCardRequired {
    /// `cardData`: see [`SendOTOInteractiveCardRequest::card_data`].
    pub card_data: SendOTOInteractiveCardRequestCardData,
    /// `cardTemplateId`: see [`SendOTOInteractiveCardRequest::card_template_id`].
    pub card_template_id: String,
    /// `outTrackId`: see [`SendOTOInteractiveCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl SendOTOInteractiveCardRequest {
    /// A `SendOTOInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: SendOTOInteractiveCardRequired) -> Self {
        let SendOTOInteractiveCardRequired {
            card_data,
            card_template_id,
            out_track_id,
        } = required;
        Self {
            at_open_ids: None,
            callback_route_key: None,
            card_data,
            card_options: None,
            card_template_id,
            open_conversation_id: None,
            out_track_id,
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
rt::impl_serialize! {
    SendOTOInteractiveCardRequest { "atOpenIds" => optional(at_open_ids),
    "callbackRouteKey" => optional(callback_route_key), "cardData" => field(card_data),
    "cardOptions" => optional(card_options), "cardTemplateId" => field(card_template_id),
    "openConversationId" => optional(open_conversation_id), "outTrackId" =>
    field(out_track_id), "privateData" => optional(private_data), "pullStrategy" =>
    optional(pull_strategy), "receiverUserIdList" => optional(receiver_user_id_list),
    "robotCode" => optional(robot_code), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendOTOInteractiveCardRequest { "atOpenIds" => read_field(at_open_ids),
    "callbackRouteKey" => read_field(callback_route_key), "cardData" =>
    read_field(card_data), "cardOptions" => read_field(card_options), "cardTemplateId" =>
    read_field(card_template_id), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "pullStrategy" =>
    read_field(pull_strategy), "receiverUserIdList" => read_field(receiver_user_id_list),
    "robotCode" => read_field(robot_code), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for SendOTOInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_personal_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendPersonalMessageRequest`], each named where it is set: `SendPersonalMessageRequest::new(SendPersonalMessageRequired { .. })`.
pub struct SendPersonalMessageRequired {
    /// `content`: see [`SendPersonalMessageRequest::content`].
    pub content: String,
    /// `msgType`: see [`SendPersonalMessageRequest::msg_type`].
    pub msg_type: String,
}
impl SendPersonalMessageRequest {
    /// A `SendPersonalMessageRequest` with its required fields (`content`, `msgType`); set the others with the methods named after them.
    pub fn new(required: SendPersonalMessageRequired) -> Self {
        let SendPersonalMessageRequired { content, msg_type } = required;
        Self {
            content,
            msg_type,
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
rt::impl_serialize! {
    SendPersonalMessageRequest { "content" => field(content), "msgType" =>
    field(msg_type), "openConversationId" => optional(open_conversation_id),
    "receiverUserId" => optional(receiver_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendPersonalMessageRequest { "content" => read_field(content), "msgType" =>
    read_field(msg_type), "openConversationId" => read_field(open_conversation_id),
    "receiverUserId" => read_field(receiver_user_id) }
}
impl rt::WriteRequest for SendPersonalMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendRobotInteractiveCardRequest`], each named where it is set: `SendRobotInteractiveCardRequest::new(SendRobotInteractiveCardRequired { .. })`.
pub struct SendRobotInteractiveCardRequired {
    /// `cardBizId`: see [`SendRobotInteractiveCardRequest::card_biz_id`].
    pub card_biz_id: String,
    /// `cardData`: see [`SendRobotInteractiveCardRequest::card_data`].
    pub card_data: String,
    /// `cardTemplateId`: see [`SendRobotInteractiveCardRequest::card_template_id`].
    pub card_template_id: String,
    /// `robotCode`: see [`SendRobotInteractiveCardRequest::robot_code`].
    pub robot_code: String,
}
impl SendRobotInteractiveCardRequest {
    /// A `SendRobotInteractiveCardRequest` with its required fields (`cardBizId`, `cardData`, `cardTemplateId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: SendRobotInteractiveCardRequired) -> Self {
        let SendRobotInteractiveCardRequired {
            card_biz_id,
            card_data,
            card_template_id,
            robot_code,
        } = required;
        Self {
            callback_url: None,
            card_biz_id,
            card_data,
            card_template_id,
            open_conversation_id: None,
            pull_strategy: None,
            robot_code,
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
rt::impl_serialize! {
    SendRobotInteractiveCardRequest { "callbackUrl" => optional(callback_url),
    "cardBizId" => field(card_biz_id), "cardData" => field(card_data), "cardTemplateId"
    => field(card_template_id), "openConversationId" => optional(open_conversation_id),
    "pullStrategy" => optional(pull_strategy), "robotCode" => field(robot_code),
    "sendOptions" => optional(send_options), "singleChatReceiver" =>
    optional(single_chat_receiver), "unionIdPrivateDataMap" =>
    optional(union_id_private_data_map), "userIdPrivateDataMap" =>
    optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRobotInteractiveCardRequest { "callbackUrl" => read_field(callback_url),
    "cardBizId" => read_field(card_biz_id), "cardData" => read_field(card_data),
    "cardTemplateId" => read_field(card_template_id), "openConversationId" =>
    read_field(open_conversation_id), "pullStrategy" => read_field(pull_strategy),
    "robotCode" => read_field(robot_code), "sendOptions" => read_field(send_options),
    "singleChatReceiver" => read_field(single_chat_receiver), "unionIdPrivateDataMap" =>
    read_field(union_id_private_data_map), "userIdPrivateDataMap" =>
    read_field(user_id_private_data_map) }
}
impl rt::WriteRequest for SendRobotInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendRobotMessageRequest`], each named where it is set: `SendRobotMessageRequest::new(SendRobotMessageRequired { .. })`.
pub struct SendRobotMessageRequired {
    /// `msgContent`: see [`SendRobotMessageRequest::msg_content`].
    pub msg_content: String,
    /// `msgType`: see [`SendRobotMessageRequest::msg_type`].
    pub msg_type: String,
    /// `openConversationIds`: see [`SendRobotMessageRequest::open_conversation_ids`].
    pub open_conversation_ids: Vec<String>,
}
impl SendRobotMessageRequest {
    /// A `SendRobotMessageRequest` with its required fields (`msgContent`, `msgType`, `openConversationIds`); set the others with the methods named after them.
    pub fn new(required: SendRobotMessageRequired) -> Self {
        let SendRobotMessageRequired { msg_content, msg_type, open_conversation_ids } = required;
        Self {
            at_all: None,
            at_app_user_id: None,
            at_ding_user_id: None,
            msg_content,
            msg_type,
            open_conversation_ids,
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
rt::impl_serialize! {
    SendRobotMessageRequest { "atAll" => optional(at_all), "atAppUserId" =>
    optional(at_app_user_id), "atDingUserId" => optional(at_ding_user_id), "msgContent"
    => field(msg_content), "msgType" => field(msg_type), "openConversationIds" =>
    field(open_conversation_ids), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRobotMessageRequest { "atAll" => read_field(at_all), "atAppUserId" =>
    read_field(at_app_user_id), "atDingUserId" => read_field(at_ding_user_id),
    "msgContent" => read_field(msg_content), "msgType" => read_field(msg_type),
    "openConversationIds" => read_field(open_conversation_ids), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for SendRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_template_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendTemplateInteractiveCardRequest`], each named where it is set: `SendTemplateInteractiveCardRequest::new(SendTemplateInteractiveCardRequired { .. })`.
pub struct SendTemplateInteractiveCardRequired {
    /// `cardData`: see [`SendTemplateInteractiveCardRequest::card_data`].
    pub card_data: String,
    /// `cardTemplateId`: see [`SendTemplateInteractiveCardRequest::card_template_id`].
    pub card_template_id: String,
    /// `outTrackId`: see [`SendTemplateInteractiveCardRequest::out_track_id`].
    pub out_track_id: String,
    /// `robotCode`: see [`SendTemplateInteractiveCardRequest::robot_code`].
    pub robot_code: String,
}
impl SendTemplateInteractiveCardRequest {
    /// A `SendTemplateInteractiveCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`, `robotCode`); set the others with the methods named after them.
    pub fn new(required: SendTemplateInteractiveCardRequired) -> Self {
        let SendTemplateInteractiveCardRequired {
            card_data,
            card_template_id,
            out_track_id,
            robot_code,
        } = required;
        Self {
            callback_url: None,
            card_data,
            card_template_id,
            open_conversation_id: None,
            out_track_id,
            robot_code,
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
rt::impl_serialize! {
    SendTemplateInteractiveCardRequest { "callbackUrl" => optional(callback_url),
    "cardData" => field(card_data), "cardTemplateId" => field(card_template_id),
    "openConversationId" => optional(open_conversation_id), "outTrackId" =>
    field(out_track_id), "robotCode" => field(robot_code), "sendOptions" =>
    optional(send_options), "singleChatReceiver" => optional(single_chat_receiver) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendTemplateInteractiveCardRequest { "callbackUrl" => read_field(callback_url),
    "cardData" => read_field(card_data), "cardTemplateId" =>
    read_field(card_template_id), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "robotCode" => read_field(robot_code), "sendOptions" => read_field(send_options),
    "singleChatReceiver" => read_field(single_chat_receiver) }
}
impl rt::WriteRequest for SendTemplateInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_right_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SetRightPanelRequest`], each named where it is set: `SetRightPanelRequest::new(SetRightPanelRequired { .. })`.
pub struct SetRightPanelRequired {
    /// `openConversationId`: see [`SetRightPanelRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `rightPanelClosePermitted`: see [`SetRightPanelRequest::right_panel_close_permitted`].
    pub right_panel_close_permitted: bool,
    /// `rightPanelOpenStatus`: see [`SetRightPanelRequest::right_panel_open_status`].
    pub right_panel_open_status: i64,
    /// `title`: see [`SetRightPanelRequest::title`].
    pub title: String,
    /// `webWndParams`: see [`SetRightPanelRequest::web_wnd_params`].
    pub web_wnd_params: SetRightPanelRequestWebWndParams,
    /// `width`: see [`SetRightPanelRequest::width`].
    pub width: i64,
}
impl SetRightPanelRequest {
    /// A `SetRightPanelRequest` with its required fields (`openConversationId`, `rightPanelClosePermitted`, `rightPanelOpenStatus`, `title`, `webWndParams`, `width`); set the others with the methods named after them.
    pub fn new(required: SetRightPanelRequired) -> Self {
        let SetRightPanelRequired {
            open_conversation_id,
            right_panel_close_permitted,
            right_panel_open_status,
            title,
            web_wnd_params,
            width,
        } = required;
        Self {
            force_expand: None,
            is_qt_wnd: None,
            open_conversation_id,
            right_panel_close_permitted,
            right_panel_open_status,
            title,
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
rt::impl_serialize! {
    SetRightPanelRequest { "forceExpand" => optional(force_expand), "isQtWnd" =>
    optional(is_qt_wnd), "openConversationId" => field(open_conversation_id),
    "rightPanelClosePermitted" => field(right_panel_close_permitted),
    "rightPanelOpenStatus" => field(right_panel_open_status), "title" => field(title),
    "webWndParams" => field(web_wnd_params), "width" => field(width) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRightPanelRequest { "forceExpand" => read_field(force_expand), "isQtWnd" =>
    read_field(is_qt_wnd), "openConversationId" => read_field(open_conversation_id),
    "rightPanelClosePermitted" => read_field(right_panel_close_permitted),
    "rightPanelOpenStatus" => read_field(right_panel_open_status), "title" =>
    read_field(title), "webWndParams" => read_field(web_wnd_params), "width" =>
    read_field(width) }
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
rt::impl_serialize! {
    SortConvNavTabRequest { "openConversationId" => optional(open_conversation_id),
    "sortedIds" => optional(sorted_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SortConvNavTabRequest { "openConversationId" => read_field(open_conversation_id),
    "sortedIds" => read_field(sorted_ids) }
}
impl rt::WriteRequest for SortConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::super_admin_apply_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SuperAdminApplyTemplateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`SuperAdminApplyTemplateRequest`], each named where it is set: `SuperAdminApplyTemplateRequest::new(SuperAdminApplyTemplateRequired { .. })`.
pub struct SuperAdminApplyTemplateRequired {
    /// `openConversationId`: see [`SuperAdminApplyTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `ownerUserId`: see [`SuperAdminApplyTemplateRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `templateId`: see [`SuperAdminApplyTemplateRequest::template_id`].
    pub template_id: String,
}
impl SuperAdminApplyTemplateRequest {
    /// A `SuperAdminApplyTemplateRequest` with its required fields (`openConversationId`, `ownerUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: SuperAdminApplyTemplateRequired) -> Self {
        let SuperAdminApplyTemplateRequired {
            open_conversation_id,
            owner_user_id,
            template_id,
        } = required;
        Self {
            open_conversation_id,
            owner_user_id,
            template_id,
        }
    }
}
rt::impl_serialize! {
    SuperAdminApplyTemplateRequest { "openConversationId" => field(open_conversation_id),
    "ownerUserId" => field(owner_user_id), "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SuperAdminApplyTemplateRequest { "openConversationId" =>
    read_field(open_conversation_id), "ownerUserId" => read_field(owner_user_id),
    "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for SuperAdminApplyTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::super_admin_close_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SuperAdminCloseTemplateRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`SuperAdminCloseTemplateRequest`], each named where it is set: `SuperAdminCloseTemplateRequest::new(SuperAdminCloseTemplateRequired { .. })`.
pub struct SuperAdminCloseTemplateRequired {
    /// `openConversationId`: see [`SuperAdminCloseTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `ownerUserId`: see [`SuperAdminCloseTemplateRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `templateId`: see [`SuperAdminCloseTemplateRequest::template_id`].
    pub template_id: String,
}
impl SuperAdminCloseTemplateRequest {
    /// A `SuperAdminCloseTemplateRequest` with its required fields (`openConversationId`, `ownerUserId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: SuperAdminCloseTemplateRequired) -> Self {
        let SuperAdminCloseTemplateRequired {
            open_conversation_id,
            owner_user_id,
            template_id,
        } = required;
        Self {
            open_conversation_id,
            owner_user_id,
            template_id,
        }
    }
}
rt::impl_serialize! {
    SuperAdminCloseTemplateRequest { "openConversationId" => field(open_conversation_id),
    "ownerUserId" => field(owner_user_id), "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SuperAdminCloseTemplateRequest { "openConversationId" =>
    read_field(open_conversation_id), "ownerUserId" => read_field(owner_user_id),
    "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for SuperAdminCloseTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topbox_close`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TopboxCloseRequest`], each named where it is set: `TopboxCloseRequest::new(TopboxCloseRequired { .. })`.
pub struct TopboxCloseRequired {
    /// `outTrackId`: see [`TopboxCloseRequest::out_track_id`].
    pub out_track_id: String,
}
impl TopboxCloseRequest {
    /// A `TopboxCloseRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: TopboxCloseRequired) -> Self {
        let TopboxCloseRequired { out_track_id } = required;
        Self {
            conversation_type: None,
            cool_app_code: None,
            open_conversation_id: None,
            out_track_id,
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
rt::impl_serialize! {
    TopboxCloseRequest { "conversationType" => optional(conversation_type), "coolAppCode"
    => optional(cool_app_code), "openConversationId" => optional(open_conversation_id),
    "outTrackId" => field(out_track_id), "receiverUserIdList" =>
    optional(receiver_user_id_list), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TopboxCloseRequest { "conversationType" => read_field(conversation_type),
    "coolAppCode" => read_field(cool_app_code), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "receiverUserIdList" => read_field(receiver_user_id_list), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for TopboxCloseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::topbox_open`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TopboxOpenRequest`], each named where it is set: `TopboxOpenRequest::new(TopboxOpenRequired { .. })`.
pub struct TopboxOpenRequired {
    /// `outTrackId`: see [`TopboxOpenRequest::out_track_id`].
    pub out_track_id: String,
}
impl TopboxOpenRequest {
    /// A `TopboxOpenRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: TopboxOpenRequired) -> Self {
        let TopboxOpenRequired { out_track_id } = required;
        Self {
            conversation_type: None,
            cool_app_code: None,
            expired_time: None,
            open_conversation_id: None,
            out_track_id,
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
rt::impl_serialize! {
    TopboxOpenRequest { "conversationType" => optional(conversation_type), "coolAppCode"
    => optional(cool_app_code), "expiredTime" => optional(expired_time),
    "openConversationId" => optional(open_conversation_id), "outTrackId" =>
    field(out_track_id), "platforms" => optional(platforms), "receiverUserIdList" =>
    optional(receiver_user_id_list), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TopboxOpenRequest { "conversationType" => read_field(conversation_type),
    "coolAppCode" => read_field(cool_app_code), "expiredTime" =>
    read_field(expired_time), "openConversationId" => read_field(open_conversation_id),
    "outTrackId" => read_field(out_track_id), "platforms" => read_field(platforms),
    "receiverUserIdList" => read_field(receiver_user_id_list), "robotCode" =>
    read_field(robot_code) }
}
impl rt::WriteRequest for TopboxOpenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_client_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateClientServiceRequest`], each named where it is set: `UpdateClientServiceRequest::new(UpdateClientServiceRequired { .. })`.
pub struct UpdateClientServiceRequired {
    /// `userIds`: see [`UpdateClientServiceRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl UpdateClientServiceRequest {
    /// A `UpdateClientServiceRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: UpdateClientServiceRequired) -> Self {
        let UpdateClientServiceRequired { user_ids } = required;
        Self {
            avatar_url: None,
            reset_avatar: None,
            reset_user_name: None,
            user_ids,
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
rt::impl_serialize! {
    UpdateClientServiceRequest { "avatarUrl" => optional(avatar_url), "resetAvatar" =>
    optional(reset_avatar), "resetUserName" => optional(reset_user_name), "userIds" =>
    field(user_ids), "userName" => optional(user_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateClientServiceRequest { "avatarUrl" => read_field(avatar_url), "resetAvatar" =>
    read_field(reset_avatar), "resetUserName" => read_field(reset_user_name), "userIds"
    => read_field(user_ids), "userName" => read_field(user_name) }
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
rt::impl_serialize! {
    UpdateConvNavTabRequest { "mobileUrl" => optional(mobile_url), "openConversationId"
    => optional(open_conversation_id), "pcUrl" => optional(pc_url), "tabId" =>
    optional(tab_id), "title" => optional(title), "userEditable" =>
    optional(user_editable) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateConvNavTabRequest { "mobileUrl" => read_field(mobile_url), "openConversationId"
    => read_field(open_conversation_id), "pcUrl" => read_field(pc_url), "tabId" =>
    read_field(tab_id), "title" => read_field(title), "userEditable" =>
    read_field(user_editable) }
}
impl rt::WriteRequest for UpdateConvNavTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_custom_group_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateCustomGroupRoleRequest`], each named where it is set: `UpdateCustomGroupRoleRequest::new(UpdateCustomGroupRoleRequired { .. })`.
pub struct UpdateCustomGroupRoleRequired {
    /// `openConversationId`: see [`UpdateCustomGroupRoleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `openRoleId`: see [`UpdateCustomGroupRoleRequest::open_role_id`].
    pub open_role_id: String,
    /// `roleName`: see [`UpdateCustomGroupRoleRequest::role_name`].
    pub role_name: String,
    /// `userId`: see [`UpdateCustomGroupRoleRequest::user_id`].
    pub user_id: String,
}
impl UpdateCustomGroupRoleRequest {
    /// A `UpdateCustomGroupRoleRequest` with its required fields (`openConversationId`, `openRoleId`, `roleName`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateCustomGroupRoleRequired) -> Self {
        let UpdateCustomGroupRoleRequired {
            open_conversation_id,
            open_role_id,
            role_name,
            user_id,
        } = required;
        Self {
            open_conversation_id,
            open_role_id,
            role_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateCustomGroupRoleRequest { "openConversationId" => field(open_conversation_id),
    "openRoleId" => field(open_role_id), "roleName" => field(role_name), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomGroupRoleRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleId" => read_field(open_role_id),
    "roleName" => read_field(role_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateCustomGroupRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateGroupRequest`], each named where it is set: `UpdateGroupRequest::new(UpdateGroupRequired { .. })`.
pub struct UpdateGroupRequired {
    /// `chatid`: see [`UpdateGroupRequest::chatid`].
    pub chatid: String,
}
impl UpdateGroupRequest {
    /// A `UpdateGroupRequest` with its required fields (`chatid`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupRequired) -> Self {
        let UpdateGroupRequired { chatid } = required;
        Self {
            add_extidlist: None,
            add_useridlist: None,
            chatid,
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
rt::impl_serialize! {
    UpdateGroupRequest { "add_extidlist" => optional(add_extidlist), "add_useridlist" =>
    optional(add_useridlist), "chatid" => field(chatid), "del_extidlist" =>
    optional(del_extidlist), "del_useridlist" => optional(del_useridlist), "icon" =>
    optional(icon), "managementOptions" => optional(management_options), "name" =>
    optional(name), "owner" => optional(owner), "ownerType" => optional(owner_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupRequest { "add_extidlist" => read_field(add_extidlist), "add_useridlist"
    => read_field(add_useridlist), "chatid" => read_field(chatid), "del_extidlist" =>
    read_field(del_extidlist), "del_useridlist" => read_field(del_useridlist), "icon" =>
    read_field(icon), "managementOptions" => read_field(management_options), "name" =>
    read_field(name), "owner" => read_field(owner), "ownerType" => read_field(owner_type)
    }
}
impl rt::WriteRequest for UpdateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_avatar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupAvatarRequest {
    /// `groupAvatar`.
    pub group_avatar: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`UpdateGroupAvatarRequest`], each named where it is set: `UpdateGroupAvatarRequest::new(UpdateGroupAvatarRequired { .. })`.
pub struct UpdateGroupAvatarRequired {
    /// `groupAvatar`: see [`UpdateGroupAvatarRequest::group_avatar`].
    pub group_avatar: String,
    /// `openConversationId`: see [`UpdateGroupAvatarRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpdateGroupAvatarRequest {
    /// A `UpdateGroupAvatarRequest` with its required fields (`groupAvatar`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupAvatarRequired) -> Self {
        let UpdateGroupAvatarRequired { group_avatar, open_conversation_id } = required;
        Self {
            group_avatar,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    UpdateGroupAvatarRequest { "groupAvatar" => field(group_avatar), "openConversationId"
    => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupAvatarRequest { "groupAvatar" => read_field(group_avatar),
    "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for UpdateGroupAvatarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupNameRequest {
    /// `groupName`.
    pub group_name: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`UpdateGroupNameRequest`], each named where it is set: `UpdateGroupNameRequest::new(UpdateGroupNameRequired { .. })`.
pub struct UpdateGroupNameRequired {
    /// `groupName`: see [`UpdateGroupNameRequest::group_name`].
    pub group_name: String,
    /// `openConversationId`: see [`UpdateGroupNameRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpdateGroupNameRequest {
    /// A `UpdateGroupNameRequest` with its required fields (`groupName`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupNameRequired) -> Self {
        let UpdateGroupNameRequired { group_name, open_conversation_id } = required;
        Self {
            group_name,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    UpdateGroupNameRequest { "groupName" => field(group_name), "openConversationId" =>
    field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupNameRequest { "groupName" => read_field(group_name), "openConversationId"
    => read_field(open_conversation_id) }
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
rt::impl_serialize! {
    UpdateGroupPermissionRequest { "openConversationId" =>
    optional(open_conversation_id), "permissionGroup" => optional(permission_group),
    "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupPermissionRequest { "openConversationId" =>
    read_field(open_conversation_id), "permissionGroup" => read_field(permission_group),
    "status" => read_field(status) }
}
impl rt::WriteRequest for UpdateGroupPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_sub_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateGroupSubAdminRequest`], each named where it is set: `UpdateGroupSubAdminRequest::new(UpdateGroupSubAdminRequired { .. })`.
pub struct UpdateGroupSubAdminRequired {
    /// `openConversationId`: see [`UpdateGroupSubAdminRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `role`: see [`UpdateGroupSubAdminRequest::role`].
    pub role: i64,
}
impl UpdateGroupSubAdminRequest {
    /// A `UpdateGroupSubAdminRequest` with its required fields (`openConversationId`, `role`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupSubAdminRequired) -> Self {
        let UpdateGroupSubAdminRequired { open_conversation_id, role } = required;
        Self {
            open_conversation_id,
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
rt::impl_serialize! {
    UpdateGroupSubAdminRequest { "openConversationId" => field(open_conversation_id),
    "role" => field(role), "unionIds" => optional(union_ids), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupSubAdminRequest { "openConversationId" =>
    read_field(open_conversation_id), "role" => read_field(role), "unionIds" =>
    read_field(union_ids), "userIds" => read_field(user_ids) }
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
rt::impl_serialize! {
    UpdateInteractiveCardRequest { "cardData" => optional(card_data), "cardOptions" =>
    optional(card_options), "outTrackId" => optional(out_track_id), "privateData" =>
    optional(private_data), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInteractiveCardRequest { "cardData" => read_field(card_data), "cardOptions" =>
    read_field(card_options), "outTrackId" => read_field(out_track_id), "privateData" =>
    read_field(private_data), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for UpdateInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_ban_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateMemberBanWordsRequest`], each named where it is set: `UpdateMemberBanWordsRequest::new(UpdateMemberBanWordsRequired { .. })`.
pub struct UpdateMemberBanWordsRequired {
    /// `muteDuration`: see [`UpdateMemberBanWordsRequest::mute_duration`].
    pub mute_duration: i64,
    /// `muteStatus`: see [`UpdateMemberBanWordsRequest::mute_status`].
    pub mute_status: i64,
    /// `openConversationId`: see [`UpdateMemberBanWordsRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpdateMemberBanWordsRequest {
    /// A `UpdateMemberBanWordsRequest` with its required fields (`muteDuration`, `muteStatus`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: UpdateMemberBanWordsRequired) -> Self {
        let UpdateMemberBanWordsRequired {
            mute_duration,
            mute_status,
            open_conversation_id,
        } = required;
        Self {
            mute_duration,
            mute_status,
            open_conversation_id,
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
rt::impl_serialize! {
    UpdateMemberBanWordsRequest { "muteDuration" => field(mute_duration), "muteStatus" =>
    field(mute_status), "openConversationId" => field(open_conversation_id), "unionIds"
    => optional(union_ids), "userIdList" => optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMemberBanWordsRequest { "muteDuration" => read_field(mute_duration),
    "muteStatus" => read_field(mute_status), "openConversationId" =>
    read_field(open_conversation_id), "unionIds" => read_field(union_ids), "userIdList"
    => read_field(user_id_list) }
}
impl rt::WriteRequest for UpdateMemberBanWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_group_nick`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMemberGroupNickRequest {
    /// `groupNick`.
    pub group_nick: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateMemberGroupNickRequest`], each named where it is set: `UpdateMemberGroupNickRequest::new(UpdateMemberGroupNickRequired { .. })`.
pub struct UpdateMemberGroupNickRequired {
    /// `groupNick`: see [`UpdateMemberGroupNickRequest::group_nick`].
    pub group_nick: String,
    /// `openConversationId`: see [`UpdateMemberGroupNickRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`UpdateMemberGroupNickRequest::user_id`].
    pub user_id: String,
}
impl UpdateMemberGroupNickRequest {
    /// A `UpdateMemberGroupNickRequest` with its required fields (`groupNick`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateMemberGroupNickRequired) -> Self {
        let UpdateMemberGroupNickRequired {
            group_nick,
            open_conversation_id,
            user_id,
        } = required;
        Self {
            group_nick,
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateMemberGroupNickRequest { "groupNick" => field(group_nick), "openConversationId"
    => field(open_conversation_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMemberGroupNickRequest { "groupNick" => read_field(group_nick),
    "openConversationId" => read_field(open_conversation_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateMemberGroupNickRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_robot_in_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateRobotInOrgRequest`], each named where it is set: `UpdateRobotInOrgRequest::new(UpdateRobotInOrgRequired { .. })`.
pub struct UpdateRobotInOrgRequired {
    /// `robotCode`: see [`UpdateRobotInOrgRequest::robot_code`].
    pub robot_code: String,
}
impl UpdateRobotInOrgRequest {
    /// A `UpdateRobotInOrgRequest` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(required: UpdateRobotInOrgRequired) -> Self {
        let UpdateRobotInOrgRequired { robot_code } = required;
        Self {
            brief: None,
            description: None,
            icon: None,
            name: None,
            outgoing_token: None,
            outgoing_url: None,
            preview_media_id: None,
            robot_code,
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
rt::impl_serialize! {
    UpdateRobotInOrgRequest { "brief" => optional(brief), "description" =>
    optional(description), "icon" => optional(icon), "name" => optional(name),
    "outgoingToken" => optional(outgoing_token), "outgoingUrl" => optional(outgoing_url),
    "previewMediaId" => optional(preview_media_id), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRobotInOrgRequest { "brief" => read_field(brief), "description" =>
    read_field(description), "icon" => read_field(icon), "name" => read_field(name),
    "outgoingToken" => read_field(outgoing_token), "outgoingUrl" =>
    read_field(outgoing_url), "previewMediaId" => read_field(preview_media_id),
    "robotCode" => read_field(robot_code) }
}
impl rt::WriteRequest for UpdateRobotInOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_robot_interactive_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateRobotInteractiveCardRequest`], each named where it is set: `UpdateRobotInteractiveCardRequest::new(UpdateRobotInteractiveCardRequired { .. })`.
pub struct UpdateRobotInteractiveCardRequired {
    /// `cardBizId`: see [`UpdateRobotInteractiveCardRequest::card_biz_id`].
    pub card_biz_id: String,
}
impl UpdateRobotInteractiveCardRequest {
    /// A `UpdateRobotInteractiveCardRequest` with its required fields (`cardBizId`); set the others with the methods named after them.
    pub fn new(required: UpdateRobotInteractiveCardRequired) -> Self {
        let UpdateRobotInteractiveCardRequired { card_biz_id } = required;
        Self {
            card_biz_id,
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
rt::impl_serialize! {
    UpdateRobotInteractiveCardRequest { "cardBizId" => field(card_biz_id), "cardData" =>
    optional(card_data), "unionIdPrivateDataMap" => optional(union_id_private_data_map),
    "updateOptions" => optional(update_options), "userIdPrivateDataMap" =>
    optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRobotInteractiveCardRequest { "cardBizId" => read_field(card_biz_id),
    "cardData" => read_field(card_data), "unionIdPrivateDataMap" =>
    read_field(union_id_private_data_map), "updateOptions" => read_field(update_options),
    "userIdPrivateDataMap" => read_field(user_id_private_data_map) }
}
impl rt::WriteRequest for UpdateRobotInteractiveCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_scene_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateSceneGroupRequest`], each named where it is set: `UpdateSceneGroupRequest::new(UpdateSceneGroupRequired { .. })`.
pub struct UpdateSceneGroupRequired {
    /// `open_conversation_id`: see [`UpdateSceneGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl UpdateSceneGroupRequest {
    /// A `UpdateSceneGroupRequest` with its required fields (`open_conversation_id`); set the others with the methods named after them.
    pub fn new(required: UpdateSceneGroupRequired) -> Self {
        let UpdateSceneGroupRequired { open_conversation_id } = required;
        Self {
            icon: None,
            management_options: None,
            open_conversation_id,
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
rt::impl_serialize! {
    UpdateSceneGroupRequest { "icon" => optional(icon), "management_options" =>
    optional(management_options), "open_conversation_id" => field(open_conversation_id),
    "owner_union_id" => optional(owner_union_id), "owner_user_id" =>
    optional(owner_user_id), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSceneGroupRequest { "icon" => read_field(icon), "management_options" =>
    read_field(management_options), "open_conversation_id" =>
    read_field(open_conversation_id), "owner_union_id" => read_field(owner_union_id),
    "owner_user_id" => read_field(owner_user_id), "title" => read_field(title) }
}
impl rt::WriteRequest for UpdateSceneGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_scene_group_template_message_open_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSceneGroupTemplateMessageOpenStatusRequest {
    /// `status`.
    pub status: i64,
    /// `templateIdList`.
    pub template_id_list: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateSceneGroupTemplateMessageOpenStatusRequest`], each named where it is set: `UpdateSceneGroupTemplateMessageOpenStatusRequest::new(UpdateSceneGroupTemplateMessageOpenStatusRequired { .. })`.
pub struct UpdateSceneGroupTemplateMessageOpenStatusRequired {
    /// `status`: see [`UpdateSceneGroupTemplateMessageOpenStatusRequest::status`].
    pub status: i64,
    /// `templateIdList`: see [`UpdateSceneGroupTemplateMessageOpenStatusRequest::template_id_list`].
    pub template_id_list: Vec<String>,
    /// `userId`: see [`UpdateSceneGroupTemplateMessageOpenStatusRequest::user_id`].
    pub user_id: String,
}
impl UpdateSceneGroupTemplateMessageOpenStatusRequest {
    /// A `UpdateSceneGroupTemplateMessageOpenStatusRequest` with its required fields (`status`, `templateIdList`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateSceneGroupTemplateMessageOpenStatusRequired) -> Self {
        let UpdateSceneGroupTemplateMessageOpenStatusRequired {
            status,
            template_id_list,
            user_id,
        } = required;
        Self {
            status,
            template_id_list,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateSceneGroupTemplateMessageOpenStatusRequest { "status" => field(status),
    "templateIdList" => field(template_id_list), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSceneGroupTemplateMessageOpenStatusRequest { "status" => read_field(status),
    "templateIdList" => read_field(template_id_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateSceneGroupTemplateMessageOpenStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_the_group_roles_of_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateTheGroupRolesOfGroupMemberRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `openRoleIds`.
    pub open_role_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateTheGroupRolesOfGroupMemberRequest`], each named where it is set: `UpdateTheGroupRolesOfGroupMemberRequest::new(UpdateTheGroupRolesOfGroupMemberRequired { .. })`.
pub struct UpdateTheGroupRolesOfGroupMemberRequired {
    /// `openConversationId`: see [`UpdateTheGroupRolesOfGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`UpdateTheGroupRolesOfGroupMemberRequest::user_id`].
    pub user_id: String,
}
impl UpdateTheGroupRolesOfGroupMemberRequest {
    /// A `UpdateTheGroupRolesOfGroupMemberRequest` with its required fields (`openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateTheGroupRolesOfGroupMemberRequired) -> Self {
        let UpdateTheGroupRolesOfGroupMemberRequired { open_conversation_id, user_id } = required;
        Self {
            open_conversation_id,
            open_role_ids: None,
            user_id,
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
rt::impl_serialize! {
    UpdateTheGroupRolesOfGroupMemberRequest { "openConversationId" =>
    field(open_conversation_id), "openRoleIds" => optional(open_role_ids), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTheGroupRolesOfGroupMemberRequest { "openConversationId" =>
    read_field(open_conversation_id), "openRoleIds" => read_field(open_role_ids),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateTheGroupRolesOfGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_unfurling_register`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateUnfurlingRegisterRequest`], each named where it is set: `UpdateUnfurlingRegisterRequest::new(UpdateUnfurlingRegisterRequired { .. })`.
pub struct UpdateUnfurlingRegisterRequired {
    /// `apiSecret`: see [`UpdateUnfurlingRegisterRequest::api_secret`].
    pub api_secret: String,
    /// `appId`: see [`UpdateUnfurlingRegisterRequest::app_id`].
    pub app_id: String,
    /// `callbackUrl`: see [`UpdateUnfurlingRegisterRequest::callback_url`].
    pub callback_url: String,
    /// `cardTemplateId`: see [`UpdateUnfurlingRegisterRequest::card_template_id`].
    pub card_template_id: String,
    /// `domain`: see [`UpdateUnfurlingRegisterRequest::domain`].
    pub domain: String,
    /// `id`: see [`UpdateUnfurlingRegisterRequest::id`].
    pub id: i64,
    /// `path`: see [`UpdateUnfurlingRegisterRequest::path`].
    pub path: String,
    /// `ruleMatchType`: see [`UpdateUnfurlingRegisterRequest::rule_match_type`].
    pub rule_match_type: i64,
    /// `userId`: see [`UpdateUnfurlingRegisterRequest::user_id`].
    pub user_id: String,
}
impl UpdateUnfurlingRegisterRequest {
    /// A `UpdateUnfurlingRegisterRequest` with its required fields (`apiSecret`, `appId`, `callbackUrl`, `cardTemplateId`, `domain`, `id`, `path`, `ruleMatchType`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateUnfurlingRegisterRequired) -> Self {
        let UpdateUnfurlingRegisterRequired {
            api_secret,
            app_id,
            callback_url,
            card_template_id,
            domain,
            id,
            path,
            rule_match_type,
            user_id,
        } = required;
        Self {
            api_secret,
            app_id,
            callback_type: None,
            callback_url,
            card_template_id,
            domain,
            id,
            path,
            rule_desc: None,
            rule_match_type,
            user_id,
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
rt::impl_serialize! {
    UpdateUnfurlingRegisterRequest { "apiSecret" => field(api_secret), "appId" =>
    field(app_id), "callbackType" => optional(callback_type), "callbackUrl" =>
    field(callback_url), "cardTemplateId" => field(card_template_id), "domain" =>
    field(domain), "id" => field(id), "path" => field(path), "ruleDesc" =>
    optional(rule_desc), "ruleMatchType" => field(rule_match_type), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUnfurlingRegisterRequest { "apiSecret" => read_field(api_secret), "appId" =>
    read_field(app_id), "callbackType" => read_field(callback_type), "callbackUrl" =>
    read_field(callback_url), "cardTemplateId" => read_field(card_template_id), "domain"
    => read_field(domain), "id" => read_field(id), "path" => read_field(path), "ruleDesc"
    => read_field(rule_desc), "ruleMatchType" => read_field(rule_match_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateUnfurlingRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_unfurling_register_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateUnfurlingRegisterStatusRequest`], each named where it is set: `UpdateUnfurlingRegisterStatusRequest::new(UpdateUnfurlingRegisterStatusRequired { .. })`.
pub struct UpdateUnfurlingRegisterStatusRequired {
    /// `appId`: see [`UpdateUnfurlingRegisterStatusRequest::app_id`].
    pub app_id: String,
    /// `id`: see [`UpdateUnfurlingRegisterStatusRequest::id`].
    pub id: i64,
    /// `status`: see [`UpdateUnfurlingRegisterStatusRequest::status`].
    pub status: i64,
}
impl UpdateUnfurlingRegisterStatusRequest {
    /// A `UpdateUnfurlingRegisterStatusRequest` with its required fields (`appId`, `id`, `status`); set the others with the methods named after them.
    pub fn new(required: UpdateUnfurlingRegisterStatusRequired) -> Self {
        let UpdateUnfurlingRegisterStatusRequired { app_id, id, status } = required;
        Self {
            app_id,
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
rt::impl_serialize! {
    UpdateUnfurlingRegisterStatusRequest { "appId" => field(app_id), "id" => field(id),
    "status" => field(status), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUnfurlingRegisterStatusRequest { "appId" => read_field(app_id), "id" =>
    read_field(id), "status" => read_field(status), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateUnfurlingRegisterStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_user_group_alias_title`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateUserGroupAliasTitleRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateUserGroupAliasTitleRequest`], each named where it is set: `UpdateUserGroupAliasTitleRequest::new(UpdateUserGroupAliasTitleRequired { .. })`.
pub struct UpdateUserGroupAliasTitleRequired {
    /// `openConversationId`: see [`UpdateUserGroupAliasTitleRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `title`: see [`UpdateUserGroupAliasTitleRequest::title`].
    pub title: String,
    /// `userId`: see [`UpdateUserGroupAliasTitleRequest::user_id`].
    pub user_id: String,
}
impl UpdateUserGroupAliasTitleRequest {
    /// A `UpdateUserGroupAliasTitleRequest` with its required fields (`openConversationId`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateUserGroupAliasTitleRequired) -> Self {
        let UpdateUserGroupAliasTitleRequired { open_conversation_id, title, user_id } = required;
        Self {
            open_conversation_id,
            title,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateUserGroupAliasTitleRequest { "openConversationId" =>
    field(open_conversation_id), "title" => field(title), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUserGroupAliasTitleRequest { "openConversationId" =>
    read_field(open_conversation_id), "title" => read_field(title), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateUserGroupAliasTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_to_external_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpgradeToExternalGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`UpgradeToExternalGroupRequest`], each named where it is set: `UpgradeToExternalGroupRequest::new(UpgradeToExternalGroupRequired { .. })`.
pub struct UpgradeToExternalGroupRequired {
    /// `openConversationId`: see [`UpgradeToExternalGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `templateId`: see [`UpgradeToExternalGroupRequest::template_id`].
    pub template_id: String,
}
impl UpgradeToExternalGroupRequest {
    /// A `UpgradeToExternalGroupRequest` with its required fields (`openConversationId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: UpgradeToExternalGroupRequired) -> Self {
        let UpgradeToExternalGroupRequired { open_conversation_id, template_id } = required;
        Self {
            open_conversation_id,
            template_id,
        }
    }
}
rt::impl_serialize! {
    UpgradeToExternalGroupRequest { "openConversationId" => field(open_conversation_id),
    "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeToExternalGroupRequest { "openConversationId" =>
    read_field(open_conversation_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for UpgradeToExternalGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upgrade_to_service_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpgradeToServiceGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`UpgradeToServiceGroupRequest`], each named where it is set: `UpgradeToServiceGroupRequest::new(UpgradeToServiceGroupRequired { .. })`.
pub struct UpgradeToServiceGroupRequired {
    /// `openConversationId`: see [`UpgradeToServiceGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `templateId`: see [`UpgradeToServiceGroupRequest::template_id`].
    pub template_id: String,
}
impl UpgradeToServiceGroupRequest {
    /// A `UpgradeToServiceGroupRequest` with its required fields (`openConversationId`, `templateId`); set the others with the methods named after them.
    pub fn new(required: UpgradeToServiceGroupRequired) -> Self {
        let UpgradeToServiceGroupRequired { open_conversation_id, template_id } = required;
        Self {
            open_conversation_id,
            template_id,
        }
    }
}
rt::impl_serialize! {
    UpgradeToServiceGroupRequest { "openConversationId" => field(open_conversation_id),
    "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpgradeToServiceGroupRequest { "openConversationId" =>
    read_field(open_conversation_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for UpgradeToServiceGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddGroupMemberRequest`], each named where it is set: `AddGroupMemberRequest::new(AddGroupMemberRequired { .. })`.
pub struct AddGroupMemberRequired {
    /// `openConversationId`: see [`AddGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `operatorId`: see [`AddGroupMemberRequest::operator_id`].
    pub operator_id: String,
}
impl AddGroupMemberRequest {
    /// A `AddGroupMemberRequest` with its required fields (`openConversationId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: AddGroupMemberRequired) -> Self {
        let AddGroupMemberRequired { open_conversation_id, operator_id } = required;
        Self {
            app_user_ids: None,
            open_conversation_id,
            operator_id,
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
rt::impl_serialize! {
    AddGroupMemberRequest { "appUserIds" => optional(app_user_ids), "openConversationId"
    => field(open_conversation_id), "operatorId" => field(operator_id), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddGroupMemberRequest { "appUserIds" => read_field(app_user_ids),
    "openConversationId" => read_field(open_conversation_id), "operatorId" =>
    read_field(operator_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for AddGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_group_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RemoveGroupMemberRequest`], each named where it is set: `RemoveGroupMemberRequest::new(RemoveGroupMemberRequired { .. })`.
pub struct RemoveGroupMemberRequired {
    /// `openConversationId`: see [`RemoveGroupMemberRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `operatorId`: see [`RemoveGroupMemberRequest::operator_id`].
    pub operator_id: String,
}
impl RemoveGroupMemberRequest {
    /// A `RemoveGroupMemberRequest` with its required fields (`openConversationId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: RemoveGroupMemberRequired) -> Self {
        let RemoveGroupMemberRequired { open_conversation_id, operator_id } = required;
        Self {
            app_user_ids: None,
            open_conversation_id,
            operator_id,
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
rt::impl_serialize! {
    RemoveGroupMemberRequest { "appUserIds" => optional(app_user_ids),
    "openConversationId" => field(open_conversation_id), "operatorId" =>
    field(operator_id), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveGroupMemberRequest { "appUserIds" => read_field(app_user_ids),
    "openConversationId" => read_field(open_conversation_id), "operatorId" =>
    read_field(operator_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for RemoveGroupMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_ding_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendDingMessageRequest`], each named where it is set: `SendDingMessageRequest::new(SendDingMessageRequired { .. })`.
pub struct SendDingMessageRequired {
    /// `code`: see [`SendDingMessageRequest::code`].
    pub code: String,
    /// `message`: see [`SendDingMessageRequest::message`].
    pub message: String,
    /// `messageType`: see [`SendDingMessageRequest::message_type`].
    pub message_type: String,
    /// `senderId`: see [`SendDingMessageRequest::sender_id`].
    pub sender_id: String,
}
impl SendDingMessageRequest {
    /// A `SendDingMessageRequest` with its required fields (`code`, `message`, `messageType`, `senderId`); set the others with the methods named after them.
    pub fn new(required: SendDingMessageRequired) -> Self {
        let SendDingMessageRequired { code, message, message_type, sender_id } = required;
        Self {
            code,
            message,
            message_type,
            open_conversation_id: None,
            receiver_id: None,
            sender_id,
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
rt::impl_serialize! {
    SendDingMessageRequest { "code" => field(code), "message" => field(message),
    "messageType" => field(message_type), "openConversationId" =>
    optional(open_conversation_id), "receiverId" => optional(receiver_id), "senderId" =>
    field(sender_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendDingMessageRequest { "code" => read_field(code), "message" =>
    read_field(message), "messageType" => read_field(message_type), "openConversationId"
    => read_field(open_conversation_id), "receiverId" => read_field(receiver_id),
    "senderId" => read_field(sender_id) }
}
impl rt::WriteRequest for SendDingMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMessageRequest`], each named where it is set: `SendMessageRequest::new(SendMessageRequired { .. })`.
pub struct SendMessageRequired {
    /// `message`: see [`SendMessageRequest::message`].
    pub message: String,
    /// `messageType`: see [`SendMessageRequest::message_type`].
    pub message_type: String,
    /// `senderId`: see [`SendMessageRequest::sender_id`].
    pub sender_id: String,
}
impl SendMessageRequest {
    /// A `SendMessageRequest` with its required fields (`message`, `messageType`, `senderId`); set the others with the methods named after them.
    pub fn new(required: SendMessageRequired) -> Self {
        let SendMessageRequired { message, message_type, sender_id } = required;
        Self {
            message,
            message_type,
            open_conversation_id: None,
            receiver_id: None,
            sender_id,
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
rt::impl_serialize! {
    SendMessageRequest { "message" => field(message), "messageType" =>
    field(message_type), "openConversationId" => optional(open_conversation_id),
    "receiverId" => optional(receiver_id), "senderId" => field(sender_id), "sourceInfos"
    => optional(source_infos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequest { "message" => read_field(message), "messageType" =>
    read_field(message_type), "openConversationId" => read_field(open_conversation_id),
    "receiverId" => read_field(receiver_id), "senderId" => read_field(sender_id),
    "sourceInfos" => read_field(source_infos) }
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
