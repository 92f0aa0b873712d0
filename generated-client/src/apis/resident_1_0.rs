// @generated from api-spec/resident_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.resident_1_0()`. Generated from `api-spec/resident_1_0.yaml`.
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
    /// `POST /v1.0/resident/points` (operation `AddPoint`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddPointError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/departments` (operation `AddResidentDepartment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddResidentDepartmentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/members` (operation `AddResidentMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddResidentMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/users` (operation `AddResidentUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddResidentUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/blackboards` (operation `CreateResidentBlackBoard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateResidentBlackBoardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/spaces` (operation `CreateSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/resident/blackboards` (operation `DeleteResidentBlackBoard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteResidentBlackBoardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/resident/departments` (operation `DeleteResidentDepartment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteResidentDepartmentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/spaces/remove` (operation `DeleteSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/conversations` (operation `GetConversationId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/organizations/industryTypes` (operation `GetIndustryType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetIndustryTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/propertyInfos` (operation `GetPropertyInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPropertyInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/residentInfos` (operation `GetResidentInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResidentInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/residences/query` (operation `GetResidentMembersInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResidentMembersInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/spaces/types` (operation `GetSpaceIdByType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceIdByTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/spaces/query` (operation `GetSpacesInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpacesInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/industryRoles/users` (operation `ListIndustryRoleUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListIndustryRoleUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/points/rules` (operation `ListPointRules`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPointRulesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/spaces/subSpaces` (operation `ListSubSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSubSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/organizations/noJoinUsers` (operation `ListUncheckUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUncheckUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/users/industryRoles` (operation `ListUserIndustryRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserIndustryRolesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/points/records` (operation `PagePointHistory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PagePointHistoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/members/remove` (operation `RemoveResidentMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveResidentMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/resident/users/remove` (operation `RemoveResidentUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveResidentUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/resident/residences` (operation `SearchResident`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchResidentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/departments/updateResideceGroup` (operation `UpdateResideceGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResideceGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/departments/updateResidece` (operation `UpdateResidence`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResidenceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/blackboards` (operation `UpdateResidentBlackBoard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResidentBlackBoardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/residences` (operation `UpdateResidentInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResidentInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/members` (operation `UpdateResidentMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResidentMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/users` (operation `UpdateResidentUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateResidentUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/resident/spaces` (operation `UpdateSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddResidentDepartmentResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddResidentDepartmentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddResidentDepartmentResponseBody {
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
impl rt::serde::Serialize for AddResidentDepartmentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddResidentMemberRequestResidentAddInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddResidentMemberRequestResidentAddInfo {
    /// A `AddResidentMemberRequestResidentAddInfo` with its required fields (`deptId`, `mobile`, `name`); set the others with the methods named after them.
    pub fn new(
        dept_id: i64,
        mobile: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            dept_id,
            is_property_owner: None,
            member_dept_extension: None,
            mobile: mobile.into(),
            name: name.into(),
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
impl rt::serde::Serialize for AddResidentMemberRequestResidentAddInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.optional("isPropertyOwner", &self.is_property_owner)?;
        object.optional("memberDeptExtension", &self.member_dept_extension)?;
        object.field("mobile", &self.mobile)?;
        object.field("name", &self.name)?;
        object.optional("relateType", &self.relate_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddResidentMemberRequestResidentAddInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddResidentMemberRequestResidentAddInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "isPropertyOwner" => rt::read_field(map, &mut self.is_property_owner),
            "memberDeptExtension" => rt::read_field(map, &mut self.member_dept_extension),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "relateType" => rt::read_field(map, &mut self.relate_type),
            _ => Ok(false),
        }
    }
}
/// `AddResidentMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddResidentMemberResponseBody {
    /// `status`.
    pub status: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddResidentMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddResidentMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddResidentMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `AddResidentUsersRequestExtField`.
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
impl rt::serde::Serialize for AddResidentUsersRequestExtField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemName", &self.item_name)?;
        object.optional("itemValue", &self.item_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddResidentUsersRequestExtField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddResidentUsersRequestExtField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemName" => rt::read_field(map, &mut self.item_name),
            "itemValue" => rt::read_field(map, &mut self.item_value),
            _ => Ok(false),
        }
    }
}
/// `AddResidentUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddResidentUsersResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddResidentUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddResidentUsersResponseBody {
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
impl rt::serde::Serialize for AddResidentUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateResidentBlackBoardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateResidentBlackBoardResponseBody {
    /// `blackBoardId`.
    pub black_board_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateResidentBlackBoardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateResidentBlackBoardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackBoardId" => rt::read_field(map, &mut self.black_board_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateResidentBlackBoardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blackBoardId", &self.black_board_id)?;
        object.end()
    }
}
/// `CreateSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSpaceResponseBody {
    /// `deptId`.
    pub dept_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.end()
    }
}
/// `DeleteResidentBlackBoardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteResidentBlackBoardResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteResidentBlackBoardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteResidentBlackBoardResponseBody {
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
impl rt::serde::Serialize for DeleteResidentBlackBoardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteResidentDepartmentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteResidentDepartmentResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteResidentDepartmentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteResidentDepartmentResponseBody {
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
impl rt::serde::Serialize for DeleteResidentDepartmentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteSpaceResponseBody {
    /// `delFailedDept`.
    pub del_failed_dept: Option<Vec<DeleteSpaceResponseBodyDelFailedDept>>,
    /// `delSuccessCount`.
    pub del_success_count: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "delFailedDept" => rt::read_field(map, &mut self.del_failed_dept),
            "delSuccessCount" => rt::read_field(map, &mut self.del_success_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("delFailedDept", &self.del_failed_dept)?;
        object.optional("delSuccessCount", &self.del_success_count)?;
        object.end()
    }
}
/// `GetConversationIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationIdResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationIdResponseBody {
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
impl rt::serde::Serialize for GetConversationIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetIndustryTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetIndustryTypeResponseBody {
    /// `industryType`.
    pub industry_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetIndustryTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetIndustryTypeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "industryType" => rt::read_field(map, &mut self.industry_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetIndustryTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("industryType", &self.industry_type)?;
        object.end()
    }
}
/// `GetPropertyInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetPropertyInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPropertyInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminName" => rt::read_field(map, &mut self.admin_name),
            "adminUserId" => rt::read_field(map, &mut self.admin_user_id),
            "name" => rt::read_field(map, &mut self.name),
            "orgId" => rt::read_field(map, &mut self.org_id),
            "unifiedSocialCredit" => rt::read_field(map, &mut self.unified_social_credit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPropertyInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminName", &self.admin_name)?;
        object.optional("adminUserId", &self.admin_user_id)?;
        object.optional("name", &self.name)?;
        object.optional("orgId", &self.org_id)?;
        object.optional("unifiedSocialCredit", &self.unified_social_credit)?;
        object.end()
    }
}
/// `GetResidentInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetResidentInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "allUserGroupOpenConversationId" => {
                rt::read_field(map, &mut self.all_user_group_open_conversation_id)
            }
            "allUserGroupOwnerUserId" => {
                rt::read_field(map, &mut self.all_user_group_owner_user_id)
            }
            "buildingArea" => rt::read_field(map, &mut self.building_area),
            "cityId" => rt::read_field(map, &mut self.city_id),
            "contactMode" => rt::read_field(map, &mut self.contact_mode),
            "countyId" => rt::read_field(map, &mut self.county_id),
            "deliveryTime" => rt::read_field(map, &mut self.delivery_time),
            "location" => rt::read_field(map, &mut self.location),
            "name" => rt::read_field(map, &mut self.name),
            "projectManager" => rt::read_field(map, &mut self.project_manager),
            "propertyDeptGroupOpenConversationId" => {
                rt::read_field(map, &mut self.property_dept_group_open_conversation_id)
            }
            "propertyDeptGroupOwnerUserId" => {
                rt::read_field(map, &mut self.property_dept_group_owner_user_id)
            }
            "provId" => rt::read_field(map, &mut self.prov_id),
            "scopeEast" => rt::read_field(map, &mut self.scope_east),
            "scopeNorth" => rt::read_field(map, &mut self.scope_north),
            "scopeSouth" => rt::read_field(map, &mut self.scope_south),
            "scopeWest" => rt::read_field(map, &mut self.scope_west),
            "telephone" => rt::read_field(map, &mut self.telephone),
            "townId" => rt::read_field(map, &mut self.town_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object
            .optional(
                "allUserGroupOpenConversationId",
                &self.all_user_group_open_conversation_id,
            )?;
        object.optional("allUserGroupOwnerUserId", &self.all_user_group_owner_user_id)?;
        object.optional("buildingArea", &self.building_area)?;
        object.optional("cityId", &self.city_id)?;
        object.optional("contactMode", &self.contact_mode)?;
        object.optional("countyId", &self.county_id)?;
        object.optional("deliveryTime", &self.delivery_time)?;
        object.optional("location", &self.location)?;
        object.optional("name", &self.name)?;
        object.optional("projectManager", &self.project_manager)?;
        object
            .optional(
                "propertyDeptGroupOpenConversationId",
                &self.property_dept_group_open_conversation_id,
            )?;
        object
            .optional(
                "propertyDeptGroupOwnerUserId",
                &self.property_dept_group_owner_user_id,
            )?;
        object.optional("provId", &self.prov_id)?;
        object.optional("scopeEast", &self.scope_east)?;
        object.optional("scopeNorth", &self.scope_north)?;
        object.optional("scopeSouth", &self.scope_south)?;
        object.optional("scopeWest", &self.scope_west)?;
        object.optional("telephone", &self.telephone)?;
        object.optional("townId", &self.town_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetResidentMembersInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentMembersInfoResponseBody {
    /// `residenceList`.
    pub residence_list: Option<Vec<GetResidentMembersInfoResponseBodyResidenceList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResidentMembersInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentMembersInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residenceList" => rt::read_field(map, &mut self.residence_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentMembersInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("residenceList", &self.residence_list)?;
        object.end()
    }
}
/// `GetSpaceIdByTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpaceIdByTypeResponseBody {
    /// `referId`.
    pub refer_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpaceIdByTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceIdByTypeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "referId" => rt::read_field(map, &mut self.refer_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceIdByTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("referId", &self.refer_id)?;
        object.end()
    }
}
/// `GetSpacesInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpacesInfoResponseBody {
    /// `spaceList`.
    pub space_list: Option<Vec<GetSpacesInfoResponseBodySpaceList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpacesInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpacesInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaceList" => rt::read_field(map, &mut self.space_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpacesInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceList", &self.space_list)?;
        object.end()
    }
}
/// `ListIndustryRoleUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListIndustryRoleUsersResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListIndustryRoleUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListIndustryRoleUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListIndustryRoleUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `ListPointRulesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPointRulesResponseBody {
    /// `pointRuleList`.
    pub point_rule_list: Option<Vec<ListPointRulesResponseBodyPointRuleList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPointRulesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPointRulesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pointRuleList" => rt::read_field(map, &mut self.point_rule_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPointRulesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pointRuleList", &self.point_rule_list)?;
        object.end()
    }
}
/// `ListSubSpaceResponseBody`: the same model as [`GetSpacesInfoResponseBody`].
pub type ListSubSpaceResponseBody = GetSpacesInfoResponseBody;
/// `ListUncheckUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUncheckUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `values`.
    pub values: Option<Vec<ListUncheckUsersResponseBodyValues>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUncheckUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUncheckUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUncheckUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `ListUserIndustryRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserIndustryRolesResponseBody {
    /// `roleList`.
    pub role_list: Option<Vec<ListUserIndustryRolesResponseBodyRoleList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserIndustryRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserIndustryRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleList" => rt::read_field(map, &mut self.role_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserIndustryRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleList", &self.role_list)?;
        object.end()
    }
}
/// `PagePointHistoryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PagePointHistoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagePointHistoryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "pointRecordList" => rt::read_field(map, &mut self.point_record_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PagePointHistoryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("pointRecordList", &self.point_record_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateResidentBlackBoardResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentBlackBoardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateResidentBlackBoardResponseBody {
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
impl rt::serde::Serialize for UpdateResidentBlackBoardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdateResidentInfoResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateResidentInfoResponseBody = DeleteResidentBlackBoardResponseBody;
/// `UpdateResidentMemberRequestResidentUpdateInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateResidentMemberRequestResidentUpdateInfo {
    /// A `UpdateResidentMemberRequestResidentUpdateInfo` with its required fields (`deptId`, `name`, `oldDeptId`); set the others with the methods named after them.
    pub fn new(dept_id: i64, name: impl Into<String>, old_dept_id: i64) -> Self {
        Self {
            dept_id,
            is_property_owner: None,
            member_dept_extension: None,
            name: name.into(),
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
impl rt::serde::Serialize for UpdateResidentMemberRequestResidentUpdateInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.optional("isPropertyOwner", &self.is_property_owner)?;
        object.optional("memberDeptExtension", &self.member_dept_extension)?;
        object.field("name", &self.name)?;
        object.field("oldDeptId", &self.old_dept_id)?;
        object.optional("relateType", &self.relate_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentMemberRequestResidentUpdateInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidentMemberRequestResidentUpdateInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "isPropertyOwner" => rt::read_field(map, &mut self.is_property_owner),
            "memberDeptExtension" => rt::read_field(map, &mut self.member_dept_extension),
            "name" => rt::read_field(map, &mut self.name),
            "oldDeptId" => rt::read_field(map, &mut self.old_dept_id),
            "relateType" => rt::read_field(map, &mut self.relate_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateResidentMemberResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateResidentMemberResponseBody = DeleteResidentBlackBoardResponseBody;
/// `UpdateResidentUserRequestExtField`: the same model as [`AddResidentUsersRequestExtField`].
pub type UpdateResidentUserRequestExtField = AddResidentUsersRequestExtField;
/// `UpdateResidentUserResponseBody`: the same model as [`DeleteResidentDepartmentResponseBody`].
pub type UpdateResidentUserResponseBody = DeleteResidentDepartmentResponseBody;
/// `UpdateSpaceRequestSpaceInfoVOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateSpaceRequestSpaceInfoVOList {
    /// A `UpdateSpaceRequestSpaceInfoVOList` with its required fields (`deptId`, `tagCode`); set the others with the methods named after them.
    pub fn new(dept_id: i64, tag_code: impl Into<String>) -> Self {
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
            tag_code: tag_code.into(),
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
impl rt::serde::Serialize for UpdateSpaceRequestSpaceInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("billingArea", &self.billing_area)?;
        object.optional("buildingArea", &self.building_area)?;
        object.optional("buildingType", &self.building_type)?;
        object.field("deptId", &self.dept_id)?;
        object.optional("floor", &self.floor)?;
        object.optional("houseState", &self.house_state)?;
        object.optional("houseType", &self.house_type)?;
        object.optional("name", &self.name)?;
        object.optional("parentDeptId", &self.parent_dept_id)?;
        object.field("tagCode", &self.tag_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSpaceRequestSpaceInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSpaceRequestSpaceInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "billingArea" => rt::read_field(map, &mut self.billing_area),
            "buildingArea" => rt::read_field(map, &mut self.building_area),
            "buildingType" => rt::read_field(map, &mut self.building_type),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "floor" => rt::read_field(map, &mut self.floor),
            "houseState" => rt::read_field(map, &mut self.house_state),
            "houseType" => rt::read_field(map, &mut self.house_type),
            "name" => rt::read_field(map, &mut self.name),
            "parentDeptId" => rt::read_field(map, &mut self.parent_dept_id),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
/// `UpdateSpaceResponseBody`: the same model as [`DeleteResidentBlackBoardResponseBody`].
pub type UpdateSpaceResponseBody = DeleteResidentBlackBoardResponseBody;
/// `DeleteSpaceResponseBodyDelFailedDept`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteSpaceResponseBodyDelFailedDept {
    /// `deptId`.
    pub dept_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteSpaceResponseBodyDelFailedDept {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteSpaceResponseBodyDelFailedDept {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteSpaceResponseBodyDelFailedDept {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.end()
    }
}
/// `GetResidentInfoResponseBodyProjectManager`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentInfoResponseBodyProjectManager {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResidentInfoResponseBodyProjectManager {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentInfoResponseBodyProjectManager {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentInfoResponseBodyProjectManager {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `GetResidentMembersInfoResponseBodyResidenceList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetResidentMembersInfoResponseBodyResidenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentMembersInfoResponseBodyResidenceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "extField" => rt::read_field(map, &mut self.ext_field),
            "isPropertyOwner" => rt::read_field(map, &mut self.is_property_owner),
            "name" => rt::read_field(map, &mut self.name),
            "relateType" => rt::read_field(map, &mut self.relate_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentMembersInfoResponseBodyResidenceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("extField", &self.ext_field)?;
        object.optional("isPropertyOwner", &self.is_property_owner)?;
        object.optional("name", &self.name)?;
        object.optional("relateType", &self.relate_type)?;
        object.end()
    }
}
/// `GetSpacesInfoResponseBodySpaceList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSpacesInfoResponseBodySpaceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpacesInfoResponseBodySpaceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "billingArea" => rt::read_field(map, &mut self.billing_area),
            "buildingArea" => rt::read_field(map, &mut self.building_area),
            "floor" => rt::read_field(map, &mut self.floor),
            "houseState" => rt::read_field(map, &mut self.house_state),
            "isVirtual" => rt::read_field(map, &mut self.is_virtual),
            "parentReferId" => rt::read_field(map, &mut self.parent_refer_id),
            "referId" => rt::read_field(map, &mut self.refer_id),
            "spaceName" => rt::read_field(map, &mut self.space_name),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpacesInfoResponseBodySpaceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("billingArea", &self.billing_area)?;
        object.optional("buildingArea", &self.building_area)?;
        object.optional("floor", &self.floor)?;
        object.optional("houseState", &self.house_state)?;
        object.optional("isVirtual", &self.is_virtual)?;
        object.optional("parentReferId", &self.parent_refer_id)?;
        object.optional("referId", &self.refer_id)?;
        object.optional("spaceName", &self.space_name)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListPointRulesResponseBodyPointRuleList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListPointRulesResponseBodyPointRuleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPointRulesResponseBodyPointRuleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dayLimitTimes" => rt::read_field(map, &mut self.day_limit_times),
            "extension" => rt::read_field(map, &mut self.extension),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "ruleName" => rt::read_field(map, &mut self.rule_name),
            "score" => rt::read_field(map, &mut self.score),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPointRulesResponseBodyPointRuleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dayLimitTimes", &self.day_limit_times)?;
        object.optional("extension", &self.extension)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.optional("ruleName", &self.rule_name)?;
        object.optional("score", &self.score)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `ListSubSpaceResponseBodySpaceList`: the same model as [`GetSpacesInfoResponseBodySpaceList`].
pub type ListSubSpaceResponseBodySpaceList = GetSpacesInfoResponseBodySpaceList;
/// `ListUncheckUsersResponseBodyValues`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListUncheckUsersResponseBodyValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUncheckUsersResponseBodyValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "isPropertyOwner" => rt::read_field(map, &mut self.is_property_owner),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUncheckUsersResponseBodyValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("isPropertyOwner", &self.is_property_owner)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `ListUserIndustryRolesResponseBodyRoleList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserIndustryRolesResponseBodyRoleList {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserIndustryRolesResponseBodyRoleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserIndustryRolesResponseBodyRoleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserIndustryRolesResponseBodyRoleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.optional("tagCode", &self.tag_code)?;
        object.end()
    }
}
/// `PagePointHistoryResponseBodyPointRecordList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PagePointHistoryResponseBodyPointRecordList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PagePointHistoryResponseBodyPointRecordList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createAt" => rt::read_field(map, &mut self.create_at),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "ruleName" => rt::read_field(map, &mut self.rule_name),
            "score" => rt::read_field(map, &mut self.score),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PagePointHistoryResponseBodyPointRecordList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("ruleCode", &self.rule_code)?;
        object.optional("ruleName", &self.rule_name)?;
        object.optional("score", &self.score)?;
        object.optional("userId", &self.user_id)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `SearchResidentResponseBodyResidenceList`: the same model as [`GetResidentMembersInfoResponseBodyResidenceList`].
pub type SearchResidentResponseBodyResidenceList = GetResidentMembersInfoResponseBodyResidenceList;
/// The request of [`Api::add_point`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddPointRequest {
    /// A `AddPointRequest` with its required fields (`isCircle`, `ruleName`, `score`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(
        is_circle: bool,
        rule_name: impl Into<String>,
        score: i64,
        user_id: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            action_time: None,
            is_circle,
            rule_code: None,
            rule_name: rule_name.into(),
            score,
            user_id: user_id.into(),
            uuid: uuid.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPointRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPointRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionTime" => rt::read_field(map, &mut self.action_time),
            "isCircle" => rt::read_field(map, &mut self.is_circle),
            "ruleCode" => rt::read_field(map, &mut self.rule_code),
            "ruleName" => rt::read_field(map, &mut self.rule_name),
            "score" => rt::read_field(map, &mut self.score),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddResidentDepartmentRequest {
    /// `departmentName`: a query parameter.
    pub department_name: String,
    /// `isResidenceGroup`: a query parameter.
    pub is_residence_group: Option<bool>,
    /// `parentDepartmentId`: a query parameter.
    pub parent_department_id: i64,
}
impl AddResidentDepartmentRequest {
    /// A `AddResidentDepartmentRequest` with its required fields (`departmentName`, `parentDepartmentId`); set the others with the methods named after them.
    pub fn new(department_name: impl Into<String>, parent_department_id: i64) -> Self {
        Self {
            department_name: department_name.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddResidentDepartmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddResidentDepartmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "isResidenceGroup" => rt::read_field(map, &mut self.is_residence_group),
            "parentDepartmentId" => rt::read_field(map, &mut self.parent_department_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddResidentMemberRequest {
    /// `residentAddInfo`.
    pub resident_add_info: AddResidentMemberRequestResidentAddInfo,
}
impl AddResidentMemberRequest {
    /// A `AddResidentMemberRequest` with its required fields (`residentAddInfo`); set the others with the methods named after them.
    pub fn new(resident_add_info: AddResidentMemberRequestResidentAddInfo) -> Self {
        Self { resident_add_info }
    }
}
impl rt::serde::Serialize for AddResidentMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("residentAddInfo", &self.resident_add_info)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddResidentMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddResidentMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residentAddInfo" => rt::read_field(map, &mut self.resident_add_info),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_resident_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddResidentUsersRequest {
    /// A `AddResidentUsersRequest` with its required fields (`departmentId`, `userName`); set the others with the methods named after them.
    pub fn new(department_id: i64, user_name: impl Into<String>) -> Self {
        Self {
            address: None,
            department_id,
            ext_field: None,
            is_leaseholder: None,
            mobile: None,
            relate_type: None,
            user_name: user_name.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddResidentUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddResidentUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "extField" => rt::read_field(map, &mut self.ext_field),
            "isLeaseholder" => rt::read_field(map, &mut self.is_leaseholder),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "relateType" => rt::read_field(map, &mut self.relate_type),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateResidentBlackBoardRequest {
    /// A `CreateResidentBlackBoardRequest` with its required fields (`context`, `title`); set the others with the methods named after them.
    pub fn new(context: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            context: context.into(),
            media_id: None,
            send_time: None,
            title: title.into(),
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
impl rt::serde::Serialize for CreateResidentBlackBoardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("context", &self.context)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("sendTime", &self.send_time)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateResidentBlackBoardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateResidentBlackBoardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "context" => rt::read_field(map, &mut self.context),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "sendTime" => rt::read_field(map, &mut self.send_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateSpaceRequest {
    /// A `CreateSpaceRequest` with its required fields (`name`, `parentDeptId`, `tagCode`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        parent_dept_id: impl Into<String>,
        tag_code: impl Into<String>,
    ) -> Self {
        Self {
            billing_area: None,
            building_area: None,
            floor: None,
            house_state: None,
            name: name.into(),
            parent_dept_id: parent_dept_id.into(),
            tag_code: tag_code.into(),
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
impl rt::serde::Serialize for CreateSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("billingArea", &self.billing_area)?;
        object.optional("buildingArea", &self.building_area)?;
        object.optional("floor", &self.floor)?;
        object.optional("houseState", &self.house_state)?;
        object.field("name", &self.name)?;
        object.field("parentDeptId", &self.parent_dept_id)?;
        object.field("tagCode", &self.tag_code)?;
        object.optional("type", &self.r#type)?;
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
            "billingArea" => rt::read_field(map, &mut self.billing_area),
            "buildingArea" => rt::read_field(map, &mut self.building_area),
            "floor" => rt::read_field(map, &mut self.floor),
            "houseState" => rt::read_field(map, &mut self.house_state),
            "name" => rt::read_field(map, &mut self.name),
            "parentDeptId" => rt::read_field(map, &mut self.parent_dept_id),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_resident_black_board`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteResidentBlackBoardRequest {
    /// `blackboardId`: a query parameter.
    pub blackboard_id: String,
}
impl DeleteResidentBlackBoardRequest {
    /// A `DeleteResidentBlackBoardRequest` with its required fields (`blackboardId`); set the others with the methods named after them.
    pub fn new(blackboard_id: impl Into<String>) -> Self {
        Self {
            blackboard_id: blackboard_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteResidentBlackBoardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteResidentBlackBoardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackboardId" => rt::read_field(map, &mut self.blackboard_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blackboardId", &self.blackboard_id);
    }
}
/// The request of [`Api::delete_resident_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteResidentDepartmentRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
}
impl DeleteResidentDepartmentRequest {
    /// A `DeleteResidentDepartmentRequest` with its required fields (`departmentId`); set the others with the methods named after them.
    pub fn new(department_id: i64) -> Self {
        Self { department_id }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteResidentDepartmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteResidentDepartmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeleteSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.end()
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
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConversationIdRequest {
    /// `chatId`: a query parameter.
    pub chat_id: String,
}
impl GetConversationIdRequest {
    /// A `GetConversationIdRequest` with its required fields (`chatId`); set the others with the methods named after them.
    pub fn new(chat_id: impl Into<String>) -> Self {
        Self { chat_id: chat_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConversationIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConversationIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPropertyInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPropertyInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "propertyCorpId" => rt::read_field(map, &mut self.property_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResidentInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResidentInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residentCorpId" => rt::read_field(map, &mut self.resident_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResidentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("residentCorpId", &self.resident_corp_id);
    }
}
/// The request of [`Api::get_resident_members_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetResidentMembersInfoRequest {
    /// `residentCropId`.
    pub resident_crop_id: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl GetResidentMembersInfoRequest {
    /// A `GetResidentMembersInfoRequest` with its required fields (`residentCropId`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        resident_crop_id: impl Into<String>,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            resident_crop_id: resident_crop_id.into(),
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetResidentMembersInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("residentCropId", &self.resident_crop_id)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResidentMembersInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResidentMembersInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residentCropId" => rt::read_field(map, &mut self.resident_crop_id),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResidentMembersInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space_id_by_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceIdByTypeRequest {
    /// `departmentType`: a query parameter.
    pub department_type: String,
}
impl GetSpaceIdByTypeRequest {
    /// A `GetSpaceIdByTypeRequest` with its required fields (`departmentType`); set the others with the methods named after them.
    pub fn new(department_type: impl Into<String>) -> Self {
        Self {
            department_type: department_type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceIdByTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceIdByTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentType" => rt::read_field(map, &mut self.department_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpaceIdByTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentType", &self.department_type);
    }
}
/// The request of [`Api::get_spaces_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpacesInfoRequest {
    /// `referIds`.
    pub refer_ids: Vec<i64>,
    /// `residentCorpId`.
    pub resident_corp_id: String,
}
impl GetSpacesInfoRequest {
    /// A `GetSpacesInfoRequest` with its required fields (`referIds`, `residentCorpId`); set the others with the methods named after them.
    pub fn new(
        refer_ids: impl IntoIterator<Item = i64>,
        resident_corp_id: impl Into<String>,
    ) -> Self {
        Self {
            refer_ids: refer_ids.into_iter().collect(),
            resident_corp_id: resident_corp_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetSpacesInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("referIds", &self.refer_ids)?;
        object.field("residentCorpId", &self.resident_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpacesInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpacesInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "referIds" => rt::read_field(map, &mut self.refer_ids),
            "residentCorpId" => rt::read_field(map, &mut self.resident_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpacesInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_industry_role_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListIndustryRoleUsersRequest {
    /// `tagCode`: a query parameter.
    pub tag_code: String,
}
impl ListIndustryRoleUsersRequest {
    /// A `ListIndustryRoleUsersRequest` with its required fields (`tagCode`); set the others with the methods named after them.
    pub fn new(tag_code: impl Into<String>) -> Self {
        Self { tag_code: tag_code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListIndustryRoleUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListIndustryRoleUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListIndustryRoleUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tagCode", &self.tag_code);
    }
}
/// The request of [`Api::list_point_rules`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListPointRulesRequest {
    /// `isCircle`: a query parameter.
    pub is_circle: bool,
}
impl ListPointRulesRequest {
    /// A `ListPointRulesRequest` with its required fields (`isCircle`); set the others with the methods named after them.
    pub fn new(is_circle: bool) -> Self {
        Self { is_circle }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPointRulesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPointRulesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isCircle" => rt::read_field(map, &mut self.is_circle),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSubSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSubSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "referId" => rt::read_field(map, &mut self.refer_id),
            "residentCorpId" => rt::read_field(map, &mut self.resident_corp_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUncheckUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUncheckUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListUserIndustryRolesRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl ListUserIndustryRolesRequest {
    /// A `ListUserIndustryRolesRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUserIndustryRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUserIndustryRolesRequest {
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
impl rt::WriteRequest for ListUserIndustryRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::page_point_history`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PagePointHistoryRequest {
    /// A `PagePointHistoryRequest` with its required fields (`isCircle`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(is_circle: bool, max_results: i64, next_token: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PagePointHistoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PagePointHistoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "isCircle" => rt::read_field(map, &mut self.is_circle),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveResidentMemberRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `unionId`.
    pub union_id: String,
    /// `userId`.
    pub user_id: Option<String>,
}
impl RemoveResidentMemberRequest {
    /// A `RemoveResidentMemberRequest` with its required fields (`deptId`, `unionId`); set the others with the methods named after them.
    pub fn new(dept_id: i64, union_id: impl Into<String>) -> Self {
        Self {
            dept_id,
            union_id: union_id.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RemoveResidentMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.field("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveResidentMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveResidentMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_resident_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveResidentUserRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl RemoveResidentUserRequest {
    /// A `RemoveResidentUserRequest` with its required fields (`departmentId`, `userId`); set the others with the methods named after them.
    pub fn new(department_id: i64, user_id: impl Into<String>) -> Self {
        Self {
            department_id,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveResidentUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveResidentUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveResidentUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::search_resident`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchResidentRequest {
    /// `residentCropId`: a query parameter.
    pub resident_crop_id: String,
    /// `searchWord`: a query parameter.
    pub search_word: String,
}
impl SearchResidentRequest {
    /// A `SearchResidentRequest` with its required fields (`residentCropId`, `searchWord`); set the others with the methods named after them.
    pub fn new(
        resident_crop_id: impl Into<String>,
        search_word: impl Into<String>,
    ) -> Self {
        Self {
            resident_crop_id: resident_crop_id.into(),
            search_word: search_word.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchResidentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchResidentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residentCropId" => rt::read_field(map, &mut self.resident_crop_id),
            "searchWord" => rt::read_field(map, &mut self.search_word),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchResidentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("residentCropId", &self.resident_crop_id);
        writer.query("searchWord", &self.search_word);
    }
}
/// The request of [`Api::update_residece_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateResideceGroupRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `departmentName`: a query parameter.
    pub department_name: String,
    /// `managerUserId`: a query parameter.
    pub manager_user_id: Option<String>,
}
impl UpdateResideceGroupRequest {
    /// A `UpdateResideceGroupRequest` with its required fields (`departmentId`, `departmentName`); set the others with the methods named after them.
    pub fn new(department_id: i64, department_name: impl Into<String>) -> Self {
        Self {
            department_id,
            department_name: department_name.into(),
            manager_user_id: None,
        }
    }
    /// Sets `managerUserId`.
    pub fn manager_user_id(mut self, value: impl Into<String>) -> Self {
        self.manager_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResideceGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResideceGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateResidenceRequest {
    /// A `UpdateResidenceRequest` with its required fields (`departmentId`, `departmentName`, `parentDepartmentId`); set the others with the methods named after them.
    pub fn new(
        department_id: i64,
        department_name: impl Into<String>,
        parent_department_id: i64,
    ) -> Self {
        Self {
            department_id,
            department_name: department_name.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "destitute" => rt::read_field(map, &mut self.destitute),
            "grid" => rt::read_field(map, &mut self.grid),
            "homeTel" => rt::read_field(map, &mut self.home_tel),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "parentDepartmentId" => rt::read_field(map, &mut self.parent_department_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateResidentBlackBoardRequest {
    /// A `UpdateResidentBlackBoardRequest` with its required fields (`context`, `title`); set the others with the methods named after them.
    pub fn new(context: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            blackboard_id: None,
            context: context.into(),
            media_id: None,
            title: title.into(),
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
impl rt::serde::Serialize for UpdateResidentBlackBoardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blackboardId", &self.blackboard_id)?;
        object.field("context", &self.context)?;
        object.optional("mediaId", &self.media_id)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentBlackBoardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidentBlackBoardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackboardId" => rt::read_field(map, &mut self.blackboard_id),
            "context" => rt::read_field(map, &mut self.context),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateResidentBlackBoardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateResidentInfoRequest {
    /// A `UpdateResidentInfoRequest` with its required fields (`name`, `state`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, state: i64) -> Self {
        Self {
            address: None,
            building_area: None,
            city_name: None,
            community_type: None,
            county_name: None,
            location: None,
            name: name.into(),
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
impl rt::serde::Serialize for UpdateResidentInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("buildingArea", &self.building_area)?;
        object.optional("cityName", &self.city_name)?;
        object.optional("communityType", &self.community_type)?;
        object.optional("countyName", &self.county_name)?;
        object.optional("location", &self.location)?;
        object.field("name", &self.name)?;
        object.optional("provName", &self.prov_name)?;
        object.field("state", &self.state)?;
        object.optional("telephone", &self.telephone)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidentInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "buildingArea" => rt::read_field(map, &mut self.building_area),
            "cityName" => rt::read_field(map, &mut self.city_name),
            "communityType" => rt::read_field(map, &mut self.community_type),
            "countyName" => rt::read_field(map, &mut self.county_name),
            "location" => rt::read_field(map, &mut self.location),
            "name" => rt::read_field(map, &mut self.name),
            "provName" => rt::read_field(map, &mut self.prov_name),
            "state" => rt::read_field(map, &mut self.state),
            "telephone" => rt::read_field(map, &mut self.telephone),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateResidentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateResidentMemberRequest {
    /// `residentUpdateInfo`.
    pub resident_update_info: UpdateResidentMemberRequestResidentUpdateInfo,
    /// `unionId`.
    pub union_id: String,
}
impl UpdateResidentMemberRequest {
    /// A `UpdateResidentMemberRequest` with its required fields (`residentUpdateInfo`, `unionId`); set the others with the methods named after them.
    pub fn new(
        resident_update_info: UpdateResidentMemberRequestResidentUpdateInfo,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            resident_update_info,
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateResidentMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("residentUpdateInfo", &self.resident_update_info)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidentMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "residentUpdateInfo" => rt::read_field(map, &mut self.resident_update_info),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateResidentMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_resident_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateResidentUserRequest {
    /// A `UpdateResidentUserRequest` with its required fields (`departmentId`, `oldDepartmentId`, `userId`, `userName`); set the others with the methods named after them.
    pub fn new(
        department_id: i64,
        old_department_id: i64,
        user_id: impl Into<String>,
        user_name: impl Into<String>,
    ) -> Self {
        Self {
            address: None,
            department_id,
            ext_field: None,
            is_retain_old_dept: None,
            mobile: None,
            old_department_id,
            relate_type: None,
            user_id: user_id.into(),
            user_name: user_name.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateResidentUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateResidentUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "extField" => rt::read_field(map, &mut self.ext_field),
            "isRetainOldDept" => rt::read_field(map, &mut self.is_retain_old_dept),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "oldDepartmentId" => rt::read_field(map, &mut self.old_department_id),
            "relateType" => rt::read_field(map, &mut self.relate_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSpaceRequest {
    /// `spaceInfoVOList`.
    pub space_info_vo_list: Vec<UpdateSpaceRequestSpaceInfoVOList>,
}
impl UpdateSpaceRequest {
    /// A `UpdateSpaceRequest` with its required fields (`spaceInfoVOList`); set the others with the methods named after them.
    pub fn new(
        space_info_vo_list: impl IntoIterator<Item = UpdateSpaceRequestSpaceInfoVOList>,
    ) -> Self {
        Self {
            space_info_vo_list: space_info_vo_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for UpdateSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("spaceInfoVOList", &self.space_info_vo_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaceInfoVOList" => rt::read_field(map, &mut self.space_info_vo_list),
            _ => Ok(false),
        }
    }
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
