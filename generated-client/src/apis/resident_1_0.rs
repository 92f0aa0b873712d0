// @generated from api-spec/resident_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 数字乡村 (Residents)：居民积分、小区与住户、行业角色。
//!
//! 32 operations, methods of [`Api`] (`client.resident_1_0()`), behind the cargo feature `resident_1_0`; its paths start with `/v1.0/resident/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `resident_1_0`. Get it with `client.resident_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加积分
    ///
    /// `POST /v1.0/resident/points`: DingTalk's `AddPoint` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddPoint")]
    #[doc(alias = "/v1.0/resident/points")]
    #[doc(alias = "POST /v1.0/resident/points")]
    pub fn add_point(
        &self,
        request: &AddPointRequest,
    ) -> rt::Call<rt::serde_json::Value, AddPointError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPoint",
            rt::Method::Post,
            "/v1.0/resident/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增加组户
    ///
    /// `POST /v1.0/resident/departments`: DingTalk's `AddResidentDepartment` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddResidentDepartment")]
    #[doc(alias = "/v1.0/resident/departments")]
    #[doc(alias = "POST /v1.0/resident/departments")]
    pub fn add_resident_department(
        &self,
        request: &AddResidentDepartmentRequest,
    ) -> rt::Call<AddResidentDepartmentResponseBody, AddResidentDepartmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddResidentDepartment",
            rt::Method::Post,
            "/v1.0/resident/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加小区成员
    ///
    /// `POST /v1.0/resident/members`: DingTalk's `AddResidentMember` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddResidentMember")]
    #[doc(alias = "/v1.0/resident/members")]
    #[doc(alias = "POST /v1.0/resident/members")]
    pub fn add_resident_member(
        &self,
        request: &AddResidentMemberRequest,
    ) -> rt::Call<AddResidentMemberResponseBody, AddResidentMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddResidentMember",
            rt::Method::Post,
            "/v1.0/resident/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增居民
    ///
    /// `POST /v1.0/resident/users`: DingTalk's `AddResidentUsers` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddResidentUsers")]
    #[doc(alias = "/v1.0/resident/users")]
    #[doc(alias = "POST /v1.0/resident/users")]
    pub fn add_resident_users(
        &self,
        request: &AddResidentUsersRequest,
    ) -> rt::Call<AddResidentUsersResponseBody, AddResidentUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddResidentUsers",
            rt::Method::Post,
            "/v1.0/resident/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建小区公告
    ///
    /// `POST /v1.0/resident/blackboards`: DingTalk's `CreateResidentBlackBoard` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateResidentBlackBoard")]
    #[doc(alias = "/v1.0/resident/blackboards")]
    #[doc(alias = "POST /v1.0/resident/blackboards")]
    pub fn create_resident_black_board(
        &self,
        request: &CreateResidentBlackBoardRequest,
    ) -> rt::Call<CreateResidentBlackBoardResponseBody, CreateResidentBlackBoardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateResidentBlackBoard",
            rt::Method::Post,
            "/v1.0/resident/blackboards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建小区空间，含分区，楼栋，单元，房屋等
    ///
    /// `POST /v1.0/resident/spaces`: DingTalk's `CreateSpace` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSpace")]
    #[doc(alias = "/v1.0/resident/spaces")]
    #[doc(alias = "POST /v1.0/resident/spaces")]
    pub fn create_space(
        &self,
        request: &CreateSpaceRequest,
    ) -> rt::Call<CreateSpaceResponseBody, CreateSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSpace",
            rt::Method::Post,
            "/v1.0/resident/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除小区公告
    ///
    /// `DELETE /v1.0/resident/blackboards`: DingTalk's `DeleteResidentBlackBoard` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteResidentBlackBoard")]
    #[doc(alias = "/v1.0/resident/blackboards")]
    #[doc(alias = "DELETE /v1.0/resident/blackboards")]
    pub fn delete_resident_black_board(
        &self,
        request: &DeleteResidentBlackBoardRequest,
    ) -> rt::Call<DeleteResidentBlackBoardResponseBody, DeleteResidentBlackBoardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteResidentBlackBoard",
            rt::Method::Delete,
            "/v1.0/resident/blackboards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除组户信息
    ///
    /// `DELETE /v1.0/resident/departments`: DingTalk's `DeleteResidentDepartment` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteResidentDepartment")]
    #[doc(alias = "/v1.0/resident/departments")]
    #[doc(alias = "DELETE /v1.0/resident/departments")]
    pub fn delete_resident_department(
        &self,
        request: &DeleteResidentDepartmentRequest,
    ) -> rt::Call<DeleteResidentDepartmentResponseBody, DeleteResidentDepartmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteResidentDepartment",
            rt::Method::Delete,
            "/v1.0/resident/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除小区空间，含分区，楼栋，单元，房屋
    ///
    /// `POST /v1.0/resident/spaces/remove`: DingTalk's `DeleteSpace` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSpace")]
    #[doc(alias = "/v1.0/resident/spaces/remove")]
    #[doc(alias = "POST /v1.0/resident/spaces/remove")]
    pub fn delete_space(
        &self,
        request: &DeleteSpaceRequest,
    ) -> rt::Call<DeleteSpaceResponseBody, DeleteSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSpace",
            rt::Method::Post,
            "/v1.0/resident/spaces/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取指定群的openConversationId
    ///
    /// `GET /v1.0/resident/conversations`: DingTalk's `GetConversationId` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversationId")]
    #[doc(alias = "/v1.0/resident/conversations")]
    #[doc(alias = "GET /v1.0/resident/conversations")]
    pub fn get_conversation_id(
        &self,
        request: &GetConversationIdRequest,
    ) -> rt::Call<GetConversationIdResponseBody, GetConversationIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversationId",
            rt::Method::Get,
            "/v1.0/resident/conversations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织的行业类型
    ///
    /// `GET /v1.0/resident/organizations/industryTypes`: DingTalk's `GetIndustryType` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetIndustryType")]
    #[doc(alias = "/v1.0/resident/organizations/industryTypes")]
    #[doc(alias = "GET /v1.0/resident/organizations/industryTypes")]
    pub fn get_industry_type(
        &self,
    ) -> rt::Call<GetIndustryTypeResponseBody, GetIndustryTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIndustryType",
            rt::Method::Get,
            "/v1.0/resident/organizations/industryTypes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取物业公司信息
    ///
    /// `GET /v1.0/resident/propertyInfos`: DingTalk's `GetPropertyInfo` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPropertyInfo")]
    #[doc(alias = "/v1.0/resident/propertyInfos")]
    #[doc(alias = "GET /v1.0/resident/propertyInfos")]
    pub fn get_property_info(
        &self,
        request: &GetPropertyInfoRequest,
    ) -> rt::Call<GetPropertyInfoResponseBody, GetPropertyInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPropertyInfo",
            rt::Method::Get,
            "/v1.0/resident/propertyInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小区信息
    ///
    /// `GET /v1.0/resident/residentInfos`: DingTalk's `GetResidentInfo` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResidentInfo")]
    #[doc(alias = "/v1.0/resident/residentInfos")]
    #[doc(alias = "GET /v1.0/resident/residentInfos")]
    pub fn get_resident_info(
        &self,
        request: &GetResidentInfoRequest,
    ) -> rt::Call<GetResidentInfoResponseBody, GetResidentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentInfo",
            rt::Method::Get,
            "/v1.0/resident/residentInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取小区人员信息，包括居民和物业人员
    ///
    /// `POST /v1.0/resident/residences/query`: DingTalk's `GetResidentMembersInfo` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResidentMembersInfo")]
    #[doc(alias = "/v1.0/resident/residences/query")]
    #[doc(alias = "POST /v1.0/resident/residences/query")]
    pub fn get_resident_members_info(
        &self,
        request: &GetResidentMembersInfoRequest,
    ) -> rt::Call<GetResidentMembersInfoResponseBody, GetResidentMembersInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentMembersInfo",
            rt::Method::Post,
            "/v1.0/resident/residences/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据类型获取部门id
    ///
    /// `GET /v1.0/resident/spaces/types`: DingTalk's `GetSpaceIdByType` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpaceIdByType")]
    #[doc(alias = "/v1.0/resident/spaces/types")]
    #[doc(alias = "GET /v1.0/resident/spaces/types")]
    pub fn get_space_id_by_type(
        &self,
        request: &GetSpaceIdByTypeRequest,
    ) -> rt::Call<GetSpaceIdByTypeResponseBody, GetSpaceIdByTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpaceIdByType",
            rt::Method::Get,
            "/v1.0/resident/spaces/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取空间信息
    ///
    /// `POST /v1.0/resident/spaces/query`: DingTalk's `GetSpacesInfo` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpacesInfo")]
    #[doc(alias = "/v1.0/resident/spaces/query")]
    #[doc(alias = "POST /v1.0/resident/spaces/query")]
    pub fn get_spaces_info(
        &self,
        request: &GetSpacesInfoRequest,
    ) -> rt::Call<GetSpacesInfoResponseBody, GetSpacesInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpacesInfo",
            rt::Method::Post,
            "/v1.0/resident/spaces/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取行业角色下的用户列表
    ///
    /// `GET /v1.0/resident/industryRoles/users`: DingTalk's `ListIndustryRoleUsers` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListIndustryRoleUsers")]
    #[doc(alias = "/v1.0/resident/industryRoles/users")]
    #[doc(alias = "GET /v1.0/resident/industryRoles/users")]
    pub fn list_industry_role_users(
        &self,
        request: &ListIndustryRoleUsersRequest,
    ) -> rt::Call<ListIndustryRoleUsersResponseBody, ListIndustryRoleUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListIndustryRoleUsers",
            rt::Method::Get,
            "/v1.0/resident/industryRoles/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织维度配置的的积分规则
    ///
    /// `GET /v1.0/resident/points/rules`: DingTalk's `ListPointRules` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPointRules")]
    #[doc(alias = "/v1.0/resident/points/rules")]
    #[doc(alias = "GET /v1.0/resident/points/rules")]
    pub fn list_point_rules(
        &self,
        request: &ListPointRulesRequest,
    ) -> rt::Call<ListPointRulesResponseBody, ListPointRulesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPointRules",
            rt::Method::Get,
            "/v1.0/resident/points/rules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取子空间信息
    ///
    /// `GET /v1.0/resident/spaces/subSpaces`: DingTalk's `ListSubSpace` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSubSpace")]
    #[doc(alias = "/v1.0/resident/spaces/subSpaces")]
    #[doc(alias = "GET /v1.0/resident/spaces/subSpaces")]
    pub fn list_sub_space(
        &self,
        request: &ListSubSpaceRequest,
    ) -> rt::Call<ListSubSpaceResponseBody, ListSubSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubSpace",
            rt::Method::Get,
            "/v1.0/resident/spaces/subSpaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取未确认加入组织的用户
    ///
    /// `GET /v1.0/resident/organizations/noJoinUsers`: DingTalk's `ListUncheckUsers` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_uncheck_users_pages`].
    #[doc(alias = "ListUncheckUsers")]
    #[doc(alias = "/v1.0/resident/organizations/noJoinUsers")]
    #[doc(alias = "GET /v1.0/resident/organizations/noJoinUsers")]
    pub fn list_uncheck_users(
        &self,
        request: &ListUncheckUsersRequest,
    ) -> rt::Call<ListUncheckUsersResponseBody, ListUncheckUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUncheckUsers",
            rt::Method::Get,
            "/v1.0/resident/organizations/noJoinUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户行业化角色
    ///
    /// `GET /v1.0/resident/users/industryRoles`: DingTalk's `ListUserIndustryRoles` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListUserIndustryRoles")]
    #[doc(alias = "/v1.0/resident/users/industryRoles")]
    #[doc(alias = "GET /v1.0/resident/users/industryRoles")]
    pub fn list_user_industry_roles(
        &self,
        request: &ListUserIndustryRolesRequest,
    ) -> rt::Call<ListUserIndustryRolesResponseBody, ListUserIndustryRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserIndustryRoles",
            rt::Method::Get,
            "/v1.0/resident/users/industryRoles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数字区县居民积分流水
    ///
    /// `GET /v1.0/resident/points/records`: DingTalk's `PagePointHistory` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_point_history_pages`].
    #[doc(alias = "PagePointHistory")]
    #[doc(alias = "/v1.0/resident/points/records")]
    #[doc(alias = "GET /v1.0/resident/points/records")]
    pub fn page_point_history(
        &self,
        request: &PagePointHistoryRequest,
    ) -> rt::Call<PagePointHistoryResponseBody, PagePointHistoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PagePointHistory",
            rt::Method::Get,
            "/v1.0/resident/points/records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从空间中删除人员
    ///
    /// `POST /v1.0/resident/members/remove`: DingTalk's `RemoveResidentMember` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveResidentMember")]
    #[doc(alias = "/v1.0/resident/members/remove")]
    #[doc(alias = "POST /v1.0/resident/members/remove")]
    pub fn remove_resident_member(
        &self,
        request: &RemoveResidentMemberRequest,
    ) -> rt::Call<RemoveResidentMemberResponseBody, RemoveResidentMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveResidentMember",
            rt::Method::Post,
            "/v1.0/resident/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从户内移除居民
    ///
    /// `POST /v1.0/resident/users/remove`: DingTalk's `RemoveResidentUser` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveResidentUser")]
    #[doc(alias = "/v1.0/resident/users/remove")]
    #[doc(alias = "POST /v1.0/resident/users/remove")]
    pub fn remove_resident_user(
        &self,
        request: &RemoveResidentUserRequest,
    ) -> rt::Call<RemoveResidentUserResponseBody, RemoveResidentUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveResidentUser",
            rt::Method::Post,
            "/v1.0/resident/users/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索指定人员
    ///
    /// `GET /v1.0/resident/residences`: DingTalk's `SearchResident` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchResident")]
    #[doc(alias = "/v1.0/resident/residences")]
    #[doc(alias = "GET /v1.0/resident/residences")]
    pub fn search_resident(
        &self,
        request: &SearchResidentRequest,
    ) -> rt::Call<SearchResidentResponseBody, SearchResidentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchResident",
            rt::Method::Get,
            "/v1.0/resident/residences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新组信息
    ///
    /// `PUT /v1.0/resident/departments/updateResideceGroup`: DingTalk's `UpdateResideceGroup` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResideceGroup")]
    #[doc(alias = "/v1.0/resident/departments/updateResideceGroup")]
    #[doc(alias = "PUT /v1.0/resident/departments/updateResideceGroup")]
    pub fn update_residece_group(
        &self,
        request: &UpdateResideceGroupRequest,
    ) -> rt::Call<UpdateResideceGroupResponseBody, UpdateResideceGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResideceGroup",
            rt::Method::Put,
            "/v1.0/resident/departments/updateResideceGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新户信息
    ///
    /// `PUT /v1.0/resident/departments/updateResidece`: DingTalk's `UpdateResidence` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResidence")]
    #[doc(alias = "/v1.0/resident/departments/updateResidece")]
    #[doc(alias = "PUT /v1.0/resident/departments/updateResidece")]
    pub fn update_residence(
        &self,
        request: &UpdateResidenceRequest,
    ) -> rt::Call<UpdateResidenceResponseBody, UpdateResidenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResidence",
            rt::Method::Put,
            "/v1.0/resident/departments/updateResidece",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新小区公告
    ///
    /// `PUT /v1.0/resident/blackboards`: DingTalk's `UpdateResidentBlackBoard` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResidentBlackBoard")]
    #[doc(alias = "/v1.0/resident/blackboards")]
    #[doc(alias = "PUT /v1.0/resident/blackboards")]
    pub fn update_resident_black_board(
        &self,
        request: &UpdateResidentBlackBoardRequest,
    ) -> rt::Call<UpdateResidentBlackBoardResponseBody, UpdateResidentBlackBoardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResidentBlackBoard",
            rt::Method::Put,
            "/v1.0/resident/blackboards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新小区信息
    ///
    /// `PUT /v1.0/resident/residences`: DingTalk's `UpdateResidentInfo` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResidentInfo")]
    #[doc(alias = "/v1.0/resident/residences")]
    #[doc(alias = "PUT /v1.0/resident/residences")]
    pub fn update_resident_info(
        &self,
        request: &UpdateResidentInfoRequest,
    ) -> rt::Call<UpdateResidentInfoResponseBody, UpdateResidentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResidentInfo",
            rt::Method::Put,
            "/v1.0/resident/residences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新小区成员
    ///
    /// `PUT /v1.0/resident/members`: DingTalk's `UpdateResidentMember` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResidentMember")]
    #[doc(alias = "/v1.0/resident/members")]
    #[doc(alias = "PUT /v1.0/resident/members")]
    pub fn update_resident_member(
        &self,
        request: &UpdateResidentMemberRequest,
    ) -> rt::Call<UpdateResidentMemberResponseBody, UpdateResidentMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResidentMember",
            rt::Method::Put,
            "/v1.0/resident/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新居民信息
    ///
    /// `PUT /v1.0/resident/users`: DingTalk's `UpdateResidentUser` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateResidentUser")]
    #[doc(alias = "/v1.0/resident/users")]
    #[doc(alias = "PUT /v1.0/resident/users")]
    pub fn update_resident_user(
        &self,
        request: &UpdateResidentUserRequest,
    ) -> rt::Call<UpdateResidentUserResponseBody, UpdateResidentUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateResidentUser",
            rt::Method::Put,
            "/v1.0/resident/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新小区空间，含分区，楼栋，单元，房屋等信息
    ///
    /// `PUT /v1.0/resident/spaces`: DingTalk's `UpdateSpace` (module feature `resident_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSpace")]
    #[doc(alias = "/v1.0/resident/spaces")]
    #[doc(alias = "PUT /v1.0/resident/spaces")]
    pub fn update_space(
        &self,
        request: &UpdateSpaceRequest,
    ) -> rt::Call<UpdateSpaceResponseBody, UpdateSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSpace",
            rt::Method::Put,
            "/v1.0/resident/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_uncheck_users`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `values` of each page.
    pub fn list_uncheck_users_pages(
        &self,
        request: &ListUncheckUsersRequest,
    ) -> rt::Paginator<
        ListUncheckUsersResponseBody,
        ListUncheckUsersError,
        ListUncheckUsersResponseBodyValues,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["values"],
        );
        rt::Paginator::new(self.list_uncheck_users(request), &PAGING)
    }
    /// Every page of [`Api::page_point_history`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `pointRecordList` of each page.
    pub fn page_point_history_pages(
        &self,
        request: &PagePointHistoryRequest,
    ) -> rt::Paginator<
        PagePointHistoryResponseBody,
        PagePointHistoryError,
        PagePointHistoryResponseBodyPointRecordList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["pointRecordList"],
        );
        rt::Paginator::new(self.page_point_history(request), &PAGING)
    }
}
/// `AddResidentDepartmentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddResidentDepartmentResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    AddResidentDepartmentResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddResidentDepartmentResponseBody { "result" => optional(result) }
}
/// `AddResidentMemberRequestResidentAddInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddResidentMemberRequestResidentAddInfo {
    /// `deptId`.
    pub dept_id: i64,
    /// `isPropertyOwner`.
    pub is_property_owner: Option<bool>,
    /// `memberDeptExtension`.
    pub member_dept_extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `mobile`.
    pub mobile: String,
    /// `name`.
    pub name: String,
    /// `relateType`.
    pub relate_type: Option<String>,
}
/// The required fields of [`AddResidentMemberRequestResidentAddInfo`], each named where it is set: `AddResidentMemberRequestResidentAddInfo::new(AddResidentMemberRequestResidentAddInfoRequired { .. })`.
pub struct AddResidentMemberRequestResidentAddInfoRequired {
    /// `deptId`: see [`AddResidentMemberRequestResidentAddInfo::dept_id`].
    pub dept_id: i64,
    /// `mobile`: see [`AddResidentMemberRequestResidentAddInfo::mobile`].
    pub mobile: String,
    /// `name`: see [`AddResidentMemberRequestResidentAddInfo::name`].
    pub name: String,
}
impl AddResidentMemberRequestResidentAddInfo {
    /// A `AddResidentMemberRequestResidentAddInfo` with its required fields (`deptId`, `mobile`, `name`); set the others with the methods named after them.
    pub fn new(required: AddResidentMemberRequestResidentAddInfoRequired) -> Self {
        let AddResidentMemberRequestResidentAddInfoRequired { dept_id, mobile, name } = required;
        Self {
            dept_id,
            is_property_owner: None,
            member_dept_extension: None,
            mobile,
            name,
            relate_type: None,
        }
    }
    /// Sets `isPropertyOwner`.
    pub fn is_property_owner(mut self, value: bool) -> Self {
        self.is_property_owner = Some(value);
        self
    }
    /// Sets `memberDeptExtension`.
    pub fn member_dept_extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.member_dept_extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `relateType`.
    pub fn relate_type(mut self, value: impl Into<String>) -> Self {
        self.relate_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddResidentMemberRequestResidentAddInfo { "deptId" => field(dept_id),
    "isPropertyOwner" => optional(is_property_owner), "memberDeptExtension" =>
    optional(member_dept_extension), "mobile" => field(mobile), "name" => field(name),
    "relateType" => optional(relate_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddResidentMemberRequestResidentAddInfo { "deptId" => read_field(dept_id),
    "isPropertyOwner" => read_field(is_property_owner), "memberDeptExtension" =>
    read_field(member_dept_extension), "mobile" => read_field(mobile), "name" =>
    read_field(name), "relateType" => read_field(relate_type) }
}
/// `AddResidentMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddResidentMemberResponseBody {
    /// `status`.
    pub status: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    AddResidentMemberResponseBody { "status" => read_field(status), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddResidentMemberResponseBody { "status" => optional(status), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `AddResidentUsersRequestExtField`, a model several operations share: also named [`UpdateResidentUserRequestExtField`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddResidentUsersRequestExtField {
    /// `itemName`.
    pub item_name: Option<String>,
    /// `itemValue`.
    pub item_value: Option<String>,
}
impl AddResidentUsersRequestExtField {
    /// An empty `AddResidentUsersRequestExtField`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `itemName`.
    pub fn item_name(mut self, value: impl Into<String>) -> Self {
        self.item_name = Some(value.into());
        self
    }
    /// Sets `itemValue`.
    pub fn item_value(mut self, value: impl Into<String>) -> Self {
        self.item_value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddResidentUsersRequestExtField { "itemName" => optional(item_name), "itemValue" =>
    optional(item_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddResidentUsersRequestExtField { "itemName" => read_field(item_name), "itemValue" =>
    read_field(item_value) }
}
/// `AddResidentUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddResidentUsersResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    AddResidentUsersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddResidentUsersResponseBody { "result" => optional(result) }
}
/// `CreateResidentBlackBoardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateResidentBlackBoardResponseBody {
    /// `blackBoardId`.
    pub black_board_id: Option<String>,
}
rt::impl_deserialize! {
    CreateResidentBlackBoardResponseBody { "blackBoardId" => read_field(black_board_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateResidentBlackBoardResponseBody { "blackBoardId" => optional(black_board_id) }
}
/// `CreateSpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSpaceResponseBody {
    /// `deptId`.
    pub dept_id: Option<String>,
}
rt::impl_deserialize! {
    CreateSpaceResponseBody { "deptId" => read_field(dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSpaceResponseBody { "deptId" => optional(dept_id) }
}
/// `DeleteResidentBlackBoardResponseBody`, a model several operations share: also named [`RemoveResidentMemberResponseBody`], [`UpdateResidentInfoResponseBody`], [`UpdateResidentMemberResponseBody`], [`UpdateSpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteResidentBlackBoardResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteResidentBlackBoardResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteResidentBlackBoardResponseBody { "success" => optional(success) }
}
/// `DeleteResidentDepartmentResponseBody`, a model several operations share: also named [`RemoveResidentUserResponseBody`], [`UpdateResideceGroupResponseBody`], [`UpdateResidenceResponseBody`], [`UpdateResidentUserResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteResidentDepartmentResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DeleteResidentDepartmentResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteResidentDepartmentResponseBody { "result" => optional(result) }
}
/// `DeleteSpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteSpaceResponseBody {
    /// `delFailedDept`.
    pub del_failed_dept: Option<Vec<DeleteSpaceResponseBodyDelFailedDept>>,
    /// `delSuccessCount`.
    pub del_success_count: Option<bool>,
}
rt::impl_deserialize! {
    DeleteSpaceResponseBody { "delFailedDept" => read_field(del_failed_dept),
    "delSuccessCount" => read_field(del_success_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteSpaceResponseBody { "delFailedDept" => optional(del_failed_dept),
    "delSuccessCount" => optional(del_success_count) }
}
/// `GetConversationIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationIdResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GetConversationIdResponseBody { "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationIdResponseBody { "openConversationId" =>
    optional(open_conversation_id) }
}
/// `GetIndustryTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetIndustryTypeResponseBody {
    /// `industryType`.
    pub industry_type: Option<String>,
}
rt::impl_deserialize! {
    GetIndustryTypeResponseBody { "industryType" => read_field(industry_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetIndustryTypeResponseBody { "industryType" => optional(industry_type) }
}
/// `GetPropertyInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPropertyInfoResponseBody {
    /// `adminName`.
    pub admin_name: Option<String>,
    /// `adminUserId`.
    pub admin_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `unifiedSocialCredit`.
    pub unified_social_credit: Option<String>,
}
rt::impl_deserialize! {
    GetPropertyInfoResponseBody { "adminName" => read_field(admin_name), "adminUserId" =>
    read_field(admin_user_id), "name" => read_field(name), "orgId" => read_field(org_id),
    "unifiedSocialCredit" => read_field(unified_social_credit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPropertyInfoResponseBody { "adminName" => optional(admin_name), "adminUserId" =>
    optional(admin_user_id), "name" => optional(name), "orgId" => optional(org_id),
    "unifiedSocialCredit" => optional(unified_social_credit) }
}
/// `GetResidentInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResidentInfoResponseBody {
    /// `address`.
    pub address: Option<String>,
    /// `allUserGroupOpenConversationId`.
    pub all_user_group_open_conversation_id: Option<String>,
    /// `allUserGroupOwnerUserId`.
    pub all_user_group_owner_user_id: Option<String>,
    /// `buildingArea`.
    pub building_area: Option<f64>,
    /// `cityId`.
    pub city_id: Option<i64>,
    /// `contactMode`.
    pub contact_mode: Option<i64>,
    /// `countyId`.
    pub county_id: Option<i64>,
    /// `deliveryTime`.
    pub delivery_time: Option<i64>,
    /// `location`.
    pub location: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `projectManager`.
    pub project_manager: Option<GetResidentInfoResponseBodyProjectManager>,
    /// `propertyDeptGroupOpenConversationId`.
    pub property_dept_group_open_conversation_id: Option<String>,
    /// `propertyDeptGroupOwnerUserId`.
    pub property_dept_group_owner_user_id: Option<String>,
    /// `provId`.
    pub prov_id: Option<i64>,
    /// `scopeEast`.
    pub scope_east: Option<String>,
    /// `scopeNorth`.
    pub scope_north: Option<String>,
    /// `scopeSouth`.
    pub scope_south: Option<String>,
    /// `scopeWest`.
    pub scope_west: Option<String>,
    /// `telephone`.
    pub telephone: Option<String>,
    /// `townId`.
    pub town_id: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    GetResidentInfoResponseBody { "address" => read_field(address),
    "allUserGroupOpenConversationId" => read_field(all_user_group_open_conversation_id),
    "allUserGroupOwnerUserId" => read_field(all_user_group_owner_user_id), "buildingArea"
    => read_field(building_area), "cityId" => read_field(city_id), "contactMode" =>
    read_field(contact_mode), "countyId" => read_field(county_id), "deliveryTime" =>
    read_field(delivery_time), "location" => read_field(location), "name" =>
    read_field(name), "projectManager" => read_field(project_manager),
    "propertyDeptGroupOpenConversationId" =>
    read_field(property_dept_group_open_conversation_id), "propertyDeptGroupOwnerUserId"
    => read_field(property_dept_group_owner_user_id), "provId" => read_field(prov_id),
    "scopeEast" => read_field(scope_east), "scopeNorth" => read_field(scope_north),
    "scopeSouth" => read_field(scope_south), "scopeWest" => read_field(scope_west),
    "telephone" => read_field(telephone), "townId" => read_field(town_id), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentInfoResponseBody { "address" => optional(address),
    "allUserGroupOpenConversationId" => optional(all_user_group_open_conversation_id),
    "allUserGroupOwnerUserId" => optional(all_user_group_owner_user_id), "buildingArea"
    => optional(building_area), "cityId" => optional(city_id), "contactMode" =>
    optional(contact_mode), "countyId" => optional(county_id), "deliveryTime" =>
    optional(delivery_time), "location" => optional(location), "name" => optional(name),
    "projectManager" => optional(project_manager), "propertyDeptGroupOpenConversationId"
    => optional(property_dept_group_open_conversation_id), "propertyDeptGroupOwnerUserId"
    => optional(property_dept_group_owner_user_id), "provId" => optional(prov_id),
    "scopeEast" => optional(scope_east), "scopeNorth" => optional(scope_north),
    "scopeSouth" => optional(scope_south), "scopeWest" => optional(scope_west),
    "telephone" => optional(telephone), "townId" => optional(town_id), "type" =>
    optional(r#type) }
}
/// `GetResidentMembersInfoResponseBody`, a model several operations share: also named [`SearchResidentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResidentMembersInfoResponseBody {
    /// `residenceList`.
    pub residence_list: Option<Vec<GetResidentMembersInfoResponseBodyResidenceList>>,
}
rt::impl_deserialize! {
    GetResidentMembersInfoResponseBody { "residenceList" => read_field(residence_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentMembersInfoResponseBody { "residenceList" => optional(residence_list) }
}
/// `GetSpaceIdByTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceIdByTypeResponseBody {
    /// `referId`.
    pub refer_id: Option<i64>,
}
rt::impl_deserialize! {
    GetSpaceIdByTypeResponseBody { "referId" => read_field(refer_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceIdByTypeResponseBody { "referId" => optional(refer_id) }
}
/// `GetSpacesInfoResponseBody`, a model several operations share: also named [`ListSubSpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpacesInfoResponseBody {
    /// `spaceList`.
    pub space_list: Option<Vec<GetSpacesInfoResponseBodySpaceList>>,
}
rt::impl_deserialize! {
    GetSpacesInfoResponseBody { "spaceList" => read_field(space_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpacesInfoResponseBody { "spaceList" => optional(space_list) }
}
/// `ListIndustryRoleUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListIndustryRoleUsersResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ListIndustryRoleUsersResponseBody { "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListIndustryRoleUsersResponseBody { "userIdList" => optional(user_id_list) }
}
/// `ListPointRulesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPointRulesResponseBody {
    /// `pointRuleList`.
    pub point_rule_list: Option<Vec<ListPointRulesResponseBodyPointRuleList>>,
}
rt::impl_deserialize! {
    ListPointRulesResponseBody { "pointRuleList" => read_field(point_rule_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPointRulesResponseBody { "pointRuleList" => optional(point_rule_list) }
}
/// `ListSubSpaceResponseBody`: the same model as [`GetSpacesInfoResponseBody`].
pub type ListSubSpaceResponseBody = GetSpacesInfoResponseBody;
/// `ListUncheckUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUncheckUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `values`.
    pub values: Option<Vec<ListUncheckUsersResponseBodyValues>>,
}
rt::impl_deserialize! {
    ListUncheckUsersResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUncheckUsersResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "values" => optional(values) }
}
/// `ListUserIndustryRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserIndustryRolesResponseBody {
    /// `roleList`.
    pub role_list: Option<Vec<ListUserIndustryRolesResponseBodyRoleList>>,
}
rt::impl_deserialize! {
    ListUserIndustryRolesResponseBody { "roleList" => read_field(role_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserIndustryRolesResponseBody { "roleList" => optional(role_list) }
}
/// `PagePointHistoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PagePointHistoryResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `pointRecordList`.
    pub point_record_list: Option<Vec<PagePointHistoryResponseBodyPointRecordList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    PagePointHistoryResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "pointRecordList" => read_field(point_record_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagePointHistoryResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "pointRecordList" => optional(point_record_list), "totalCount"
    => optional(total_count) }
}
/// `RemoveResidentMemberResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type RemoveResidentMemberResponseBody = DeleteResidentBlackBoardResponseBody;
/// `RemoveResidentUserResponseBody`: the same model as [`DeleteResidentDepartmentResponseBody`].
pub type RemoveResidentUserResponseBody = DeleteResidentDepartmentResponseBody;
/// `SearchResidentResponseBody`: the same model as [`GetResidentMembersInfoResponseBody`].
pub type SearchResidentResponseBody = GetResidentMembersInfoResponseBody;
/// `UpdateResideceGroupResponseBody`: the same model as [`DeleteResidentDepartmentResponseBody`].
pub type UpdateResideceGroupResponseBody = DeleteResidentDepartmentResponseBody;
/// `UpdateResidenceResponseBody`: the same model as [`DeleteResidentDepartmentResponseBody`].
pub type UpdateResidenceResponseBody = DeleteResidentDepartmentResponseBody;
/// `UpdateResidentBlackBoardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateResidentBlackBoardResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateResidentBlackBoardResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateResidentBlackBoardResponseBody { "success" => optional(success) }
}
/// `UpdateResidentInfoResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateResidentInfoResponseBody = DeleteResidentBlackBoardResponseBody;
/// `UpdateResidentMemberRequestResidentUpdateInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentMemberRequestResidentUpdateInfo {
    /// `deptId`.
    pub dept_id: i64,
    /// `isPropertyOwner`.
    pub is_property_owner: Option<bool>,
    /// `memberDeptExtension`.
    pub member_dept_extension: Option<rt::BTreeMap<String, String>>,
    /// `name`.
    pub name: String,
    /// `oldDeptId`.
    pub old_dept_id: i64,
    /// `relateType`.
    pub relate_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`UpdateResidentMemberRequestResidentUpdateInfo`], each named where it is set: `UpdateResidentMemberRequestResidentUpdateInfo::new(UpdateResidentMemberRequestResidentUpdateInfoRequired { .. })`.
pub struct UpdateResidentMemberRequestResidentUpdateInfoRequired {
    /// `deptId`: see [`UpdateResidentMemberRequestResidentUpdateInfo::dept_id`].
    pub dept_id: i64,
    /// `name`: see [`UpdateResidentMemberRequestResidentUpdateInfo::name`].
    pub name: String,
    /// `oldDeptId`: see [`UpdateResidentMemberRequestResidentUpdateInfo::old_dept_id`].
    pub old_dept_id: i64,
}
impl UpdateResidentMemberRequestResidentUpdateInfo {
    /// A `UpdateResidentMemberRequestResidentUpdateInfo` with its required fields (`deptId`, `name`, `oldDeptId`); set the others with the methods named after them.
    pub fn new(required: UpdateResidentMemberRequestResidentUpdateInfoRequired) -> Self {
        let UpdateResidentMemberRequestResidentUpdateInfoRequired {
            dept_id,
            name,
            old_dept_id,
        } = required;
        Self {
            dept_id,
            is_property_owner: None,
            member_dept_extension: None,
            name,
            old_dept_id,
            relate_type: None,
            user_id: None,
        }
    }
    /// Sets `isPropertyOwner`.
    pub fn is_property_owner(mut self, value: bool) -> Self {
        self.is_property_owner = Some(value);
        self
    }
    /// Sets `memberDeptExtension`.
    pub fn member_dept_extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.member_dept_extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `relateType`.
    pub fn relate_type(mut self, value: impl Into<String>) -> Self {
        self.relate_type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateResidentMemberRequestResidentUpdateInfo { "deptId" => field(dept_id),
    "isPropertyOwner" => optional(is_property_owner), "memberDeptExtension" =>
    optional(member_dept_extension), "name" => field(name), "oldDeptId" =>
    field(old_dept_id), "relateType" => optional(relate_type), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidentMemberRequestResidentUpdateInfo { "deptId" => read_field(dept_id),
    "isPropertyOwner" => read_field(is_property_owner), "memberDeptExtension" =>
    read_field(member_dept_extension), "name" => read_field(name), "oldDeptId" =>
    read_field(old_dept_id), "relateType" => read_field(relate_type), "userId" =>
    read_field(user_id) }
}
/// `UpdateResidentMemberResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateResidentMemberResponseBody = DeleteResidentBlackBoardResponseBody;
/// `UpdateResidentUserRequestExtField`: the same model as [`AddResidentUsersRequestExtField`].
pub type UpdateResidentUserRequestExtField = AddResidentUsersRequestExtField;
/// `UpdateResidentUserResponseBody`: the same model as [`DeleteResidentDepartmentResponseBody`].
pub type UpdateResidentUserResponseBody = DeleteResidentDepartmentResponseBody;
/// `UpdateSpaceRequestSpaceInfoVOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSpaceRequestSpaceInfoVOList {
    /// `billingArea`.
    pub billing_area: Option<f64>,
    /// `buildingArea`.
    pub building_area: Option<f64>,
    /// `buildingType`.
    pub building_type: Option<i64>,
    /// `deptId`.
    pub dept_id: i64,
    /// `floor`.
    pub floor: Option<String>,
    /// `houseState`.
    pub house_state: Option<i64>,
    /// `houseType`.
    pub house_type: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDeptId`.
    pub parent_dept_id: Option<i64>,
    /// `tagCode`.
    pub tag_code: String,
}
/// The required fields of [`UpdateSpaceRequestSpaceInfoVOList`], each named where it is set: `UpdateSpaceRequestSpaceInfoVOList::new(UpdateSpaceRequestSpaceInfoVOListRequired { .. })`.
pub struct UpdateSpaceRequestSpaceInfoVOListRequired {
    /// `deptId`: see [`UpdateSpaceRequestSpaceInfoVOList::dept_id`].
    pub dept_id: i64,
    /// `tagCode`: see [`UpdateSpaceRequestSpaceInfoVOList::tag_code`].
    pub tag_code: String,
}
impl UpdateSpaceRequestSpaceInfoVOList {
    /// A `UpdateSpaceRequestSpaceInfoVOList` with its required fields (`deptId`, `tagCode`); set the others with the methods named after them.
    pub fn new(required: UpdateSpaceRequestSpaceInfoVOListRequired) -> Self {
        let UpdateSpaceRequestSpaceInfoVOListRequired { dept_id, tag_code } = required;
        Self {
            billing_area: None,
            building_area: None,
            building_type: None,
            dept_id,
            floor: None,
            house_state: None,
            house_type: None,
            name: None,
            parent_dept_id: None,
            tag_code,
        }
    }
    /// Sets `billingArea`.
    pub fn billing_area(mut self, value: f64) -> Self {
        self.billing_area = Some(value);
        self
    }
    /// Sets `buildingArea`.
    pub fn building_area(mut self, value: f64) -> Self {
        self.building_area = Some(value);
        self
    }
    /// Sets `buildingType`.
    pub fn building_type(mut self, value: i64) -> Self {
        self.building_type = Some(value);
        self
    }
    /// Sets `floor`.
    pub fn floor(mut self, value: impl Into<String>) -> Self {
        self.floor = Some(value.into());
        self
    }
    /// Sets `houseState`.
    pub fn house_state(mut self, value: i64) -> Self {
        self.house_state = Some(value);
        self
    }
    /// Sets `houseType`.
    pub fn house_type(mut self, value: i64) -> Self {
        self.house_type = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `parentDeptId`.
    pub fn parent_dept_id(mut self, value: i64) -> Self {
        self.parent_dept_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateSpaceRequestSpaceInfoVOList { "billingArea" => optional(billing_area),
    "buildingArea" => optional(building_area), "buildingType" => optional(building_type),
    "deptId" => field(dept_id), "floor" => optional(floor), "houseState" =>
    optional(house_state), "houseType" => optional(house_type), "name" => optional(name),
    "parentDeptId" => optional(parent_dept_id), "tagCode" => field(tag_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSpaceRequestSpaceInfoVOList { "billingArea" => read_field(billing_area),
    "buildingArea" => read_field(building_area), "buildingType" =>
    read_field(building_type), "deptId" => read_field(dept_id), "floor" =>
    read_field(floor), "houseState" => read_field(house_state), "houseType" =>
    read_field(house_type), "name" => read_field(name), "parentDeptId" =>
    read_field(parent_dept_id), "tagCode" => read_field(tag_code) }
}
/// `UpdateSpaceResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateSpaceResponseBody = DeleteResidentBlackBoardResponseBody;
/// `DeleteSpaceResponseBodyDelFailedDept`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteSpaceResponseBodyDelFailedDept {
    /// `deptId`.
    pub dept_id: Option<i64>,
}
rt::impl_deserialize! {
    DeleteSpaceResponseBodyDelFailedDept { "deptId" => read_field(dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteSpaceResponseBodyDelFailedDept { "deptId" => optional(dept_id) }
}
/// `GetResidentInfoResponseBodyProjectManager`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResidentInfoResponseBodyProjectManager {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    GetResidentInfoResponseBodyProjectManager { "avatar" => read_field(avatar), "userId"
    => read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentInfoResponseBodyProjectManager { "avatar" => optional(avatar), "userId" =>
    optional(user_id), "userName" => optional(user_name) }
}
/// `GetResidentMembersInfoResponseBodyResidenceList`, a model several operations share: also named [`SearchResidentResponseBodyResidenceList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResidentMembersInfoResponseBodyResidenceList {
    /// `active`.
    pub active: Option<bool>,
    /// `extField`.
    pub ext_field: Option<String>,
    /// `isPropertyOwner`.
    pub is_property_owner: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `relateType`.
    pub relate_type: Option<String>,
}
rt::impl_deserialize! {
    GetResidentMembersInfoResponseBodyResidenceList { "active" => read_field(active),
    "extField" => read_field(ext_field), "isPropertyOwner" =>
    read_field(is_property_owner), "name" => read_field(name), "relateType" =>
    read_field(relate_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentMembersInfoResponseBodyResidenceList { "active" => optional(active),
    "extField" => optional(ext_field), "isPropertyOwner" => optional(is_property_owner),
    "name" => optional(name), "relateType" => optional(relate_type) }
}
/// `GetSpacesInfoResponseBodySpaceList`, a model several operations share: also named [`ListSubSpaceResponseBodySpaceList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpacesInfoResponseBodySpaceList {
    /// `billingArea`.
    pub billing_area: Option<f64>,
    /// `buildingArea`.
    pub building_area: Option<f64>,
    /// `floor`.
    pub floor: Option<String>,
    /// `houseState`.
    pub house_state: Option<i64>,
    /// `isVirtual`.
    pub is_virtual: Option<i64>,
    /// `parentReferId`.
    pub parent_refer_id: Option<i64>,
    /// `referId`.
    pub refer_id: Option<i64>,
    /// `spaceName`.
    pub space_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetSpacesInfoResponseBodySpaceList { "billingArea" => read_field(billing_area),
    "buildingArea" => read_field(building_area), "floor" => read_field(floor),
    "houseState" => read_field(house_state), "isVirtual" => read_field(is_virtual),
    "parentReferId" => read_field(parent_refer_id), "referId" => read_field(refer_id),
    "spaceName" => read_field(space_name), "tagCode" => read_field(tag_code), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpacesInfoResponseBodySpaceList { "billingArea" => optional(billing_area),
    "buildingArea" => optional(building_area), "floor" => optional(floor), "houseState"
    => optional(house_state), "isVirtual" => optional(is_virtual), "parentReferId" =>
    optional(parent_refer_id), "referId" => optional(refer_id), "spaceName" =>
    optional(space_name), "tagCode" => optional(tag_code), "type" => optional(r#type) }
}
/// `ListPointRulesResponseBodyPointRuleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPointRulesResponseBodyPointRuleList {
    /// `dayLimitTimes`.
    pub day_limit_times: Option<i64>,
    /// `extension`.
    pub extension: Option<String>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `orderId`.
    pub order_id: Option<i64>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `ruleName`.
    pub rule_name: Option<String>,
    /// `score`.
    pub score: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    ListPointRulesResponseBodyPointRuleList { "dayLimitTimes" =>
    read_field(day_limit_times), "extension" => read_field(extension), "groupId" =>
    read_field(group_id), "orderId" => read_field(order_id), "ruleCode" =>
    read_field(rule_code), "ruleName" => read_field(rule_name), "score" =>
    read_field(score), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPointRulesResponseBodyPointRuleList { "dayLimitTimes" =>
    optional(day_limit_times), "extension" => optional(extension), "groupId" =>
    optional(group_id), "orderId" => optional(order_id), "ruleCode" =>
    optional(rule_code), "ruleName" => optional(rule_name), "score" => optional(score),
    "status" => optional(status) }
}
/// `ListSubSpaceResponseBodySpaceList`: the same model as [`GetSpacesInfoResponseBodySpaceList`].
pub type ListSubSpaceResponseBodySpaceList = GetSpacesInfoResponseBodySpaceList;
/// `ListUncheckUsersResponseBodyValues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUncheckUsersResponseBodyValues {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `extension`.
    pub extension: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `isPropertyOwner`.
    pub is_property_owner: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `unionId`.
    pub union_id: Option<i64>,
}
rt::impl_deserialize! {
    ListUncheckUsersResponseBodyValues { "deptId" => read_field(dept_id), "extension" =>
    read_field(extension), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "isPropertyOwner" => read_field(is_property_owner), "name"
    => read_field(name), "status" => read_field(status), "unionId" =>
    read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUncheckUsersResponseBodyValues { "deptId" => optional(dept_id), "extension" =>
    optional(extension), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "isPropertyOwner" => optional(is_property_owner), "name" =>
    optional(name), "status" => optional(status), "unionId" => optional(union_id) }
}
/// `ListUserIndustryRolesResponseBodyRoleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserIndustryRolesResponseBodyRoleList {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
rt::impl_deserialize! {
    ListUserIndustryRolesResponseBodyRoleList { "roleId" => read_field(role_id),
    "roleName" => read_field(role_name), "tagCode" => read_field(tag_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserIndustryRolesResponseBodyRoleList { "roleId" => optional(role_id), "roleName"
    => optional(role_name), "tagCode" => optional(tag_code) }
}
/// `PagePointHistoryResponseBodyPointRecordList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PagePointHistoryResponseBodyPointRecordList {
    /// `createAt`.
    pub create_at: Option<i64>,
    /// `ruleCode`.
    pub rule_code: Option<String>,
    /// `ruleName`.
    pub rule_name: Option<String>,
    /// `score`.
    pub score: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    PagePointHistoryResponseBodyPointRecordList { "createAt" => read_field(create_at),
    "ruleCode" => read_field(rule_code), "ruleName" => read_field(rule_name), "score" =>
    read_field(score), "userId" => read_field(user_id), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PagePointHistoryResponseBodyPointRecordList { "createAt" => optional(create_at),
    "ruleCode" => optional(rule_code), "ruleName" => optional(rule_name), "score" =>
    optional(score), "userId" => optional(user_id), "uuid" => optional(uuid) }
}
/// `SearchResidentResponseBodyResidenceList`: the same model as [`GetResidentMembersInfoResponseBodyResidenceList`].
pub type SearchResidentResponseBodyResidenceList = GetResidentMembersInfoResponseBodyResidenceList;
/// The request of [`Api::add_point`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPointRequest {
    /// `actionTime`: a query parameter.
    pub action_time: Option<i64>,
    /// `isCircle`: a query parameter.
    pub is_circle: bool,
    /// `ruleCode`: a query parameter.
    pub rule_code: Option<String>,
    /// `ruleName`: a query parameter.
    pub rule_name: String,
    /// `score`: a query parameter.
    pub score: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `uuid`: a query parameter.
    pub uuid: String,
}
/// The required fields of [`AddPointRequest`], each named where it is set: `AddPointRequest::new(AddPointRequired { .. })`.
pub struct AddPointRequired {
    /// `isCircle`: see [`AddPointRequest::is_circle`].
    pub is_circle: bool,
    /// `ruleName`: see [`AddPointRequest::rule_name`].
    pub rule_name: String,
    /// `score`: see [`AddPointRequest::score`].
    pub score: i64,
    /// `userId`: see [`AddPointRequest::user_id`].
    pub user_id: String,
    /// `uuid`: see [`AddPointRequest::uuid`].
    pub uuid: String,
}
impl AddPointRequest {
    /// A `AddPointRequest` with its required fields (`isCircle`, `ruleName`, `score`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: AddPointRequired) -> Self {
        let AddPointRequired { is_circle, rule_name, score, user_id, uuid } = required;
        Self {
            action_time: None,
            is_circle,
            rule_code: None,
            rule_name,
            score,
            user_id,
            uuid,
        }
    }
    /// Sets `actionTime`.
    pub fn action_time(mut self, value: i64) -> Self {
        self.action_time = Some(value);
        self
    }
    /// Sets `ruleCode`.
    pub fn rule_code(mut self, value: impl Into<String>) -> Self {
        self.rule_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPointRequest { "actionTime" => read_field(action_time), "isCircle" =>
    read_field(is_circle), "ruleCode" => read_field(rule_code), "ruleName" =>
    read_field(rule_name), "score" => read_field(score), "userId" => read_field(user_id),
    "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for AddPointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionTime", &self.action_time);
        writer.query("isCircle", &self.is_circle);
        writer.query("ruleCode", &self.rule_code);
        writer.query("ruleName", &self.rule_name);
        writer.query("score", &self.score);
        writer.query("userId", &self.user_id);
        writer.query("uuid", &self.uuid);
    }
}
/// The request of [`Api::add_resident_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddResidentDepartmentRequest {
    /// `departmentName`: a query parameter.
    pub department_name: String,
    /// `isResidenceGroup`: a query parameter.
    pub is_residence_group: Option<bool>,
    /// `parentDepartmentId`: a query parameter.
    pub parent_department_id: i64,
}
/// The required fields of [`AddResidentDepartmentRequest`], each named where it is set: `AddResidentDepartmentRequest::new(AddResidentDepartmentRequired { .. })`.
pub struct AddResidentDepartmentRequired {
    /// `departmentName`: see [`AddResidentDepartmentRequest::department_name`].
    pub department_name: String,
    /// `parentDepartmentId`: see [`AddResidentDepartmentRequest::parent_department_id`].
    pub parent_department_id: i64,
}
impl AddResidentDepartmentRequest {
    /// A `AddResidentDepartmentRequest` with its required fields (`departmentName`, `parentDepartmentId`); set the others with the methods named after them.
    pub fn new(required: AddResidentDepartmentRequired) -> Self {
        let AddResidentDepartmentRequired { department_name, parent_department_id } = required;
        Self {
            department_name,
            is_residence_group: None,
            parent_department_id,
        }
    }
    /// Sets `isResidenceGroup`.
    pub fn is_residence_group(mut self, value: bool) -> Self {
        self.is_residence_group = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddResidentDepartmentRequest { "departmentName" => read_field(department_name),
    "isResidenceGroup" => read_field(is_residence_group), "parentDepartmentId" =>
    read_field(parent_department_id) }
}
impl rt::WriteRequest for AddResidentDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentName", &self.department_name);
        writer.query("isResidenceGroup", &self.is_residence_group);
        writer.query("parentDepartmentId", &self.parent_department_id);
    }
}
/// The request of [`Api::add_resident_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddResidentMemberRequest {
    /// `residentAddInfo`.
    pub resident_add_info: AddResidentMemberRequestResidentAddInfo,
}
/// The required fields of [`AddResidentMemberRequest`], each named where it is set: `AddResidentMemberRequest::new(AddResidentMemberRequired { .. })`.
pub struct AddResidentMemberRequired {
    /// `residentAddInfo`: see [`AddResidentMemberRequest::resident_add_info`].
    pub resident_add_info: AddResidentMemberRequestResidentAddInfo,
}
impl AddResidentMemberRequest {
    /// A `AddResidentMemberRequest` with its required fields (`residentAddInfo`); set the others with the methods named after them.
    pub fn new(required: AddResidentMemberRequired) -> Self {
        let AddResidentMemberRequired { resident_add_info } = required;
        Self { resident_add_info }
    }
}
rt::impl_serialize! {
    AddResidentMemberRequest { "residentAddInfo" => field(resident_add_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddResidentMemberRequest { "residentAddInfo" => read_field(resident_add_info) }
}
impl rt::WriteRequest for AddResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_resident_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddResidentUsersRequest {
    /// `address`: a query parameter.
    pub address: Option<String>,
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `extField`: a query parameter, one value per key (`name.1=..`).
    pub ext_field: Option<Vec<AddResidentUsersRequestExtField>>,
    /// `isLeaseholder`: a query parameter.
    pub is_leaseholder: Option<bool>,
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `relateType`: a query parameter.
    pub relate_type: Option<String>,
    /// `userName`: a query parameter.
    pub user_name: String,
}
/// The required fields of [`AddResidentUsersRequest`], each named where it is set: `AddResidentUsersRequest::new(AddResidentUsersRequired { .. })`.
pub struct AddResidentUsersRequired {
    /// `departmentId`: see [`AddResidentUsersRequest::department_id`].
    pub department_id: i64,
    /// `userName`: see [`AddResidentUsersRequest::user_name`].
    pub user_name: String,
}
impl AddResidentUsersRequest {
    /// A `AddResidentUsersRequest` with its required fields (`departmentId`, `userName`); set the others with the methods named after them.
    pub fn new(required: AddResidentUsersRequired) -> Self {
        let AddResidentUsersRequired { department_id, user_name } = required;
        Self {
            address: None,
            department_id,
            ext_field: None,
            is_leaseholder: None,
            mobile: None,
            relate_type: None,
            user_name,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `extField`.
    pub fn ext_field(
        mut self,
        value: impl IntoIterator<Item = AddResidentUsersRequestExtField>,
    ) -> Self {
        self.ext_field = Some(value.into_iter().collect());
        self
    }
    /// Sets `isLeaseholder`.
    pub fn is_leaseholder(mut self, value: bool) -> Self {
        self.is_leaseholder = Some(value);
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `relateType`.
    pub fn relate_type(mut self, value: impl Into<String>) -> Self {
        self.relate_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddResidentUsersRequest { "address" => read_field(address), "departmentId" =>
    read_field(department_id), "extField" => read_field(ext_field), "isLeaseholder" =>
    read_field(is_leaseholder), "mobile" => read_field(mobile), "relateType" =>
    read_field(relate_type), "userName" => read_field(user_name) }
}
impl rt::WriteRequest for AddResidentUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("address", &self.address);
        writer.query("departmentId", &self.department_id);
        writer.query_flat("extField", &self.ext_field);
        writer.query("isLeaseholder", &self.is_leaseholder);
        writer.query("mobile", &self.mobile);
        writer.query("relateType", &self.relate_type);
        writer.query("userName", &self.user_name);
    }
}
/// The request of [`Api::create_resident_black_board`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateResidentBlackBoardRequest {
    /// `context`.
    pub context: String,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `sendTime`.
    pub send_time: Option<String>,
    /// `title`.
    pub title: String,
}
/// The required fields of [`CreateResidentBlackBoardRequest`], each named where it is set: `CreateResidentBlackBoardRequest::new(CreateResidentBlackBoardRequired { .. })`.
pub struct CreateResidentBlackBoardRequired {
    /// `context`: see [`CreateResidentBlackBoardRequest::context`].
    pub context: String,
    /// `title`: see [`CreateResidentBlackBoardRequest::title`].
    pub title: String,
}
impl CreateResidentBlackBoardRequest {
    /// A `CreateResidentBlackBoardRequest` with its required fields (`context`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateResidentBlackBoardRequired) -> Self {
        let CreateResidentBlackBoardRequired { context, title } = required;
        Self {
            context,
            media_id: None,
            send_time: None,
            title,
        }
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `sendTime`.
    pub fn send_time(mut self, value: impl Into<String>) -> Self {
        self.send_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateResidentBlackBoardRequest { "context" => field(context), "mediaId" =>
    optional(media_id), "sendTime" => optional(send_time), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateResidentBlackBoardRequest { "context" => read_field(context), "mediaId" =>
    read_field(media_id), "sendTime" => read_field(send_time), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for CreateResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSpaceRequest {
    /// `billingArea`.
    pub billing_area: Option<f64>,
    /// `buildingArea`.
    pub building_area: Option<f64>,
    /// `floor`.
    pub floor: Option<String>,
    /// `houseState`.
    pub house_state: Option<i64>,
    /// `name`.
    pub name: String,
    /// `parentDeptId`.
    pub parent_dept_id: String,
    /// `tagCode`.
    pub tag_code: String,
    /// `type`.
    pub r#type: Option<String>,
}
/// The required fields of [`CreateSpaceRequest`], each named where it is set: `CreateSpaceRequest::new(CreateSpaceRequired { .. })`.
pub struct CreateSpaceRequired {
    /// `name`: see [`CreateSpaceRequest::name`].
    pub name: String,
    /// `parentDeptId`: see [`CreateSpaceRequest::parent_dept_id`].
    pub parent_dept_id: String,
    /// `tagCode`: see [`CreateSpaceRequest::tag_code`].
    pub tag_code: String,
}
impl CreateSpaceRequest {
    /// A `CreateSpaceRequest` with its required fields (`name`, `parentDeptId`, `tagCode`); set the others with the methods named after them.
    pub fn new(required: CreateSpaceRequired) -> Self {
        let CreateSpaceRequired { name, parent_dept_id, tag_code } = required;
        Self {
            billing_area: None,
            building_area: None,
            floor: None,
            house_state: None,
            name,
            parent_dept_id,
            tag_code,
            r#type: None,
        }
    }
    /// Sets `billingArea`.
    pub fn billing_area(mut self, value: f64) -> Self {
        self.billing_area = Some(value);
        self
    }
    /// Sets `buildingArea`.
    pub fn building_area(mut self, value: f64) -> Self {
        self.building_area = Some(value);
        self
    }
    /// Sets `floor`.
    pub fn floor(mut self, value: impl Into<String>) -> Self {
        self.floor = Some(value.into());
        self
    }
    /// Sets `houseState`.
    pub fn house_state(mut self, value: i64) -> Self {
        self.house_state = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSpaceRequest { "billingArea" => optional(billing_area), "buildingArea" =>
    optional(building_area), "floor" => optional(floor), "houseState" =>
    optional(house_state), "name" => field(name), "parentDeptId" =>
    field(parent_dept_id), "tagCode" => field(tag_code), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSpaceRequest { "billingArea" => read_field(billing_area), "buildingArea" =>
    read_field(building_area), "floor" => read_field(floor), "houseState" =>
    read_field(house_state), "name" => read_field(name), "parentDeptId" =>
    read_field(parent_dept_id), "tagCode" => read_field(tag_code), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for CreateSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_resident_black_board`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteResidentBlackBoardRequest {
    /// `blackboardId`: a query parameter.
    pub blackboard_id: String,
}
/// The required fields of [`DeleteResidentBlackBoardRequest`], each named where it is set: `DeleteResidentBlackBoardRequest::new(DeleteResidentBlackBoardRequired { .. })`.
pub struct DeleteResidentBlackBoardRequired {
    /// `blackboardId`: see [`DeleteResidentBlackBoardRequest::blackboard_id`].
    pub blackboard_id: String,
}
impl DeleteResidentBlackBoardRequest {
    /// A `DeleteResidentBlackBoardRequest` with its required fields (`blackboardId`); set the others with the methods named after them.
    pub fn new(required: DeleteResidentBlackBoardRequired) -> Self {
        let DeleteResidentBlackBoardRequired { blackboard_id } = required;
        Self { blackboard_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteResidentBlackBoardRequest { "blackboardId" => read_field(blackboard_id) }
}
impl rt::WriteRequest for DeleteResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blackboardId", &self.blackboard_id);
    }
}
/// The request of [`Api::delete_resident_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteResidentDepartmentRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
}
/// The required fields of [`DeleteResidentDepartmentRequest`], each named where it is set: `DeleteResidentDepartmentRequest::new(DeleteResidentDepartmentRequired { .. })`.
pub struct DeleteResidentDepartmentRequired {
    /// `departmentId`: see [`DeleteResidentDepartmentRequest::department_id`].
    pub department_id: i64,
}
impl DeleteResidentDepartmentRequest {
    /// A `DeleteResidentDepartmentRequest` with its required fields (`departmentId`); set the others with the methods named after them.
    pub fn new(required: DeleteResidentDepartmentRequired) -> Self {
        let DeleteResidentDepartmentRequired { department_id } = required;
        Self { department_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteResidentDepartmentRequest { "departmentId" => read_field(department_id) }
}
impl rt::WriteRequest for DeleteResidentDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
    }
}
/// The request of [`Api::delete_space`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteSpaceRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
}
impl DeleteSpaceRequest {
    /// An empty `DeleteSpaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    DeleteSpaceRequest { "deptIds" => optional(dept_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteSpaceRequest { "deptIds" => read_field(dept_ids) }
}
impl rt::WriteRequest for DeleteSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConversationIdRequest {
    /// `chatId`: a query parameter.
    pub chat_id: String,
}
/// The required fields of [`GetConversationIdRequest`], each named where it is set: `GetConversationIdRequest::new(GetConversationIdRequired { .. })`.
pub struct GetConversationIdRequired {
    /// `chatId`: see [`GetConversationIdRequest::chat_id`].
    pub chat_id: String,
}
impl GetConversationIdRequest {
    /// A `GetConversationIdRequest` with its required fields (`chatId`); set the others with the methods named after them.
    pub fn new(required: GetConversationIdRequired) -> Self {
        let GetConversationIdRequired { chat_id } = required;
        Self { chat_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConversationIdRequest { "chatId" => read_field(chat_id) }
}
impl rt::WriteRequest for GetConversationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("chatId", &self.chat_id);
    }
}
/// The request of [`Api::get_property_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPropertyInfoRequest {
    /// `propertyCorpId`: a query parameter.
    pub property_corp_id: Option<String>,
}
impl GetPropertyInfoRequest {
    /// An empty `GetPropertyInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `propertyCorpId`.
    pub fn property_corp_id(mut self, value: impl Into<String>) -> Self {
        self.property_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPropertyInfoRequest { "propertyCorpId" => read_field(property_corp_id) }
}
impl rt::WriteRequest for GetPropertyInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("propertyCorpId", &self.property_corp_id);
    }
}
/// The request of [`Api::get_resident_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentInfoRequest {
    /// `residentCorpId`: a query parameter.
    pub resident_corp_id: Option<String>,
}
impl GetResidentInfoRequest {
    /// An empty `GetResidentInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `residentCorpId`.
    pub fn resident_corp_id(mut self, value: impl Into<String>) -> Self {
        self.resident_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResidentInfoRequest { "residentCorpId" => read_field(resident_corp_id) }
}
impl rt::WriteRequest for GetResidentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("residentCorpId", &self.resident_corp_id);
    }
}
/// The request of [`Api::get_resident_members_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResidentMembersInfoRequest {
    /// `residentCropId`.
    pub resident_crop_id: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`GetResidentMembersInfoRequest`], each named where it is set: `GetResidentMembersInfoRequest::new(GetResidentMembersInfoRequired { .. })`.
pub struct GetResidentMembersInfoRequired {
    /// `residentCropId`: see [`GetResidentMembersInfoRequest::resident_crop_id`].
    pub resident_crop_id: String,
    /// `userIdList`: see [`GetResidentMembersInfoRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GetResidentMembersInfoRequest {
    /// A `GetResidentMembersInfoRequest` with its required fields (`residentCropId`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: GetResidentMembersInfoRequired) -> Self {
        let GetResidentMembersInfoRequired { resident_crop_id, user_id_list } = required;
        Self {
            resident_crop_id,
            user_id_list,
        }
    }
}
rt::impl_serialize! {
    GetResidentMembersInfoRequest { "residentCropId" => field(resident_crop_id),
    "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResidentMembersInfoRequest { "residentCropId" => read_field(resident_crop_id),
    "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for GetResidentMembersInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space_id_by_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceIdByTypeRequest {
    /// `departmentType`: a query parameter.
    pub department_type: String,
}
/// The required fields of [`GetSpaceIdByTypeRequest`], each named where it is set: `GetSpaceIdByTypeRequest::new(GetSpaceIdByTypeRequired { .. })`.
pub struct GetSpaceIdByTypeRequired {
    /// `departmentType`: see [`GetSpaceIdByTypeRequest::department_type`].
    pub department_type: String,
}
impl GetSpaceIdByTypeRequest {
    /// A `GetSpaceIdByTypeRequest` with its required fields (`departmentType`); set the others with the methods named after them.
    pub fn new(required: GetSpaceIdByTypeRequired) -> Self {
        let GetSpaceIdByTypeRequired { department_type } = required;
        Self { department_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceIdByTypeRequest { "departmentType" => read_field(department_type) }
}
impl rt::WriteRequest for GetSpaceIdByTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentType", &self.department_type);
    }
}
/// The request of [`Api::get_spaces_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpacesInfoRequest {
    /// `referIds`.
    pub refer_ids: Vec<i64>,
    /// `residentCorpId`.
    pub resident_corp_id: String,
}
/// The required fields of [`GetSpacesInfoRequest`], each named where it is set: `GetSpacesInfoRequest::new(GetSpacesInfoRequired { .. })`.
pub struct GetSpacesInfoRequired {
    /// `referIds`: see [`GetSpacesInfoRequest::refer_ids`].
    pub refer_ids: Vec<i64>,
    /// `residentCorpId`: see [`GetSpacesInfoRequest::resident_corp_id`].
    pub resident_corp_id: String,
}
impl GetSpacesInfoRequest {
    /// A `GetSpacesInfoRequest` with its required fields (`referIds`, `residentCorpId`); set the others with the methods named after them.
    pub fn new(required: GetSpacesInfoRequired) -> Self {
        let GetSpacesInfoRequired { refer_ids, resident_corp_id } = required;
        Self {
            refer_ids,
            resident_corp_id,
        }
    }
}
rt::impl_serialize! {
    GetSpacesInfoRequest { "referIds" => field(refer_ids), "residentCorpId" =>
    field(resident_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpacesInfoRequest { "referIds" => read_field(refer_ids), "residentCorpId" =>
    read_field(resident_corp_id) }
}
impl rt::WriteRequest for GetSpacesInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_industry_role_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListIndustryRoleUsersRequest {
    /// `tagCode`: a query parameter.
    pub tag_code: String,
}
/// The required fields of [`ListIndustryRoleUsersRequest`], each named where it is set: `ListIndustryRoleUsersRequest::new(ListIndustryRoleUsersRequired { .. })`.
pub struct ListIndustryRoleUsersRequired {
    /// `tagCode`: see [`ListIndustryRoleUsersRequest::tag_code`].
    pub tag_code: String,
}
impl ListIndustryRoleUsersRequest {
    /// A `ListIndustryRoleUsersRequest` with its required fields (`tagCode`); set the others with the methods named after them.
    pub fn new(required: ListIndustryRoleUsersRequired) -> Self {
        let ListIndustryRoleUsersRequired { tag_code } = required;
        Self { tag_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListIndustryRoleUsersRequest { "tagCode" => read_field(tag_code) }
}
impl rt::WriteRequest for ListIndustryRoleUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tagCode", &self.tag_code);
    }
}
/// The request of [`Api::list_point_rules`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListPointRulesRequest {
    /// `isCircle`: a query parameter.
    pub is_circle: bool,
}
/// The required fields of [`ListPointRulesRequest`], each named where it is set: `ListPointRulesRequest::new(ListPointRulesRequired { .. })`.
pub struct ListPointRulesRequired {
    /// `isCircle`: see [`ListPointRulesRequest::is_circle`].
    pub is_circle: bool,
}
impl ListPointRulesRequest {
    /// A `ListPointRulesRequest` with its required fields (`isCircle`); set the others with the methods named after them.
    pub fn new(required: ListPointRulesRequired) -> Self {
        let ListPointRulesRequired { is_circle } = required;
        Self { is_circle }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPointRulesRequest { "isCircle" => read_field(is_circle) }
}
impl rt::WriteRequest for ListPointRulesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isCircle", &self.is_circle);
    }
}
/// The request of [`Api::list_sub_space`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubSpaceRequest {
    /// `referId`: a query parameter.
    pub refer_id: Option<i64>,
    /// `residentCorpId`: a query parameter.
    pub resident_corp_id: Option<String>,
}
impl ListSubSpaceRequest {
    /// An empty `ListSubSpaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `referId`.
    pub fn refer_id(mut self, value: i64) -> Self {
        self.refer_id = Some(value);
        self
    }
    /// Sets `residentCorpId`.
    pub fn resident_corp_id(mut self, value: impl Into<String>) -> Self {
        self.resident_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSubSpaceRequest { "referId" => read_field(refer_id), "residentCorpId" =>
    read_field(resident_corp_id) }
}
impl rt::WriteRequest for ListSubSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("referId", &self.refer_id);
        writer.query("residentCorpId", &self.resident_corp_id);
    }
}
/// The request of [`Api::list_uncheck_users`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUncheckUsersRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<i64>,
}
impl ListUncheckUsersRequest {
    /// An empty `ListUncheckUsersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUncheckUsersRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "startTime" => read_field(start_time), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for ListUncheckUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTime", &self.start_time);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::list_user_industry_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListUserIndustryRolesRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListUserIndustryRolesRequest`], each named where it is set: `ListUserIndustryRolesRequest::new(ListUserIndustryRolesRequired { .. })`.
pub struct ListUserIndustryRolesRequired {
    /// `userId`: see [`ListUserIndustryRolesRequest::user_id`].
    pub user_id: String,
}
impl ListUserIndustryRolesRequest {
    /// A `ListUserIndustryRolesRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: ListUserIndustryRolesRequired) -> Self {
        let ListUserIndustryRolesRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUserIndustryRolesRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListUserIndustryRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::page_point_history`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PagePointHistoryRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `isCircle`: a query parameter.
    pub is_circle: bool,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`PagePointHistoryRequest`], each named where it is set: `PagePointHistoryRequest::new(PagePointHistoryRequired { .. })`.
pub struct PagePointHistoryRequired {
    /// `isCircle`: see [`PagePointHistoryRequest::is_circle`].
    pub is_circle: bool,
    /// `maxResults`: see [`PagePointHistoryRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PagePointHistoryRequest::next_token`].
    pub next_token: i64,
}
impl PagePointHistoryRequest {
    /// A `PagePointHistoryRequest` with its required fields (`isCircle`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: PagePointHistoryRequired) -> Self {
        let PagePointHistoryRequired { is_circle, max_results, next_token } = required;
        Self {
            end_time: None,
            is_circle,
            max_results,
            next_token,
            start_time: None,
            user_id: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PagePointHistoryRequest { "endTime" => read_field(end_time), "isCircle" =>
    read_field(is_circle), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for PagePointHistoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("isCircle", &self.is_circle);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTime", &self.start_time);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::remove_resident_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveResidentMemberRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `unionId`.
    pub union_id: String,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`RemoveResidentMemberRequest`], each named where it is set: `RemoveResidentMemberRequest::new(RemoveResidentMemberRequired { .. })`.
pub struct RemoveResidentMemberRequired {
    /// `deptId`: see [`RemoveResidentMemberRequest::dept_id`].
    pub dept_id: i64,
    /// `unionId`: see [`RemoveResidentMemberRequest::union_id`].
    pub union_id: String,
}
impl RemoveResidentMemberRequest {
    /// A `RemoveResidentMemberRequest` with its required fields (`deptId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RemoveResidentMemberRequired) -> Self {
        let RemoveResidentMemberRequired { dept_id, union_id } = required;
        Self {
            dept_id,
            union_id,
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
    RemoveResidentMemberRequest { "deptId" => field(dept_id), "unionId" =>
    field(union_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveResidentMemberRequest { "deptId" => read_field(dept_id), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RemoveResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_resident_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveResidentUserRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`RemoveResidentUserRequest`], each named where it is set: `RemoveResidentUserRequest::new(RemoveResidentUserRequired { .. })`.
pub struct RemoveResidentUserRequired {
    /// `departmentId`: see [`RemoveResidentUserRequest::department_id`].
    pub department_id: i64,
    /// `userId`: see [`RemoveResidentUserRequest::user_id`].
    pub user_id: String,
}
impl RemoveResidentUserRequest {
    /// A `RemoveResidentUserRequest` with its required fields (`departmentId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RemoveResidentUserRequired) -> Self {
        let RemoveResidentUserRequired { department_id, user_id } = required;
        Self { department_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveResidentUserRequest { "departmentId" => read_field(department_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for RemoveResidentUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::search_resident`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchResidentRequest {
    /// `residentCropId`: a query parameter.
    pub resident_crop_id: String,
    /// `searchWord`: a query parameter.
    pub search_word: String,
}
/// The required fields of [`SearchResidentRequest`], each named where it is set: `SearchResidentRequest::new(SearchResidentRequired { .. })`.
pub struct SearchResidentRequired {
    /// `residentCropId`: see [`SearchResidentRequest::resident_crop_id`].
    pub resident_crop_id: String,
    /// `searchWord`: see [`SearchResidentRequest::search_word`].
    pub search_word: String,
}
impl SearchResidentRequest {
    /// A `SearchResidentRequest` with its required fields (`residentCropId`, `searchWord`); set the others with the methods named after them.
    pub fn new(required: SearchResidentRequired) -> Self {
        let SearchResidentRequired { resident_crop_id, search_word } = required;
        Self {
            resident_crop_id,
            search_word,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchResidentRequest { "residentCropId" => read_field(resident_crop_id),
    "searchWord" => read_field(search_word) }
}
impl rt::WriteRequest for SearchResidentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("residentCropId", &self.resident_crop_id);
        writer.query("searchWord", &self.search_word);
    }
}
/// The request of [`Api::update_residece_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResideceGroupRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `departmentName`: a query parameter.
    pub department_name: String,
    /// `managerUserId`: a query parameter.
    pub manager_user_id: Option<String>,
}
/// The required fields of [`UpdateResideceGroupRequest`], each named where it is set: `UpdateResideceGroupRequest::new(UpdateResideceGroupRequired { .. })`.
pub struct UpdateResideceGroupRequired {
    /// `departmentId`: see [`UpdateResideceGroupRequest::department_id`].
    pub department_id: i64,
    /// `departmentName`: see [`UpdateResideceGroupRequest::department_name`].
    pub department_name: String,
}
impl UpdateResideceGroupRequest {
    /// A `UpdateResideceGroupRequest` with its required fields (`departmentId`, `departmentName`); set the others with the methods named after them.
    pub fn new(required: UpdateResideceGroupRequired) -> Self {
        let UpdateResideceGroupRequired { department_id, department_name } = required;
        Self {
            department_id,
            department_name,
            manager_user_id: None,
        }
    }
    /// Sets `managerUserId`.
    pub fn manager_user_id(mut self, value: impl Into<String>) -> Self {
        self.manager_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResideceGroupRequest { "departmentId" => read_field(department_id),
    "departmentName" => read_field(department_name), "managerUserId" =>
    read_field(manager_user_id) }
}
impl rt::WriteRequest for UpdateResideceGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("departmentName", &self.department_name);
        writer.query("managerUserId", &self.manager_user_id);
    }
}
/// The request of [`Api::update_residence`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidenceRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `departmentName`: a query parameter.
    pub department_name: String,
    /// `destitute`: a query parameter.
    pub destitute: Option<bool>,
    /// `grid`: a query parameter.
    pub grid: Option<String>,
    /// `homeTel`: a query parameter.
    pub home_tel: Option<String>,
    /// `managerUserId`: a query parameter.
    pub manager_user_id: Option<String>,
    /// `parentDepartmentId`: a query parameter.
    pub parent_department_id: i64,
}
/// The required fields of [`UpdateResidenceRequest`], each named where it is set: `UpdateResidenceRequest::new(UpdateResidenceRequired { .. })`.
pub struct UpdateResidenceRequired {
    /// `departmentId`: see [`UpdateResidenceRequest::department_id`].
    pub department_id: i64,
    /// `departmentName`: see [`UpdateResidenceRequest::department_name`].
    pub department_name: String,
    /// `parentDepartmentId`: see [`UpdateResidenceRequest::parent_department_id`].
    pub parent_department_id: i64,
}
impl UpdateResidenceRequest {
    /// A `UpdateResidenceRequest` with its required fields (`departmentId`, `departmentName`, `parentDepartmentId`); set the others with the methods named after them.
    pub fn new(required: UpdateResidenceRequired) -> Self {
        let UpdateResidenceRequired {
            department_id,
            department_name,
            parent_department_id,
        } = required;
        Self {
            department_id,
            department_name,
            destitute: None,
            grid: None,
            home_tel: None,
            manager_user_id: None,
            parent_department_id,
        }
    }
    /// Sets `destitute`.
    pub fn destitute(mut self, value: bool) -> Self {
        self.destitute = Some(value);
        self
    }
    /// Sets `grid`.
    pub fn grid(mut self, value: impl Into<String>) -> Self {
        self.grid = Some(value.into());
        self
    }
    /// Sets `homeTel`.
    pub fn home_tel(mut self, value: impl Into<String>) -> Self {
        self.home_tel = Some(value.into());
        self
    }
    /// Sets `managerUserId`.
    pub fn manager_user_id(mut self, value: impl Into<String>) -> Self {
        self.manager_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidenceRequest { "departmentId" => read_field(department_id),
    "departmentName" => read_field(department_name), "destitute" =>
    read_field(destitute), "grid" => read_field(grid), "homeTel" => read_field(home_tel),
    "managerUserId" => read_field(manager_user_id), "parentDepartmentId" =>
    read_field(parent_department_id) }
}
impl rt::WriteRequest for UpdateResidenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("departmentName", &self.department_name);
        writer.query("destitute", &self.destitute);
        writer.query("grid", &self.grid);
        writer.query("homeTel", &self.home_tel);
        writer.query("managerUserId", &self.manager_user_id);
        writer.query("parentDepartmentId", &self.parent_department_id);
    }
}
/// The request of [`Api::update_resident_black_board`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentBlackBoardRequest {
    /// `blackboardId`.
    pub blackboard_id: Option<String>,
    /// `context`.
    pub context: String,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `title`.
    pub title: String,
}
/// The required fields of [`UpdateResidentBlackBoardRequest`], each named where it is set: `UpdateResidentBlackBoardRequest::new(UpdateResidentBlackBoardRequired { .. })`.
pub struct UpdateResidentBlackBoardRequired {
    /// `context`: see [`UpdateResidentBlackBoardRequest::context`].
    pub context: String,
    /// `title`: see [`UpdateResidentBlackBoardRequest::title`].
    pub title: String,
}
impl UpdateResidentBlackBoardRequest {
    /// A `UpdateResidentBlackBoardRequest` with its required fields (`context`, `title`); set the others with the methods named after them.
    pub fn new(required: UpdateResidentBlackBoardRequired) -> Self {
        let UpdateResidentBlackBoardRequired { context, title } = required;
        Self {
            blackboard_id: None,
            context,
            media_id: None,
            title,
        }
    }
    /// Sets `blackboardId`.
    pub fn blackboard_id(mut self, value: impl Into<String>) -> Self {
        self.blackboard_id = Some(value.into());
        self
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateResidentBlackBoardRequest { "blackboardId" => optional(blackboard_id),
    "context" => field(context), "mediaId" => optional(media_id), "title" => field(title)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidentBlackBoardRequest { "blackboardId" => read_field(blackboard_id),
    "context" => read_field(context), "mediaId" => read_field(media_id), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for UpdateResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentInfoRequest {
    /// `address`.
    pub address: Option<String>,
    /// `buildingArea`.
    pub building_area: Option<f64>,
    /// `cityName`.
    pub city_name: Option<String>,
    /// `communityType`.
    pub community_type: Option<i64>,
    /// `countyName`.
    pub county_name: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `name`.
    pub name: String,
    /// `provName`.
    pub prov_name: Option<String>,
    /// `state`.
    pub state: i64,
    /// `telephone`.
    pub telephone: Option<String>,
}
/// The required fields of [`UpdateResidentInfoRequest`], each named where it is set: `UpdateResidentInfoRequest::new(UpdateResidentInfoRequired { .. })`.
pub struct UpdateResidentInfoRequired {
    /// `name`: see [`UpdateResidentInfoRequest::name`].
    pub name: String,
    /// `state`: see [`UpdateResidentInfoRequest::state`].
    pub state: i64,
}
impl UpdateResidentInfoRequest {
    /// A `UpdateResidentInfoRequest` with its required fields (`name`, `state`); set the others with the methods named after them.
    pub fn new(required: UpdateResidentInfoRequired) -> Self {
        let UpdateResidentInfoRequired { name, state } = required;
        Self {
            address: None,
            building_area: None,
            city_name: None,
            community_type: None,
            county_name: None,
            location: None,
            name,
            prov_name: None,
            state,
            telephone: None,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `buildingArea`.
    pub fn building_area(mut self, value: f64) -> Self {
        self.building_area = Some(value);
        self
    }
    /// Sets `cityName`.
    pub fn city_name(mut self, value: impl Into<String>) -> Self {
        self.city_name = Some(value.into());
        self
    }
    /// Sets `communityType`.
    pub fn community_type(mut self, value: i64) -> Self {
        self.community_type = Some(value);
        self
    }
    /// Sets `countyName`.
    pub fn county_name(mut self, value: impl Into<String>) -> Self {
        self.county_name = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `provName`.
    pub fn prov_name(mut self, value: impl Into<String>) -> Self {
        self.prov_name = Some(value.into());
        self
    }
    /// Sets `telephone`.
    pub fn telephone(mut self, value: impl Into<String>) -> Self {
        self.telephone = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateResidentInfoRequest { "address" => optional(address), "buildingArea" =>
    optional(building_area), "cityName" => optional(city_name), "communityType" =>
    optional(community_type), "countyName" => optional(county_name), "location" =>
    optional(location), "name" => field(name), "provName" => optional(prov_name), "state"
    => field(state), "telephone" => optional(telephone) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidentInfoRequest { "address" => read_field(address), "buildingArea" =>
    read_field(building_area), "cityName" => read_field(city_name), "communityType" =>
    read_field(community_type), "countyName" => read_field(county_name), "location" =>
    read_field(location), "name" => read_field(name), "provName" =>
    read_field(prov_name), "state" => read_field(state), "telephone" =>
    read_field(telephone) }
}
impl rt::WriteRequest for UpdateResidentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentMemberRequest {
    /// `residentUpdateInfo`.
    pub resident_update_info: UpdateResidentMemberRequestResidentUpdateInfo,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateResidentMemberRequest`], each named where it is set: `UpdateResidentMemberRequest::new(UpdateResidentMemberRequired { .. })`.
pub struct UpdateResidentMemberRequired {
    /// `residentUpdateInfo`: see [`UpdateResidentMemberRequest::resident_update_info`].
    pub resident_update_info: UpdateResidentMemberRequestResidentUpdateInfo,
    /// `unionId`: see [`UpdateResidentMemberRequest::union_id`].
    pub union_id: String,
}
impl UpdateResidentMemberRequest {
    /// A `UpdateResidentMemberRequest` with its required fields (`residentUpdateInfo`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateResidentMemberRequired) -> Self {
        let UpdateResidentMemberRequired { resident_update_info, union_id } = required;
        Self {
            resident_update_info,
            union_id,
        }
    }
}
rt::impl_serialize! {
    UpdateResidentMemberRequest { "residentUpdateInfo" => field(resident_update_info),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidentMemberRequest { "residentUpdateInfo" =>
    read_field(resident_update_info), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentUserRequest {
    /// `address`: a query parameter.
    pub address: Option<String>,
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `extField`: a query parameter, one value per key (`name.1=..`).
    pub ext_field: Option<Vec<UpdateResidentUserRequestExtField>>,
    /// `isRetainOldDept`: a query parameter.
    pub is_retain_old_dept: Option<bool>,
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `oldDepartmentId`: a query parameter.
    pub old_department_id: i64,
    /// `relateType`: a query parameter.
    pub relate_type: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `userName`: a query parameter.
    pub user_name: String,
}
/// The required fields of [`UpdateResidentUserRequest`], each named where it is set: `UpdateResidentUserRequest::new(UpdateResidentUserRequired { .. })`.
pub struct UpdateResidentUserRequired {
    /// `departmentId`: see [`UpdateResidentUserRequest::department_id`].
    pub department_id: i64,
    /// `oldDepartmentId`: see [`UpdateResidentUserRequest::old_department_id`].
    pub old_department_id: i64,
    /// `userId`: see [`UpdateResidentUserRequest::user_id`].
    pub user_id: String,
    /// `userName`: see [`UpdateResidentUserRequest::user_name`].
    pub user_name: String,
}
impl UpdateResidentUserRequest {
    /// A `UpdateResidentUserRequest` with its required fields (`departmentId`, `oldDepartmentId`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(required: UpdateResidentUserRequired) -> Self {
        let UpdateResidentUserRequired {
            department_id,
            old_department_id,
            user_id,
            user_name,
        } = required;
        Self {
            address: None,
            department_id,
            ext_field: None,
            is_retain_old_dept: None,
            mobile: None,
            old_department_id,
            relate_type: None,
            user_id,
            user_name,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `extField`.
    pub fn ext_field(
        mut self,
        value: impl IntoIterator<Item = UpdateResidentUserRequestExtField>,
    ) -> Self {
        self.ext_field = Some(value.into_iter().collect());
        self
    }
    /// Sets `isRetainOldDept`.
    pub fn is_retain_old_dept(mut self, value: bool) -> Self {
        self.is_retain_old_dept = Some(value);
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `relateType`.
    pub fn relate_type(mut self, value: impl Into<String>) -> Self {
        self.relate_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateResidentUserRequest { "address" => read_field(address), "departmentId" =>
    read_field(department_id), "extField" => read_field(ext_field), "isRetainOldDept" =>
    read_field(is_retain_old_dept), "mobile" => read_field(mobile), "oldDepartmentId" =>
    read_field(old_department_id), "relateType" => read_field(relate_type), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
impl rt::WriteRequest for UpdateResidentUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("address", &self.address);
        writer.query("departmentId", &self.department_id);
        writer.query_flat("extField", &self.ext_field);
        writer.query("isRetainOldDept", &self.is_retain_old_dept);
        writer.query("mobile", &self.mobile);
        writer.query("oldDepartmentId", &self.old_department_id);
        writer.query("relateType", &self.relate_type);
        writer.query("userId", &self.user_id);
        writer.query("userName", &self.user_name);
    }
}
/// The request of [`Api::update_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSpaceRequest {
    /// `spaceInfoVOList`.
    pub space_info_vo_list: Vec<UpdateSpaceRequestSpaceInfoVOList>,
}
/// The required fields of [`UpdateSpaceRequest`], each named where it is set: `UpdateSpaceRequest::new(UpdateSpaceRequired { .. })`.
pub struct UpdateSpaceRequired {
    /// `spaceInfoVOList`: see [`UpdateSpaceRequest::space_info_vo_list`].
    pub space_info_vo_list: Vec<UpdateSpaceRequestSpaceInfoVOList>,
}
impl UpdateSpaceRequest {
    /// A `UpdateSpaceRequest` with its required fields (`spaceInfoVOList`); set the others with the methods named after them.
    pub fn new(required: UpdateSpaceRequired) -> Self {
        let UpdateSpaceRequired { space_info_vo_list } = required;
        Self { space_info_vo_list }
    }
}
rt::impl_serialize! {
    UpdateSpaceRequest { "spaceInfoVOList" => field(space_info_vo_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSpaceRequest { "spaceInfoVOList" => read_field(space_info_vo_list) }
}
impl rt::WriteRequest for UpdateSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_point`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddPointError = rt::ServiceError;
/// An error reply of [`Api::add_resident_department`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddResidentDepartmentError = rt::ServiceError;
/// An error reply of [`Api::add_resident_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddResidentMemberError = rt::ServiceError;
/// An error reply of [`Api::add_resident_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddResidentUsersError = rt::ServiceError;
/// An error reply of [`Api::create_resident_black_board`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateResidentBlackBoardError = rt::ServiceError;
/// An error reply of [`Api::create_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSpaceError = rt::ServiceError;
/// An error reply of [`Api::delete_resident_black_board`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteResidentBlackBoardError = rt::ServiceError;
/// An error reply of [`Api::delete_resident_department`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteResidentDepartmentError = rt::ServiceError;
/// An error reply of [`Api::delete_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSpaceError = rt::ServiceError;
/// An error reply of [`Api::get_conversation_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationIdError = rt::ServiceError;
/// An error reply of [`Api::get_industry_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIndustryTypeError = rt::ServiceError;
/// An error reply of [`Api::get_property_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPropertyInfoError = rt::ServiceError;
/// An error reply of [`Api::get_resident_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResidentInfoError = rt::ServiceError;
/// An error reply of [`Api::get_resident_members_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResidentMembersInfoError = rt::ServiceError;
/// An error reply of [`Api::get_space_id_by_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceIdByTypeError = rt::ServiceError;
/// An error reply of [`Api::get_spaces_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpacesInfoError = rt::ServiceError;
/// An error reply of [`Api::list_industry_role_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListIndustryRoleUsersError = rt::ServiceError;
/// An error reply of [`Api::list_point_rules`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPointRulesError = rt::ServiceError;
/// An error reply of [`Api::list_sub_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSubSpaceError = rt::ServiceError;
/// An error reply of [`Api::list_uncheck_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUncheckUsersError = rt::ServiceError;
/// An error reply of [`Api::list_user_industry_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserIndustryRolesError = rt::ServiceError;
/// An error reply of [`Api::page_point_history`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PagePointHistoryError = rt::ServiceError;
/// An error reply of [`Api::remove_resident_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveResidentMemberError = rt::ServiceError;
/// An error reply of [`Api::remove_resident_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveResidentUserError = rt::ServiceError;
/// An error reply of [`Api::search_resident`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchResidentError = rt::ServiceError;
/// An error reply of [`Api::update_residece_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResideceGroupError = rt::ServiceError;
/// An error reply of [`Api::update_residence`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResidenceError = rt::ServiceError;
/// An error reply of [`Api::update_resident_black_board`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResidentBlackBoardError = rt::ServiceError;
/// An error reply of [`Api::update_resident_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResidentInfoError = rt::ServiceError;
/// An error reply of [`Api::update_resident_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResidentMemberError = rt::ServiceError;
/// An error reply of [`Api::update_resident_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateResidentUserError = rt::ServiceError;
/// An error reply of [`Api::update_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSpaceError = rt::ServiceError;
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
        "AddPoint" => {
            rt::conformance::reply(api.add_point(&inputs.request(false)?)).await
        }
        "AddResidentDepartment" => {
            rt::conformance::reply(api.add_resident_department(&inputs.request(false)?))
                .await
        }
        "AddResidentMember" => {
            rt::conformance::reply(api.add_resident_member(&inputs.request(true)?)).await
        }
        "AddResidentUsers" => {
            rt::conformance::reply(api.add_resident_users(&inputs.request(false)?)).await
        }
        "CreateResidentBlackBoard" => {
            rt::conformance::reply(
                    api.create_resident_black_board(&inputs.request(true)?),
                )
                .await
        }
        "CreateSpace" => {
            rt::conformance::reply(api.create_space(&inputs.request(true)?)).await
        }
        "DeleteResidentBlackBoard" => {
            rt::conformance::reply(
                    api.delete_resident_black_board(&inputs.request(false)?),
                )
                .await
        }
        "DeleteResidentDepartment" => {
            rt::conformance::reply(
                    api.delete_resident_department(&inputs.request(false)?),
                )
                .await
        }
        "DeleteSpace" => {
            rt::conformance::reply(api.delete_space(&inputs.request(true)?)).await
        }
        "GetConversationId" => {
            rt::conformance::reply(api.get_conversation_id(&inputs.request(false)?))
                .await
        }
        "GetIndustryType" => rt::conformance::reply(api.get_industry_type()).await,
        "GetPropertyInfo" => {
            rt::conformance::reply(api.get_property_info(&inputs.request(false)?)).await
        }
        "GetResidentInfo" => {
            rt::conformance::reply(api.get_resident_info(&inputs.request(false)?)).await
        }
        "GetResidentMembersInfo" => {
            rt::conformance::reply(api.get_resident_members_info(&inputs.request(true)?))
                .await
        }
        "GetSpaceIdByType" => {
            rt::conformance::reply(api.get_space_id_by_type(&inputs.request(false)?))
                .await
        }
        "GetSpacesInfo" => {
            rt::conformance::reply(api.get_spaces_info(&inputs.request(true)?)).await
        }
        "ListIndustryRoleUsers" => {
            rt::conformance::reply(api.list_industry_role_users(&inputs.request(false)?))
                .await
        }
        "ListPointRules" => {
            rt::conformance::reply(api.list_point_rules(&inputs.request(false)?)).await
        }
        "ListSubSpace" => {
            rt::conformance::reply(api.list_sub_space(&inputs.request(false)?)).await
        }
        "ListUncheckUsers" => {
            rt::conformance::reply(api.list_uncheck_users(&inputs.request(false)?)).await
        }
        "ListUserIndustryRoles" => {
            rt::conformance::reply(api.list_user_industry_roles(&inputs.request(false)?))
                .await
        }
        "PagePointHistory" => {
            rt::conformance::reply(api.page_point_history(&inputs.request(false)?)).await
        }
        "RemoveResidentMember" => {
            rt::conformance::reply(api.remove_resident_member(&inputs.request(true)?))
                .await
        }
        "RemoveResidentUser" => {
            rt::conformance::reply(api.remove_resident_user(&inputs.request(false)?))
                .await
        }
        "SearchResident" => {
            rt::conformance::reply(api.search_resident(&inputs.request(false)?)).await
        }
        "UpdateResideceGroup" => {
            rt::conformance::reply(api.update_residece_group(&inputs.request(false)?))
                .await
        }
        "UpdateResidence" => {
            rt::conformance::reply(api.update_residence(&inputs.request(false)?)).await
        }
        "UpdateResidentBlackBoard" => {
            rt::conformance::reply(
                    api.update_resident_black_board(&inputs.request(true)?),
                )
                .await
        }
        "UpdateResidentInfo" => {
            rt::conformance::reply(api.update_resident_info(&inputs.request(true)?))
                .await
        }
        "UpdateResidentMember" => {
            rt::conformance::reply(api.update_resident_member(&inputs.request(true)?))
                .await
        }
        "UpdateResidentUser" => {
            rt::conformance::reply(api.update_resident_user(&inputs.request(false)?))
                .await
        }
        "UpdateSpace" => {
            rt::conformance::reply(api.update_space(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
