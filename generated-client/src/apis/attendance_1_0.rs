// @generated from api-spec/attendance_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 考勤 (Attendance)：考勤组、假期规则、排班与打卡。
//!
//! 46 operations, methods of [`Api`] (`client.attendance_1_0()`), behind the cargo feature `attendance_1_0`; its paths start with `/v1.0/attendance/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `attendance_1_0`. Get it with `client.attendance_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加假期规则
    ///
    /// `POST /v1.0/attendance/leaves/types`: DingTalk's `AddLeaveType` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddLeaveType")]
    #[doc(alias = "/v1.0/attendance/leaves/types")]
    #[doc(alias = "POST /v1.0/attendance/leaves/types")]
    pub fn add_leave_type(
        &self,
        request: &AddLeaveTypeRequest,
    ) -> rt::Call<AddLeaveTypeResponseBody, AddLeaveTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddLeaveType",
            rt::Method::Post,
            "/v1.0/attendance/leaves/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量给考勤组添加蓝牙设备
    ///
    /// `POST /v1.0/attendance/group/bledevices`: DingTalk's `AttendanceBleDevicesAdd` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AttendanceBleDevicesAdd")]
    #[doc(alias = "/v1.0/attendance/group/bledevices")]
    #[doc(alias = "POST /v1.0/attendance/group/bledevices")]
    pub fn attendance_ble_devices_add(
        &self,
        request: &AttendanceBleDevicesAddRequest,
    ) -> rt::Call<AttendanceBleDevicesAddResponseBody, AttendanceBleDevicesAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AttendanceBleDevicesAdd",
            rt::Method::Post,
            "/v1.0/attendance/group/bledevices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询蓝牙设备
    ///
    /// `POST /v1.0/attendance/group/bledevices/query`: DingTalk's `AttendanceBleDevicesQuery` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AttendanceBleDevicesQuery")]
    #[doc(alias = "/v1.0/attendance/group/bledevices/query")]
    #[doc(alias = "POST /v1.0/attendance/group/bledevices/query")]
    pub fn attendance_ble_devices_query(
        &self,
        request: &AttendanceBleDevicesQueryRequest,
    ) -> rt::Call<
        AttendanceBleDevicesQueryResponseBody,
        AttendanceBleDevicesQueryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AttendanceBleDevicesQuery",
            rt::Method::Post,
            "/v1.0/attendance/group/bledevices/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除考勤组的蓝牙设备
    ///
    /// `POST /v1.0/attendance/group/bledevices/remove`: DingTalk's `AttendanceBleDevicesRemove` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AttendanceBleDevicesRemove")]
    #[doc(alias = "/v1.0/attendance/group/bledevices/remove")]
    #[doc(alias = "POST /v1.0/attendance/group/bledevices/remove")]
    pub fn attendance_ble_devices_remove(
        &self,
        request: &AttendanceBleDevicesRemoveRequest,
    ) -> rt::Call<
        AttendanceBleDevicesRemoveResponseBody,
        AttendanceBleDevicesRemoveError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AttendanceBleDevicesRemove",
            rt::Method::Post,
            "/v1.0/attendance/group/bledevices/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改考勤结果
    ///
    /// `POST /v1.0/attendance/results/batch`: DingTalk's `BatchBossCheck` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchBossCheck")]
    #[doc(alias = "/v1.0/attendance/results/batch")]
    #[doc(alias = "POST /v1.0/attendance/results/batch")]
    pub fn batch_boss_check(
        &self,
        request: &BatchBossCheckRequest,
    ) -> rt::Call<BatchBossCheckResponseBody, BatchBossCheckError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchBossCheck",
            rt::Method::Post,
            "/v1.0/attendance/results/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 预计算时长
    ///
    /// `POST /v1.0/attendance/approvals/durations/calculate`: DingTalk's `CalculateDuration` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CalculateDuration")]
    #[doc(alias = "/v1.0/attendance/approvals/durations/calculate")]
    #[doc(alias = "POST /v1.0/attendance/approvals/durations/calculate")]
    pub fn calculate_duration(
        &self,
        request: &CalculateDurationRequest,
    ) -> rt::Call<CalculateDurationResponseBody, CalculateDurationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CalculateDuration",
            rt::Method::Post,
            "/v1.0/attendance/approvals/durations/calculate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 针对某些员工某段时间内封账状态的查询
    ///
    /// `POST /v1.0/attendance/closingAccounts/status/query`: DingTalk's `CheckClosingAccount` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckClosingAccount")]
    #[doc(alias = "/v1.0/attendance/closingAccounts/status/query")]
    #[doc(alias = "POST /v1.0/attendance/closingAccounts/status/query")]
    pub fn check_closing_account(
        &self,
        request: &CheckClosingAccountRequest,
    ) -> rt::Call<CheckClosingAccountResponseBody, CheckClosingAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckClosingAccount",
            rt::Method::Post,
            "/v1.0/attendance/closingAccounts/status/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 考勤资源的写权限查询
    ///
    /// `POST /v1.0/attendance/writePermissions/query`: DingTalk's `CheckWritePermission` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckWritePermission")]
    #[doc(alias = "/v1.0/attendance/writePermissions/query")]
    #[doc(alias = "POST /v1.0/attendance/writePermissions/query")]
    pub fn check_write_permission(
        &self,
        request: &CheckWritePermissionRequest,
    ) -> rt::Call<CheckWritePermissionResponseBody, CheckWritePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckWritePermission",
            rt::Method::Post,
            "/v1.0/attendance/writePermissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建考勤打卡审批单
    ///
    /// `POST /v1.0/attendance/approves`: DingTalk's `CreateApprove` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateApprove")]
    #[doc(alias = "/v1.0/attendance/approves")]
    #[doc(alias = "POST /v1.0/attendance/approves")]
    pub fn create_approve(
        &self,
        request: &CreateApproveRequest,
    ) -> rt::Call<CreateApproveResponseBody, CreateApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateApprove",
            rt::Method::Post,
            "/v1.0/attendance/approves",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销请假
    ///
    /// `POST /v1.0/attendance/users/{unionId}/vacations/records/revoke`: DingTalk's `DeleteLeaveRequest` (module feature `attendance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteLeaveRequest")]
    #[doc(alias = "/v1.0/attendance/users/{unionId}/vacations/records/revoke")]
    #[doc(alias = "POST /v1.0/attendance/users/{unionId}/vacations/records/revoke")]
    pub fn delete_leave_request(
        &self,
        union_id: &str,
        request: &DeleteLeaveRequestRequest,
    ) -> rt::Call<DeleteLeaveRequestResponseBody, DeleteLeaveRequestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteLeaveRequest",
            rt::Method::Post,
            "/v1.0/attendance/users/{unionId}/vacations/records/revoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 删除水印模板
    ///
    /// `DELETE /v1.0/attendance/watermarks/templates`: DingTalk's `DeleteWaterMarkTemplate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWaterMarkTemplate")]
    #[doc(alias = "/v1.0/attendance/watermarks/templates")]
    #[doc(alias = "DELETE /v1.0/attendance/watermarks/templates")]
    pub fn delete_water_mark_template(
        &self,
        request: &DeleteWaterMarkTemplateRequest,
    ) -> rt::Call<DeleteWaterMarkTemplateResponseBody, DeleteWaterMarkTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWaterMarkTemplate",
            rt::Method::Delete,
            "/v1.0/attendance/watermarks/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉钉安全检查
    ///
    /// `POST /v1.0/attendance/securities/check`: DingTalk's `DingTalkSecurityCheck` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DingTalkSecurityCheck")]
    #[doc(alias = "/v1.0/attendance/securities/check")]
    #[doc(alias = "POST /v1.0/attendance/securities/check")]
    pub fn ding_talk_security_check(
        &self,
        request: &DingTalkSecurityCheckRequest,
    ) -> rt::Call<DingTalkSecurityCheckResponseBody, DingTalkSecurityCheckError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DingTalkSecurityCheck",
            rt::Method::Post,
            "/v1.0/attendance/securities/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询管理员管理范围下的userid
    ///
    /// `GET /v1.0/attendance/manageScopes`: DingTalk's `GetATManageScope` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetATManageScope")]
    #[doc(alias = "/v1.0/attendance/manageScopes")]
    #[doc(alias = "GET /v1.0/attendance/manageScopes")]
    pub fn get_at_manage_scope(
        &self,
        request: &GetATManageScopeRequest,
    ) -> rt::Call<GetATManageScopeResponseBody, GetATManageScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetATManageScope",
            rt::Method::Get,
            "/v1.0/attendance/manageScopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取补卡规则列表
    ///
    /// `GET /v1.0/attendance/adjustments`: DingTalk's `GetAdjustments` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_adjustments_pages`].
    #[doc(alias = "GetAdjustments")]
    #[doc(alias = "/v1.0/attendance/adjustments")]
    #[doc(alias = "GET /v1.0/attendance/adjustments")]
    pub fn get_adjustments(
        &self,
        request: &GetAdjustmentsRequest,
    ) -> rt::Call<GetAdjustmentsResponseBody, GetAdjustmentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAdjustments",
            rt::Method::Get,
            "/v1.0/attendance/adjustments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取水印打卡模板
    ///
    /// `GET /v1.0/attendance/watermarks/templates`: DingTalk's `GetCheckInSchemaTemplate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCheckInSchemaTemplate")]
    #[doc(alias = "/v1.0/attendance/watermarks/templates")]
    #[doc(alias = "GET /v1.0/attendance/watermarks/templates")]
    pub fn get_check_in_schema_template(
        &self,
        request: &GetCheckInSchemaTemplateRequest,
    ) -> rt::Call<GetCheckInSchemaTemplateResponseBody, GetCheckInSchemaTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCheckInSchemaTemplate",
            rt::Method::Get,
            "/v1.0/attendance/watermarks/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用本接口，获取用户签到记录。
    ///
    /// `POST /v1.0/attendance/checkin/records/query`: DingTalk's `GetCheckinRecordByUser` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_checkin_record_by_user_pages`].
    #[doc(alias = "GetCheckinRecordByUser")]
    #[doc(alias = "/v1.0/attendance/checkin/records/query")]
    #[doc(alias = "POST /v1.0/attendance/checkin/records/query")]
    pub fn get_checkin_record_by_user(
        &self,
        request: &GetCheckinRecordByUserRequest,
    ) -> rt::Call<GetCheckinRecordByUserResponseBody, GetCheckinRecordByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCheckinRecordByUser",
            rt::Method::Post,
            "/v1.0/attendance/checkin/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 班次查询（包含已删除班次）
    ///
    /// `GET /v1.0/attendance/classWithDeleted/{classId}`: DingTalk's `GetClassWithDeleted` (module feature `attendance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `class_id`: `{classId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetClassWithDeleted")]
    #[doc(alias = "/v1.0/attendance/classWithDeleted/{classId}")]
    #[doc(alias = "GET /v1.0/attendance/classWithDeleted/{classId}")]
    pub fn get_class_with_deleted(
        &self,
        class_id: &str,
    ) -> rt::Call<GetClassWithDeletedResponseBody, GetClassWithDeletedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetClassWithDeleted",
            rt::Method::Get,
            "/v1.0/attendance/classWithDeleted/{classId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[class_id], &())
    }
    /// 查询指定用户的封账规则
    ///
    /// `POST /v1.0/attendance/closingAccounts/rules/query`: DingTalk's `GetClosingAccounts` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetClosingAccounts")]
    #[doc(alias = "/v1.0/attendance/closingAccounts/rules/query")]
    #[doc(alias = "POST /v1.0/attendance/closingAccounts/rules/query")]
    pub fn get_closing_accounts(
        &self,
        request: &GetClosingAccountsRequest,
    ) -> rt::Call<GetClosingAccountsResponseBody, GetClosingAccountsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetClosingAccounts",
            rt::Method::Post,
            "/v1.0/attendance/closingAccounts/rules/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取多个用户的智能考勤报表的列值
    ///
    /// `POST /v1.0/attendance/columnValues/query`: DingTalk's `GetColumnvals` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetColumnvals")]
    #[doc(alias = "/v1.0/attendance/columnValues/query")]
    #[doc(alias = "POST /v1.0/attendance/columnValues/query")]
    pub fn get_columnvals(
        &self,
        request: &GetColumnvalsRequest,
    ) -> rt::Call<GetColumnvalsResponseBody, GetColumnvalsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetColumnvals",
            rt::Method::Post,
            "/v1.0/attendance/columnValues/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询员工假期余额变更记录
    ///
    /// `POST /v1.0/attendance/vacations/records/query`: DingTalk's `GetLeaveRecords` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_leave_records_pages`].
    #[doc(alias = "GetLeaveRecords")]
    #[doc(alias = "/v1.0/attendance/vacations/records/query")]
    #[doc(alias = "POST /v1.0/attendance/vacations/records/query")]
    pub fn get_leave_records(
        &self,
        request: &GetLeaveRecordsRequest,
    ) -> rt::Call<GetLeaveRecordsResponseBody, GetLeaveRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLeaveRecords",
            rt::Method::Post,
            "/v1.0/attendance/vacations/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询假期规则列表
    ///
    /// `GET /v1.0/attendance/leaves/types`: DingTalk's `GetLeaveType` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetLeaveType")]
    #[doc(alias = "/v1.0/attendance/leaves/types")]
    #[doc(alias = "GET /v1.0/attendance/leaves/types")]
    pub fn get_leave_type(
        &self,
        request: &GetLeaveTypeRequest,
    ) -> rt::Call<GetLeaveTypeResponseBody, GetLeaveTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLeaveType",
            rt::Method::Get,
            "/v1.0/attendance/leaves/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据设备id获取考勤机信息
    ///
    /// `GET /v1.0/attendance/machines/{devId}`: DingTalk's `GetMachine` (module feature `attendance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dev_id`: `{devId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMachine")]
    #[doc(alias = "/v1.0/attendance/machines/{devId}")]
    #[doc(alias = "GET /v1.0/attendance/machines/{devId}")]
    pub fn get_machine(
        &self,
        dev_id: &str,
    ) -> rt::Call<GetMachineResponseBody, GetMachineError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMachine",
            rt::Method::Get,
            "/v1.0/attendance/machines/{devId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dev_id], &())
    }
    /// 根据设备id获取员工信息
    ///
    /// `GET /v1.0/attendance/machines/getUser/{devId}`: DingTalk's `GetMachineUser` (module feature `attendance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dev_id`: `{devId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_machine_user_pages`].
    #[doc(alias = "GetMachineUser")]
    #[doc(alias = "/v1.0/attendance/machines/getUser/{devId}")]
    #[doc(alias = "GET /v1.0/attendance/machines/getUser/{devId}")]
    pub fn get_machine_user(
        &self,
        dev_id: &str,
        request: &GetMachineUserRequest,
    ) -> rt::Call<GetMachineUserResponseBody, GetMachineUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMachineUser",
            rt::Method::Get,
            "/v1.0/attendance/machines/getUser/{devId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dev_id], request)
    }
    /// 假期透支信息查询
    ///
    /// `POST /v1.0/attendance/vacations/overdraft/get`: DingTalk's `GetOverdraftInfo` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOverdraftInfo")]
    #[doc(alias = "/v1.0/attendance/vacations/overdraft/get")]
    #[doc(alias = "POST /v1.0/attendance/vacations/overdraft/get")]
    pub fn get_overdraft_info(
        &self,
        request: &GetOverdraftInfoRequest,
    ) -> rt::Call<GetOverdraftInfoResponseBody, GetOverdraftInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOverdraftInfo",
            rt::Method::Post,
            "/v1.0/attendance/vacations/overdraft/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取加班规则设置
    ///
    /// `POST /v1.0/attendance/overtimeSettings/query`: DingTalk's `GetOvertimeSetting` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOvertimeSetting")]
    #[doc(alias = "/v1.0/attendance/overtimeSettings/query")]
    #[doc(alias = "POST /v1.0/attendance/overtimeSettings/query")]
    pub fn get_overtime_setting(
        &self,
        request: &GetOvertimeSettingRequest,
    ) -> rt::Call<GetOvertimeSettingResponseBody, GetOvertimeSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOvertimeSetting",
            rt::Method::Post,
            "/v1.0/attendance/overtimeSettings/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 班次详情
    ///
    /// `GET /v1.0/attendance/shifts`: DingTalk's `GetShift` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetShift")]
    #[doc(alias = "/v1.0/attendance/shifts")]
    #[doc(alias = "GET /v1.0/attendance/shifts")]
    pub fn get_shift(
        &self,
        request: &GetShiftRequest,
    ) -> rt::Call<GetShiftResponseBody, GetShiftError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetShift",
            rt::Method::Get,
            "/v1.0/attendance/shifts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取考勤组列表详情
    ///
    /// `GET /v1.0/attendance/groupDetails`: DingTalk's `GetSimpleGroups` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSimpleGroups")]
    #[doc(alias = "/v1.0/attendance/groupDetails")]
    #[doc(alias = "GET /v1.0/attendance/groupDetails")]
    pub fn get_simple_groups(
        &self,
        request: &GetSimpleGroupsRequest,
    ) -> rt::Call<GetSimpleGroupsResponseBody, GetSimpleGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSimpleGroups",
            rt::Method::Get,
            "/v1.0/attendance/groupDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 加班规则列表
    ///
    /// `GET /v1.0/attendance/overtimeSettings`: DingTalk's `GetSimpleOvertimeSetting` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_simple_overtime_setting_pages`].
    #[doc(alias = "GetSimpleOvertimeSetting")]
    #[doc(alias = "/v1.0/attendance/overtimeSettings")]
    #[doc(alias = "GET /v1.0/attendance/overtimeSettings")]
    pub fn get_simple_overtime_setting(
        &self,
        request: &GetSimpleOvertimeSettingRequest,
    ) -> rt::Call<GetSimpleOvertimeSettingResponseBody, GetSimpleOvertimeSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSimpleOvertimeSetting",
            rt::Method::Get,
            "/v1.0/attendance/overtimeSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询员工某段时间的假期
    ///
    /// `POST /v1.0/attendance/holidays`: DingTalk's `GetUserHolidays` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserHolidays")]
    #[doc(alias = "/v1.0/attendance/holidays")]
    #[doc(alias = "POST /v1.0/attendance/holidays")]
    pub fn get_user_holidays(
        &self,
        request: &GetUserHolidaysRequest,
    ) -> rt::Call<GetUserHolidaysResponseBody, GetUserHolidaysError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserHolidays",
            rt::Method::Post,
            "/v1.0/attendance/holidays",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建考勤组
    ///
    /// `POST /v1.0/attendance/groups`: DingTalk's `GroupAdd` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupAdd")]
    #[doc(alias = "/v1.0/attendance/groups")]
    #[doc(alias = "POST /v1.0/attendance/groups")]
    pub fn group_add(
        &self,
        request: &GroupAddRequest,
    ) -> rt::Call<GroupAddResponseBody, GroupAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupAdd",
            rt::Method::Post,
            "/v1.0/attendance/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改考勤组
    ///
    /// `PUT /v1.0/attendance/groups`: DingTalk's `GroupUpdate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupUpdate")]
    #[doc(alias = "/v1.0/attendance/groups")]
    #[doc(alias = "PUT /v1.0/attendance/groups")]
    pub fn group_update(
        &self,
        request: &GroupUpdateRequest,
    ) -> rt::Call<GroupUpdateResponseBody, GroupUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupUpdate",
            rt::Method::Put,
            "/v1.0/attendance/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生态系统假期初始化查询余额接口
    ///
    /// `GET /v1.0/attendance/leaves/initializations/balances`: DingTalk's `InitAndGetLeaveALlocationQuotas` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InitAndGetLeaveALlocationQuotas")]
    #[doc(alias = "/v1.0/attendance/leaves/initializations/balances")]
    #[doc(alias = "GET /v1.0/attendance/leaves/initializations/balances")]
    pub fn init_and_get_leave_a_llocation_quotas(
        &self,
        request: &InitAndGetLeaveALlocationQuotasRequest,
    ) -> rt::Call<
        InitAndGetLeaveALlocationQuotasResponseBody,
        InitAndGetLeaveALlocationQuotasError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitAndGetLeaveALlocationQuotas",
            rt::Method::Get,
            "/v1.0/attendance/leaves/initializations/balances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户某段时间内同步到考勤的审批单信息
    ///
    /// `POST /v1.0/attendance/approvals/query`: DingTalk's `ListApproveByUsers` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListApproveByUsers")]
    #[doc(alias = "/v1.0/attendance/approvals/query")]
    #[doc(alias = "POST /v1.0/attendance/approvals/query")]
    pub fn list_approve_by_users(
        &self,
        request: &ListApproveByUsersRequest,
    ) -> rt::Call<ListApproveByUsersResponseBody, ListApproveByUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListApproveByUsers",
            rt::Method::Post,
            "/v1.0/attendance/approvals/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改水印模板
    ///
    /// `PUT /v1.0/attendance/watermarks/templates`: DingTalk's `ModifyWaterMarkTemplate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifyWaterMarkTemplate")]
    #[doc(alias = "/v1.0/attendance/watermarks/templates")]
    #[doc(alias = "PUT /v1.0/attendance/watermarks/templates")]
    pub fn modify_water_mark_template(
        &self,
        request: &ModifyWaterMarkTemplateRequest,
    ) -> rt::Call<ModifyWaterMarkTemplateResponseBody, ModifyWaterMarkTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyWaterMarkTemplate",
            rt::Method::Put,
            "/v1.0/attendance/watermarks/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建考勤打卡审批单
    ///
    /// `POST /v1.0/attendance/workflows/checkInForms`: DingTalk's `ProcessApproveCreate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProcessApproveCreate")]
    #[doc(alias = "/v1.0/attendance/workflows/checkInForms")]
    #[doc(alias = "POST /v1.0/attendance/workflows/checkInForms")]
    pub fn process_approve_create(
        &self,
        request: &ProcessApproveCreateRequest,
    ) -> rt::Call<ProcessApproveCreateResponseBody, ProcessApproveCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProcessApproveCreate",
            rt::Method::Post,
            "/v1.0/attendance/workflows/checkInForms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知审批通过
    ///
    /// `POST /v1.0/attendance/approvals/finish`: DingTalk's `ProcessApproveFinish` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProcessApproveFinish")]
    #[doc(alias = "/v1.0/attendance/approvals/finish")]
    #[doc(alias = "POST /v1.0/attendance/approvals/finish")]
    pub fn process_approve_finish(
        &self,
        request: &ProcessApproveFinishRequest,
    ) -> rt::Call<ProcessApproveFinishResponseBody, ProcessApproveFinishError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProcessApproveFinish",
            rt::Method::Post,
            "/v1.0/attendance/approvals/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 考勤高级排班OEM应用升级
    ///
    /// `PUT /v1.0/attendance/oemApps`: DingTalk's `ProcessHhOemUpdate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProcessHhOemUpdate")]
    #[doc(alias = "/v1.0/attendance/oemApps")]
    #[doc(alias = "PUT /v1.0/attendance/oemApps")]
    pub fn process_hh_oem_update(
        &self,
        request: &ProcessHhOemUpdateRequest,
    ) -> rt::Call<ProcessHhOemUpdateResponseBody, ProcessHhOemUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProcessHhOemUpdate",
            rt::Method::Put,
            "/v1.0/attendance/oemApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 扣减员工假期余额
    ///
    /// `POST /v1.0/attendance/users/{unionId}/vacations/records/modify`: DingTalk's `ReduceQuotaWithLeaveRecord` (module feature `attendance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReduceQuotaWithLeaveRecord")]
    #[doc(alias = "/v1.0/attendance/users/{unionId}/vacations/records/modify")]
    #[doc(alias = "POST /v1.0/attendance/users/{unionId}/vacations/records/modify")]
    pub fn reduce_quota_with_leave_record(
        &self,
        union_id: &str,
        request: &ReduceQuotaWithLeaveRecordRequest,
    ) -> rt::Call<
        ReduceQuotaWithLeaveRecordResponseBody,
        ReduceQuotaWithLeaveRecordError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReduceQuotaWithLeaveRecord",
            rt::Method::Post,
            "/v1.0/attendance/users/{unionId}/vacations/records/modify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 修改假期规则来源
    ///
    /// `POST /v1.0/attendance/vacations/types/change`: DingTalk's `RetainLeaveTypes` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetainLeaveTypes")]
    #[doc(alias = "/v1.0/attendance/vacations/types/change")]
    #[doc(alias = "POST /v1.0/attendance/vacations/types/change")]
    pub fn retain_leave_types(
        &self,
        request: &RetainLeaveTypesRequest,
    ) -> rt::Call<RetainLeaveTypesResponseBody, RetainLeaveTypesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetainLeaveTypes",
            rt::Method::Post,
            "/v1.0/attendance/vacations/types/change",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提供给高级假期的试用订单回退
    ///
    /// `PUT /v1.0/attendance/leaves/reverse`: DingTalk's `ReverseTrialAdvancedLeave` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReverseTrialAdvancedLeave")]
    #[doc(alias = "/v1.0/attendance/leaves/reverse")]
    #[doc(alias = "PUT /v1.0/attendance/leaves/reverse")]
    pub fn reverse_trial_advanced_leave(
        &self,
        request: &ReverseTrialAdvancedLeaveRequest,
    ) -> rt::Call<
        ReverseTrialAdvancedLeaveResponseBody,
        ReverseTrialAdvancedLeaveError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReverseTrialAdvancedLeave",
            rt::Method::Put,
            "/v1.0/attendance/leaves/reverse",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 薪酬三方数据写入
    ///
    /// `POST /v1.0/attendance/salaries/tripartiteDatas/write`: DingTalk's `SalaryThirdDataIntegration` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SalaryThirdDataIntegration")]
    #[doc(alias = "/v1.0/attendance/salaries/tripartiteDatas/write")]
    #[doc(alias = "POST /v1.0/attendance/salaries/tripartiteDatas/write")]
    pub fn salary_third_data_integration(
        &self,
        request: &SalaryThirdDataIntegrationRequest,
    ) -> rt::Call<
        SalaryThirdDataIntegrationResponseBody,
        SalaryThirdDataIntegrationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SalaryThirdDataIntegration",
            rt::Method::Post,
            "/v1.0/attendance/salaries/tripartiteDatas/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增水印签到模板
    ///
    /// `POST /v1.0/attendance/watermarks/templates`: DingTalk's `SaveCustomWaterMarkTemplate` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveCustomWaterMarkTemplate")]
    #[doc(alias = "/v1.0/attendance/watermarks/templates")]
    #[doc(alias = "POST /v1.0/attendance/watermarks/templates")]
    pub fn save_custom_water_mark_template(
        &self,
        request: &SaveCustomWaterMarkTemplateRequest,
    ) -> rt::Call<
        SaveCustomWaterMarkTemplateResponseBody,
        SaveCustomWaterMarkTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveCustomWaterMarkTemplate",
            rt::Method::Post,
            "/v1.0/attendance/watermarks/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建班次
    ///
    /// `POST /v1.0/attendance/shifts`: DingTalk's `ShiftAdd` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ShiftAdd")]
    #[doc(alias = "/v1.0/attendance/shifts")]
    #[doc(alias = "POST /v1.0/attendance/shifts")]
    pub fn shift_add(
        &self,
        request: &ShiftAddRequest,
    ) -> rt::Call<ShiftAddResponseBody, ShiftAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ShiftAdd",
            rt::Method::Post,
            "/v1.0/attendance/shifts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用于考勤排班附加信息，例如打卡位置，打卡wifi等
    ///
    /// `PUT /v1.0/attendance/schedules/additionalInfo`: DingTalk's `SyncScheduleInfo` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncScheduleInfo")]
    #[doc(alias = "/v1.0/attendance/schedules/additionalInfo")]
    #[doc(alias = "PUT /v1.0/attendance/schedules/additionalInfo")]
    pub fn sync_schedule_info(
        &self,
        request: &SyncScheduleInfoRequest,
    ) -> rt::Call<(), SyncScheduleInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncScheduleInfo",
            rt::Method::Put,
            "/v1.0/attendance/schedules/additionalInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新假期规则
    ///
    /// `PUT /v1.0/attendance/leaves/types`: DingTalk's `UpdateLeaveType` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateLeaveType")]
    #[doc(alias = "/v1.0/attendance/leaves/types")]
    #[doc(alias = "PUT /v1.0/attendance/leaves/types")]
    pub fn update_leave_type(
        &self,
        request: &UpdateLeaveTypeRequest,
    ) -> rt::Call<UpdateLeaveTypeResponseBody, UpdateLeaveTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateLeaveType",
            rt::Method::Put,
            "/v1.0/attendance/leaves/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量更新余额
    ///
    /// `POST /v1.0/attendance/leaves/quota`: DingTalk's `UpdateVacationQuota` (module feature `attendance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateVacationQuota")]
    #[doc(alias = "/v1.0/attendance/leaves/quota")]
    #[doc(alias = "POST /v1.0/attendance/leaves/quota")]
    pub fn update_vacation_quota(
        &self,
        request: &UpdateVacationQuotaRequest,
    ) -> rt::Call<UpdateVacationQuotaResponseBody, UpdateVacationQuotaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateVacationQuota",
            rt::Method::Post,
            "/v1.0/attendance/leaves/quota",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_adjustments`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result.items` of each page.
    pub fn get_adjustments_pages(
        &self,
        request: &GetAdjustmentsRequest,
    ) -> rt::Paginator<
        GetAdjustmentsResponseBody,
        GetAdjustmentsError,
        GetAdjustmentsResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "items"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_adjustments(request), &PAGING)
    }
    /// Every page of [`Api::get_checkin_record_by_user`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.pageList` of each page.
    pub fn get_checkin_record_by_user_pages(
        &self,
        request: &GetCheckinRecordByUserRequest,
    ) -> rt::Paginator<
        GetCheckinRecordByUserResponseBody,
        GetCheckinRecordByUserError,
        GetCheckinRecordByUserResponseBodyResultPageList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "pageList"],
        );
        rt::Paginator::new(self.get_checkin_record_by_user(request), &PAGING)
    }
    /// Every page of [`Api::get_leave_records`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.leaveRecords` of each page.
    pub fn get_leave_records_pages(
        &self,
        request: &GetLeaveRecordsRequest,
    ) -> rt::Paginator<
        GetLeaveRecordsResponseBody,
        GetLeaveRecordsError,
        GetLeaveRecordsResponseBodyResultLeaveRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["result", "leaveRecords"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.get_leave_records(request), &PAGING)
    }
    /// Every page of [`Api::get_machine_user`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.userList` of each page.
    pub fn get_machine_user_pages(
        &self,
        dev_id: &str,
        request: &GetMachineUserRequest,
    ) -> rt::Paginator<
        GetMachineUserResponseBody,
        GetMachineUserError,
        GetMachineUserResponseBodyResultUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "userList"],
        );
        rt::Paginator::new(self.get_machine_user(dev_id, request), &PAGING)
    }
    /// Every page of [`Api::get_simple_overtime_setting`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result.items` of each page.
    pub fn get_simple_overtime_setting_pages(
        &self,
        request: &GetSimpleOvertimeSettingRequest,
    ) -> rt::Paginator<
        GetSimpleOvertimeSettingResponseBody,
        GetSimpleOvertimeSettingError,
        GetSimpleOvertimeSettingResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "items"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_simple_overtime_setting(request), &PAGING)
    }
}
/// `AddLeaveTypeRequestLeaveCertificate`, a model several operations share: also named [`UpdateLeaveTypeRequestLeaveCertificate`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeaveTypeRequestLeaveCertificate {
    /// `duration`.
    pub duration: Option<f64>,
    /// `enable`.
    pub enable: Option<bool>,
    /// `promptInformation`.
    pub prompt_information: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
impl AddLeaveTypeRequestLeaveCertificate {
    /// An empty `AddLeaveTypeRequestLeaveCertificate`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: f64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `enable`.
    pub fn enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }
    /// Sets `promptInformation`.
    pub fn prompt_information(mut self, value: impl Into<String>) -> Self {
        self.prompt_information = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddLeaveTypeRequestLeaveCertificate { "duration" => optional(duration), "enable" =>
    optional(enable), "promptInformation" => optional(prompt_information), "unit" =>
    optional(unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeaveTypeRequestLeaveCertificate { "duration" => read_field(duration), "enable" =>
    read_field(enable), "promptInformation" => read_field(prompt_information), "unit" =>
    read_field(unit) }
}
/// `AddLeaveTypeRequestSubmitTimeRule`, a model several operations share: also named [`UpdateLeaveTypeRequestSubmitTimeRule`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeaveTypeRequestSubmitTimeRule {
    /// `enableTimeLimit`.
    pub enable_time_limit: Option<bool>,
    /// `timeType`.
    pub time_type: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
    /// `timeValue`.
    pub time_value: Option<i64>,
}
impl AddLeaveTypeRequestSubmitTimeRule {
    /// An empty `AddLeaveTypeRequestSubmitTimeRule`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enableTimeLimit`.
    pub fn enable_time_limit(mut self, value: bool) -> Self {
        self.enable_time_limit = Some(value);
        self
    }
    /// Sets `timeType`.
    pub fn time_type(mut self, value: impl Into<String>) -> Self {
        self.time_type = Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }
    /// Sets `timeValue`.
    pub fn time_value(mut self, value: i64) -> Self {
        self.time_value = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddLeaveTypeRequestSubmitTimeRule { "enableTimeLimit" => optional(enable_time_limit),
    "timeType" => optional(time_type), "timeUnit" => optional(time_unit), "timeValue" =>
    optional(time_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeaveTypeRequestSubmitTimeRule { "enableTimeLimit" =>
    read_field(enable_time_limit), "timeType" => read_field(time_type), "timeUnit" =>
    read_field(time_unit), "timeValue" => read_field(time_value) }
}
/// `AddLeaveTypeRequestVisibilityRules`, a model several operations share: also named [`UpdateLeaveTypeRequestVisibilityRules`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeaveTypeRequestVisibilityRules {
    /// `type`.
    pub r#type: Option<String>,
    /// `visible`.
    pub visible: Option<Vec<String>>,
}
impl AddLeaveTypeRequestVisibilityRules {
    /// An empty `AddLeaveTypeRequestVisibilityRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `visible`.
    pub fn visible(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.visible = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    AddLeaveTypeRequestVisibilityRules { "type" => optional(r#type), "visible" =>
    optional(visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeaveTypeRequestVisibilityRules { "type" => read_field(r#type), "visible" =>
    read_field(visible) }
}
/// `AddLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<AddLeaveTypeResponseBodyResult>,
}
rt::impl_deserialize! {
    AddLeaveTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeaveTypeResponseBody { "result" => optional(result) }
}
/// `AttendanceBleDevicesAddResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddResponseBody {
    /// `errorList`.
    pub error_list: Option<Vec<AttendanceBleDevicesAddResponseBodyErrorList>>,
    /// `successList`.
    pub success_list: Option<Vec<AttendanceBleDevicesAddResponseBodySuccessList>>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesAddResponseBody { "errorList" => read_field(error_list),
    "successList" => read_field(success_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesAddResponseBody { "errorList" => optional(error_list),
    "successList" => optional(success_list) }
}
/// `AttendanceBleDevicesQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<AttendanceBleDevicesQueryResponseBodyResult>>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesQueryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesQueryResponseBody { "result" => optional(result) }
}
/// `AttendanceBleDevicesRemoveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveResponseBody {
    /// `errorList`.
    pub error_list: Option<Vec<AttendanceBleDevicesRemoveResponseBodyErrorList>>,
    /// `successList`.
    pub success_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesRemoveResponseBody { "errorList" => read_field(error_list),
    "successList" => read_field(success_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesRemoveResponseBody { "errorList" => optional(error_list),
    "successList" => optional(success_list) }
}
/// `BatchBossCheckRequestModels`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchBossCheckRequestModels {
    /// `absentMin`.
    pub absent_min: Option<i64>,
    /// `planId`.
    pub plan_id: i64,
    /// `remark`.
    pub remark: Option<String>,
    /// `timeResult`.
    pub time_result: String,
}
/// The required fields of [`BatchBossCheckRequestModels`], each named where it is set: `BatchBossCheckRequestModels::new(BatchBossCheckRequestModelsRequired { .. })`.
pub struct BatchBossCheckRequestModelsRequired {
    /// `planId`: see [`BatchBossCheckRequestModels::plan_id`].
    pub plan_id: i64,
    /// `timeResult`: see [`BatchBossCheckRequestModels::time_result`].
    pub time_result: String,
}
impl BatchBossCheckRequestModels {
    /// A `BatchBossCheckRequestModels` with its required fields (`planId`, `timeResult`); set the others with the methods named after them.
    pub fn new(required: BatchBossCheckRequestModelsRequired) -> Self {
        let BatchBossCheckRequestModelsRequired { plan_id, time_result } = required;
        Self {
            absent_min: None,
            plan_id,
            remark: None,
            time_result,
        }
    }
    /// Sets `absentMin`.
    pub fn absent_min(mut self, value: i64) -> Self {
        self.absent_min = Some(value);
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchBossCheckRequestModels { "absentMin" => optional(absent_min), "planId" =>
    field(plan_id), "remark" => optional(remark), "timeResult" => field(time_result) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchBossCheckRequestModels { "absentMin" => read_field(absent_min), "planId" =>
    read_field(plan_id), "remark" => read_field(remark), "timeResult" =>
    read_field(time_result) }
}
/// `BatchBossCheckResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchBossCheckResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    BatchBossCheckResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchBossCheckResponseBody { "result" => optional(result) }
}
/// `CalculateDurationResponseBody`, a model several operations share: also named [`ProcessApproveFinishResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CalculateDurationResponseBody {
    /// `result`.
    pub result: Option<CalculateDurationResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CalculateDurationResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CalculateDurationResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CheckClosingAccountRequestUserTimeRange`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckClosingAccountRequestUserTimeRange {
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`CheckClosingAccountRequestUserTimeRange`], each named where it is set: `CheckClosingAccountRequestUserTimeRange::new(CheckClosingAccountRequestUserTimeRangeRequired { .. })`.
pub struct CheckClosingAccountRequestUserTimeRangeRequired {
    /// `endTime`: see [`CheckClosingAccountRequestUserTimeRange::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`CheckClosingAccountRequestUserTimeRange::start_time`].
    pub start_time: i64,
}
impl CheckClosingAccountRequestUserTimeRange {
    /// A `CheckClosingAccountRequestUserTimeRange` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(required: CheckClosingAccountRequestUserTimeRangeRequired) -> Self {
        let CheckClosingAccountRequestUserTimeRangeRequired { end_time, start_time } = required;
        Self { end_time, start_time }
    }
}
rt::impl_serialize! {
    CheckClosingAccountRequestUserTimeRange { "endTime" => field(end_time), "startTime"
    => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckClosingAccountRequestUserTimeRange { "endTime" => read_field(end_time),
    "startTime" => read_field(start_time) }
}
/// `CheckClosingAccountResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckClosingAccountResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `mesage`.
    pub mesage: Option<String>,
    /// `pass`.
    pub pass: Option<bool>,
}
rt::impl_deserialize! {
    CheckClosingAccountResponseBody { "code" => read_field(code), "mesage" =>
    read_field(mesage), "pass" => read_field(pass) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckClosingAccountResponseBody { "code" => optional(code), "mesage" =>
    optional(mesage), "pass" => optional(pass) }
}
/// `CheckWritePermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckWritePermissionResponseBody {
    /// `entityPermissionMap`.
    pub entity_permission_map: Option<rt::BTreeMap<String, bool>>,
}
rt::impl_deserialize! {
    CheckWritePermissionResponseBody { "entityPermissionMap" =>
    read_field(entity_permission_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckWritePermissionResponseBody { "entityPermissionMap" =>
    optional(entity_permission_map) }
}
/// `CreateApproveRequestPunchParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateApproveRequestPunchParam {
    /// `positionId`.
    pub position_id: Option<String>,
    /// `positionName`.
    pub position_name: Option<String>,
    /// `positionType`.
    pub position_type: Option<String>,
    /// `punchTime`.
    pub punch_time: Option<i64>,
}
impl CreateApproveRequestPunchParam {
    /// An empty `CreateApproveRequestPunchParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `positionId`.
    pub fn position_id(mut self, value: impl Into<String>) -> Self {
        self.position_id = Some(value.into());
        self
    }
    /// Sets `positionName`.
    pub fn position_name(mut self, value: impl Into<String>) -> Self {
        self.position_name = Some(value.into());
        self
    }
    /// Sets `positionType`.
    pub fn position_type(mut self, value: impl Into<String>) -> Self {
        self.position_type = Some(value.into());
        self
    }
    /// Sets `punchTime`.
    pub fn punch_time(mut self, value: i64) -> Self {
        self.punch_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateApproveRequestPunchParam { "positionId" => optional(position_id),
    "positionName" => optional(position_name), "positionType" => optional(position_type),
    "punchTime" => optional(punch_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateApproveRequestPunchParam { "positionId" => read_field(position_id),
    "positionName" => read_field(position_name), "positionType" =>
    read_field(position_type), "punchTime" => read_field(punch_time) }
}
/// `CreateApproveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateApproveResponseBody {
    /// `dingtalkApproveId`.
    pub dingtalk_approve_id: Option<String>,
}
rt::impl_deserialize! {
    CreateApproveResponseBody { "dingtalkApproveId" => read_field(dingtalk_approve_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateApproveResponseBody { "dingtalkApproveId" => optional(dingtalk_approve_id) }
}
/// `DeleteLeaveRequestResponseBody`, a model several operations share: also named [`ReduceQuotaWithLeaveRecordResponseBody`], [`ReverseTrialAdvancedLeaveResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteLeaveRequestResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteLeaveRequestResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteLeaveRequestResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeleteWaterMarkTemplateResponseBody`, a model several operations share: also named [`ModifyWaterMarkTemplateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteWaterMarkTemplateResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    DeleteWaterMarkTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteWaterMarkTemplateResponseBody { "result" => optional(result) }
}
/// `DingTalkSecurityCheckResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DingTalkSecurityCheckResponseBody {
    /// `result`.
    pub result: Option<DingTalkSecurityCheckResponseBodyResult>,
}
rt::impl_deserialize! {
    DingTalkSecurityCheckResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DingTalkSecurityCheckResponseBody { "result" => optional(result) }
}
/// `GetATManageScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetATManageScopeResponseBody {
    /// `result`.
    pub result: Option<Vec<GetATManageScopeResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetATManageScopeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetATManageScopeResponseBody { "result" => optional(result) }
}
/// `GetAdjustmentsResponseBody`, a model several operations share: also named [`GetSimpleOvertimeSettingResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBody {
    /// `result`.
    pub result: Option<GetAdjustmentsResponseBodyResult>,
}
rt::impl_deserialize! {
    GetAdjustmentsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAdjustmentsResponseBody { "result" => optional(result) }
}
/// `GetCheckInSchemaTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckInSchemaTemplateResponseBody {
    /// `result`.
    pub result: Option<GetCheckInSchemaTemplateResponseBodyResult>,
}
rt::impl_deserialize! {
    GetCheckInSchemaTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckInSchemaTemplateResponseBody { "result" => optional(result) }
}
/// `GetCheckinRecordByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBody {
    /// `result`.
    pub result: Option<GetCheckinRecordByUserResponseBodyResult>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBody { "result" => optional(result) }
}
/// `GetClassWithDeletedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBody {
    /// `result`.
    pub result: Option<GetClassWithDeletedResponseBodyResult>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBody { "result" => optional(result) }
}
/// `GetClosingAccountsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetClosingAccountsResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetClosingAccountsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClosingAccountsResponseBody { "result" => optional(result) }
}
/// `GetColumnvalsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetColumnvalsResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetColumnvalsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetColumnvalsResponseBody { "result" => optional(result) }
}
/// `GetLeaveRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLeaveRecordsResponseBody {
    /// `result`.
    pub result: Option<GetLeaveRecordsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetLeaveRecordsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLeaveRecordsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<GetLeaveTypeResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetLeaveTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLeaveTypeResponseBody { "result" => optional(result) }
}
/// `GetMachineResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineResponseBody {
    /// `result`.
    pub result: Option<GetMachineResponseBodyResult>,
}
rt::impl_deserialize! {
    GetMachineResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineResponseBody { "result" => optional(result) }
}
/// `GetMachineUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineUserResponseBody {
    /// `result`.
    pub result: Option<GetMachineUserResponseBodyResult>,
}
rt::impl_deserialize! {
    GetMachineUserResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineUserResponseBody { "result" => optional(result) }
}
/// `GetOverdraftInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOverdraftInfoResponseBody {
    /// `overdraftList`.
    pub overdraft_list: Option<Vec<GetOverdraftInfoResponseBodyOverdraftList>>,
}
rt::impl_deserialize! {
    GetOverdraftInfoResponseBody { "overdraftList" => read_field(overdraft_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOverdraftInfoResponseBody { "overdraftList" => optional(overdraft_list) }
}
/// `GetOvertimeSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOvertimeSettingResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetOvertimeSettingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOvertimeSettingResponseBody { "result" => optional(result) }
}
/// `GetShiftResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBody {
    /// `result`.
    pub result: Option<GetShiftResponseBodyResult>,
}
rt::impl_deserialize! {
    GetShiftResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBody { "result" => optional(result) }
}
/// `GetSimpleGroupsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBody {
    /// `result`.
    pub result: Option<GetSimpleGroupsResponseBodyResult>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBody { "result" => optional(result) }
}
/// `GetSimpleOvertimeSettingResponseBody`: the same model as [`GetAdjustmentsResponseBody`].
pub type GetSimpleOvertimeSettingResponseBody = GetAdjustmentsResponseBody;
/// `GetUserHolidaysResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserHolidaysResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserHolidaysResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetUserHolidaysResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserHolidaysResponseBody { "result" => optional(result) }
}
/// `GroupAddRequestBleDeviceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestBleDeviceList {
    /// `deviceId`.
    pub device_id: Option<i64>,
}
impl GroupAddRequestBleDeviceList {
    /// An empty `GroupAddRequestBleDeviceList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: i64) -> Self {
        self.device_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestBleDeviceList { "deviceId" => optional(device_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestBleDeviceList { "deviceId" => read_field(device_id) }
}
/// `GroupAddRequestFreeCheckSetting`, a model several operations share: also named [`GroupUpdateRequestFreeCheckSetting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestFreeCheckSetting {
    /// `delimitOffsetMinutesBetweenDays`.
    pub delimit_offset_minutes_between_days: Option<i64>,
    /// `freeCheckGap`.
    pub free_check_gap: Option<GroupAddRequestFreeCheckSettingFreeCheckGap>,
}
impl GroupAddRequestFreeCheckSetting {
    /// An empty `GroupAddRequestFreeCheckSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `delimitOffsetMinutesBetweenDays`.
    pub fn delimit_offset_minutes_between_days(mut self, value: i64) -> Self {
        self.delimit_offset_minutes_between_days = Some(value);
        self
    }
    /// Sets `freeCheckGap`.
    pub fn free_check_gap(
        mut self,
        value: GroupAddRequestFreeCheckSettingFreeCheckGap,
    ) -> Self {
        self.free_check_gap = Some(value);
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestFreeCheckSetting { "delimitOffsetMinutesBetweenDays" =>
    optional(delimit_offset_minutes_between_days), "freeCheckGap" =>
    optional(free_check_gap) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestFreeCheckSetting { "delimitOffsetMinutesBetweenDays" =>
    read_field(delimit_offset_minutes_between_days), "freeCheckGap" =>
    read_field(free_check_gap) }
}
/// `GroupAddRequestMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestMembers {
    /// `role`.
    pub role: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GroupAddRequestMembers {
    /// An empty `GroupAddRequestMembers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestMembers { "role" => optional(role), "type" => optional(r#type),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestMembers { "role" => read_field(role), "type" => read_field(r#type),
    "userId" => read_field(user_id) }
}
/// `GroupAddRequestPositions`, a model several operations share: also named [`GroupUpdateRequestPositions`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestPositions {
    /// `address`.
    pub address: Option<String>,
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl GroupAddRequestPositions {
    /// An empty `GroupAddRequestPositions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `latitude`.
    pub fn latitude(mut self, value: impl Into<String>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    /// Sets `longitude`.
    pub fn longitude(mut self, value: impl Into<String>) -> Self {
        self.longitude = Some(value.into());
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestPositions { "address" => optional(address), "latitude" =>
    optional(latitude), "longitude" => optional(longitude), "offset" => optional(offset),
    "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestPositions { "address" => read_field(address), "latitude" =>
    read_field(latitude), "longitude" => read_field(longitude), "offset" =>
    read_field(offset), "title" => read_field(title) }
}
/// `GroupAddRequestShiftVOList`, a model several operations share: also named [`GroupUpdateRequestShiftVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestShiftVOList {
    /// `shiftId`.
    pub shift_id: Option<i64>,
}
impl GroupAddRequestShiftVOList {
    /// An empty `GroupAddRequestShiftVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `shiftId`.
    pub fn shift_id(mut self, value: i64) -> Self {
        self.shift_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestShiftVOList { "shiftId" => optional(shift_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestShiftVOList { "shiftId" => read_field(shift_id) }
}
/// `GroupAddRequestWifis`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestWifis {
    /// `macAddr`.
    pub mac_addr: Option<String>,
    /// `ssid`.
    pub ssid: Option<String>,
}
impl GroupAddRequestWifis {
    /// An empty `GroupAddRequestWifis`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `macAddr`.
    pub fn mac_addr(mut self, value: impl Into<String>) -> Self {
        self.mac_addr = Some(value.into());
        self
    }
    /// Sets `ssid`.
    pub fn ssid(mut self, value: impl Into<String>) -> Self {
        self.ssid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestWifis { "macAddr" => optional(mac_addr), "ssid" => optional(ssid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestWifis { "macAddr" => read_field(mac_addr), "ssid" => read_field(ssid)
    }
}
/// `GroupAddResponseBody`, a model several operations share: also named [`GroupUpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupAddResponseBody {
    /// `result`.
    pub result: Option<GroupAddResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GroupAddResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupAddResponseBody { "result" => optional(result), "success" => optional(success) }
}
/// `GroupUpdateRequestFreeCheckSetting`: the same model as [`GroupAddRequestFreeCheckSetting`].
pub type GroupUpdateRequestFreeCheckSetting = GroupAddRequestFreeCheckSetting;
/// `GroupUpdateRequestPositions`: the same model as [`GroupAddRequestPositions`].
pub type GroupUpdateRequestPositions = GroupAddRequestPositions;
/// `GroupUpdateRequestShiftVOList`: the same model as [`GroupAddRequestShiftVOList`].
pub type GroupUpdateRequestShiftVOList = GroupAddRequestShiftVOList;
/// `GroupUpdateResponseBody`: the same model as [`GroupAddResponseBody`].
pub type GroupUpdateResponseBody = GroupAddResponseBody;
/// `InitAndGetLeaveALlocationQuotasResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InitAndGetLeaveALlocationQuotasResponseBody {
    /// `result`.
    pub result: Option<Vec<InitAndGetLeaveALlocationQuotasResponseBodyResult>>,
}
rt::impl_deserialize! {
    InitAndGetLeaveALlocationQuotasResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InitAndGetLeaveALlocationQuotasResponseBody { "result" => optional(result) }
}
/// `ListApproveByUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApproveByUsersResponseBody {
    /// `result`.
    pub result: Option<Vec<ListApproveByUsersResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListApproveByUsersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApproveByUsersResponseBody { "result" => optional(result) }
}
/// `ModifyWaterMarkTemplateResponseBody`: the same model as [`DeleteWaterMarkTemplateResponseBody`].
pub type ModifyWaterMarkTemplateResponseBody = DeleteWaterMarkTemplateResponseBody;
/// `ProcessApproveCreateRequestPunchParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessApproveCreateRequestPunchParam {
    /// `positionId`.
    pub position_id: Option<String>,
    /// `positionName`.
    pub position_name: Option<String>,
    /// `positionType`.
    pub position_type: Option<String>,
    /// `punchTime`.
    pub punch_time: i64,
}
/// The required fields of [`ProcessApproveCreateRequestPunchParam`], each named where it is set: `ProcessApproveCreateRequestPunchParam::new(ProcessApproveCreateRequestPunchParamRequired { .. })`.
pub struct ProcessApproveCreateRequestPunchParamRequired {
    /// `punchTime`: see [`ProcessApproveCreateRequestPunchParam::punch_time`].
    pub punch_time: i64,
}
impl ProcessApproveCreateRequestPunchParam {
    /// A `ProcessApproveCreateRequestPunchParam` with its required fields (`punchTime`); set the others with the methods named after them.
    pub fn new(required: ProcessApproveCreateRequestPunchParamRequired) -> Self {
        let ProcessApproveCreateRequestPunchParamRequired { punch_time } = required;
        Self {
            position_id: None,
            position_name: None,
            position_type: None,
            punch_time,
        }
    }
    /// Sets `positionId`.
    pub fn position_id(mut self, value: impl Into<String>) -> Self {
        self.position_id = Some(value.into());
        self
    }
    /// Sets `positionName`.
    pub fn position_name(mut self, value: impl Into<String>) -> Self {
        self.position_name = Some(value.into());
        self
    }
    /// Sets `positionType`.
    pub fn position_type(mut self, value: impl Into<String>) -> Self {
        self.position_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ProcessApproveCreateRequestPunchParam { "positionId" => optional(position_id),
    "positionName" => optional(position_name), "positionType" => optional(position_type),
    "punchTime" => field(punch_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessApproveCreateRequestPunchParam { "positionId" => read_field(position_id),
    "positionName" => read_field(position_name), "positionType" =>
    read_field(position_type), "punchTime" => read_field(punch_time) }
}
/// `ProcessApproveCreateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessApproveCreateResponseBody {
    /// `result`.
    pub result: Option<ProcessApproveCreateResponseBodyResult>,
}
rt::impl_deserialize! {
    ProcessApproveCreateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessApproveCreateResponseBody { "result" => optional(result) }
}
/// `ProcessApproveFinishRequestTopCalculateApproveDurationParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessApproveFinishRequestTopCalculateApproveDurationParam {
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `calculateModel`.
    pub calculate_model: Option<i64>,
    /// `durationUnit`.
    pub duration_unit: Option<String>,
    /// `fromTime`.
    pub from_time: Option<String>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `timeZoneId`.
    pub time_zone_id: Option<String>,
    /// `toTime`.
    pub to_time: Option<String>,
}
impl ProcessApproveFinishRequestTopCalculateApproveDurationParam {
    /// An empty `ProcessApproveFinishRequestTopCalculateApproveDurationParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
    /// Sets `calculateModel`.
    pub fn calculate_model(mut self, value: i64) -> Self {
        self.calculate_model = Some(value);
        self
    }
    /// Sets `durationUnit`.
    pub fn duration_unit(mut self, value: impl Into<String>) -> Self {
        self.duration_unit = Some(value.into());
        self
    }
    /// Sets `fromTime`.
    pub fn from_time(mut self, value: impl Into<String>) -> Self {
        self.from_time = Some(value.into());
        self
    }
    /// Sets `leaveCode`.
    pub fn leave_code(mut self, value: impl Into<String>) -> Self {
        self.leave_code = Some(value.into());
        self
    }
    /// Sets `timeZoneId`.
    pub fn time_zone_id(mut self, value: impl Into<String>) -> Self {
        self.time_zone_id = Some(value.into());
        self
    }
    /// Sets `toTime`.
    pub fn to_time(mut self, value: impl Into<String>) -> Self {
        self.to_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ProcessApproveFinishRequestTopCalculateApproveDurationParam { "bizType" =>
    optional(biz_type), "calculateModel" => optional(calculate_model), "durationUnit" =>
    optional(duration_unit), "fromTime" => optional(from_time), "leaveCode" =>
    optional(leave_code), "timeZoneId" => optional(time_zone_id), "toTime" =>
    optional(to_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessApproveFinishRequestTopCalculateApproveDurationParam { "bizType" =>
    read_field(biz_type), "calculateModel" => read_field(calculate_model), "durationUnit"
    => read_field(duration_unit), "fromTime" => read_field(from_time), "leaveCode" =>
    read_field(leave_code), "timeZoneId" => read_field(time_zone_id), "toTime" =>
    read_field(to_time) }
}
/// `ProcessApproveFinishResponseBody`: the same model as [`CalculateDurationResponseBody`].
pub type ProcessApproveFinishResponseBody = CalculateDurationResponseBody;
/// `ProcessHhOemUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessHhOemUpdateResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ProcessHhOemUpdateResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessHhOemUpdateResponseBody { "success" => optional(success) }
}
/// `ReduceQuotaWithLeaveRecordResponseBody`: the same model as [`DeleteLeaveRequestResponseBody`].
pub type ReduceQuotaWithLeaveRecordResponseBody = DeleteLeaveRequestResponseBody;
/// `RetainLeaveTypesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetainLeaveTypesResponseBody {
    /// `result`.
    pub result: Option<Vec<RetainLeaveTypesResponseBodyResult>>,
}
rt::impl_deserialize! {
    RetainLeaveTypesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetainLeaveTypesResponseBody { "result" => optional(result) }
}
/// `ReverseTrialAdvancedLeaveResponseBody`: the same model as [`DeleteLeaveRequestResponseBody`].
pub type ReverseTrialAdvancedLeaveResponseBody = DeleteLeaveRequestResponseBody;
/// `SalaryThirdDataIntegrationRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationRequestItems {
    /// `bizContents`.
    pub biz_contents: Option<Vec<SalaryThirdDataIntegrationRequestItemsBizContents>>,
    /// `bizDate`.
    pub biz_date: String,
    /// `bizId`.
    pub biz_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SalaryThirdDataIntegrationRequestItems`], each named where it is set: `SalaryThirdDataIntegrationRequestItems::new(SalaryThirdDataIntegrationRequestItemsRequired { .. })`.
pub struct SalaryThirdDataIntegrationRequestItemsRequired {
    /// `bizDate`: see [`SalaryThirdDataIntegrationRequestItems::biz_date`].
    pub biz_date: String,
    /// `bizId`: see [`SalaryThirdDataIntegrationRequestItems::biz_id`].
    pub biz_id: String,
    /// `userId`: see [`SalaryThirdDataIntegrationRequestItems::user_id`].
    pub user_id: String,
}
impl SalaryThirdDataIntegrationRequestItems {
    /// A `SalaryThirdDataIntegrationRequestItems` with its required fields (`bizDate`, `bizId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SalaryThirdDataIntegrationRequestItemsRequired) -> Self {
        let SalaryThirdDataIntegrationRequestItemsRequired {
            biz_date,
            biz_id,
            user_id,
        } = required;
        Self {
            biz_contents: None,
            biz_date,
            biz_id,
            user_id,
        }
    }
    /// Sets `bizContents`.
    pub fn biz_contents(
        mut self,
        value: impl IntoIterator<
            Item = SalaryThirdDataIntegrationRequestItemsBizContents,
        >,
    ) -> Self {
        self.biz_contents = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SalaryThirdDataIntegrationRequestItems { "bizContents" => optional(biz_contents),
    "bizDate" => field(biz_date), "bizId" => field(biz_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SalaryThirdDataIntegrationRequestItems { "bizContents" => read_field(biz_contents),
    "bizDate" => read_field(biz_date), "bizId" => read_field(biz_id), "userId" =>
    read_field(user_id) }
}
/// `SalaryThirdDataIntegrationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationResponseBody {
    /// `result`.
    pub result: Option<SalaryThirdDataIntegrationResponseBodyResult>,
}
rt::impl_deserialize! {
    SalaryThirdDataIntegrationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SalaryThirdDataIntegrationResponseBody { "result" => optional(result) }
}
/// `SaveCustomWaterMarkTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveCustomWaterMarkTemplateResponseBody {
    /// `result`.
    pub result: Option<SaveCustomWaterMarkTemplateResponseBodyResult>,
}
rt::impl_deserialize! {
    SaveCustomWaterMarkTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveCustomWaterMarkTemplateResponseBody { "result" => optional(result) }
}
/// `ShiftAddRequestSections`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ShiftAddRequestSections {
    /// `times`.
    pub times: Vec<ShiftAddRequestSectionsTimes>,
}
/// The required fields of [`ShiftAddRequestSections`], each named where it is set: `ShiftAddRequestSections::new(ShiftAddRequestSectionsRequired { .. })`.
pub struct ShiftAddRequestSectionsRequired {
    /// `times`: see [`ShiftAddRequestSections::times`].
    pub times: Vec<ShiftAddRequestSectionsTimes>,
}
impl ShiftAddRequestSections {
    /// A `ShiftAddRequestSections` with its required fields (`times`); set the others with the methods named after them.
    pub fn new(required: ShiftAddRequestSectionsRequired) -> Self {
        let ShiftAddRequestSectionsRequired { times } = required;
        Self { times }
    }
}
rt::impl_serialize! {
    ShiftAddRequestSections { "times" => field(times) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSections { "times" => read_field(times) }
}
/// `ShiftAddRequestSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddRequestSetting {
    /// `absenteeismLateMinutes`.
    pub absenteeism_late_minutes: Option<i64>,
    /// `attendDays`.
    pub attend_days: Option<f64>,
    /// `demandWorkTimeMinutes`.
    pub demand_work_time_minutes: Option<i64>,
    /// `enableOutsideLateBack`.
    pub enable_outside_late_back: Option<bool>,
    /// `extras`.
    pub extras: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `isFlexible`.
    pub is_flexible: Option<bool>,
    /// `lateBackSetting`.
    pub late_back_setting: Option<ShiftAddRequestSettingLateBackSetting>,
    /// `overtimeBehindDuration`.
    pub overtime_behind_duration: Option<i64>,
    /// `overtimeFrontDuration`.
    pub overtime_front_duration: Option<i64>,
    /// `overtimeOpen`.
    pub overtime_open: Option<bool>,
    /// `overtimeType`.
    pub overtime_type: Option<i64>,
    /// `referenceClassId`.
    pub reference_class_id: Option<i64>,
    /// `seriousLateMinutes`.
    pub serious_late_minutes: Option<i64>,
    /// `shiftType`.
    pub shift_type: Option<String>,
    /// `tags`.
    pub tags: Option<String>,
    /// `topRestTimeList`.
    pub top_rest_time_list: Option<Vec<ShiftAddRequestSettingTopRestTimeList>>,
}
impl ShiftAddRequestSetting {
    /// An empty `ShiftAddRequestSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `absenteeismLateMinutes`.
    pub fn absenteeism_late_minutes(mut self, value: i64) -> Self {
        self.absenteeism_late_minutes = Some(value);
        self
    }
    /// Sets `attendDays`.
    pub fn attend_days(mut self, value: f64) -> Self {
        self.attend_days = Some(value);
        self
    }
    /// Sets `demandWorkTimeMinutes`.
    pub fn demand_work_time_minutes(mut self, value: i64) -> Self {
        self.demand_work_time_minutes = Some(value);
        self
    }
    /// Sets `enableOutsideLateBack`.
    pub fn enable_outside_late_back(mut self, value: bool) -> Self {
        self.enable_outside_late_back = Some(value);
        self
    }
    /// Sets `extras`.
    pub fn extras(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extras = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `isFlexible`.
    pub fn is_flexible(mut self, value: bool) -> Self {
        self.is_flexible = Some(value);
        self
    }
    /// Sets `lateBackSetting`.
    pub fn late_back_setting(
        mut self,
        value: ShiftAddRequestSettingLateBackSetting,
    ) -> Self {
        self.late_back_setting = Some(value);
        self
    }
    /// Sets `overtimeBehindDuration`.
    pub fn overtime_behind_duration(mut self, value: i64) -> Self {
        self.overtime_behind_duration = Some(value);
        self
    }
    /// Sets `overtimeFrontDuration`.
    pub fn overtime_front_duration(mut self, value: i64) -> Self {
        self.overtime_front_duration = Some(value);
        self
    }
    /// Sets `overtimeOpen`.
    pub fn overtime_open(mut self, value: bool) -> Self {
        self.overtime_open = Some(value);
        self
    }
    /// Sets `overtimeType`.
    pub fn overtime_type(mut self, value: i64) -> Self {
        self.overtime_type = Some(value);
        self
    }
    /// Sets `referenceClassId`.
    pub fn reference_class_id(mut self, value: i64) -> Self {
        self.reference_class_id = Some(value);
        self
    }
    /// Sets `seriousLateMinutes`.
    pub fn serious_late_minutes(mut self, value: i64) -> Self {
        self.serious_late_minutes = Some(value);
        self
    }
    /// Sets `shiftType`.
    pub fn shift_type(mut self, value: impl Into<String>) -> Self {
        self.shift_type = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `topRestTimeList`.
    pub fn top_rest_time_list(
        mut self,
        value: impl IntoIterator<Item = ShiftAddRequestSettingTopRestTimeList>,
    ) -> Self {
        self.top_rest_time_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequestSetting { "absenteeismLateMinutes" =>
    optional(absenteeism_late_minutes), "attendDays" => optional(attend_days),
    "demandWorkTimeMinutes" => optional(demand_work_time_minutes),
    "enableOutsideLateBack" => optional(enable_outside_late_back), "extras" =>
    optional(extras), "isFlexible" => optional(is_flexible), "lateBackSetting" =>
    optional(late_back_setting), "overtimeBehindDuration" =>
    optional(overtime_behind_duration), "overtimeFrontDuration" =>
    optional(overtime_front_duration), "overtimeOpen" => optional(overtime_open),
    "overtimeType" => optional(overtime_type), "referenceClassId" =>
    optional(reference_class_id), "seriousLateMinutes" => optional(serious_late_minutes),
    "shiftType" => optional(shift_type), "tags" => optional(tags), "topRestTimeList" =>
    optional(top_rest_time_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSetting { "absenteeismLateMinutes" =>
    read_field(absenteeism_late_minutes), "attendDays" => read_field(attend_days),
    "demandWorkTimeMinutes" => read_field(demand_work_time_minutes),
    "enableOutsideLateBack" => read_field(enable_outside_late_back), "extras" =>
    read_field(extras), "isFlexible" => read_field(is_flexible), "lateBackSetting" =>
    read_field(late_back_setting), "overtimeBehindDuration" =>
    read_field(overtime_behind_duration), "overtimeFrontDuration" =>
    read_field(overtime_front_duration), "overtimeOpen" => read_field(overtime_open),
    "overtimeType" => read_field(overtime_type), "referenceClassId" =>
    read_field(reference_class_id), "seriousLateMinutes" =>
    read_field(serious_late_minutes), "shiftType" => read_field(shift_type), "tags" =>
    read_field(tags), "topRestTimeList" => read_field(top_rest_time_list) }
}
/// `ShiftAddResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShiftAddResponseBody {
    /// `result`.
    pub result: Option<ShiftAddResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ShiftAddResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ShiftAddResponseBody { "result" => optional(result), "success" => optional(success) }
}
/// `SyncScheduleInfoRequestScheduleInfos`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncScheduleInfoRequestScheduleInfos {
    /// `planId`.
    pub plan_id: i64,
    /// `positionKeys`.
    pub position_keys: Option<Vec<String>>,
    /// `retainAttendanceCheck`.
    pub retain_attendance_check: Option<bool>,
    /// `wifiKeys`.
    pub wifi_keys: Option<Vec<String>>,
}
/// The required fields of [`SyncScheduleInfoRequestScheduleInfos`], each named where it is set: `SyncScheduleInfoRequestScheduleInfos::new(SyncScheduleInfoRequestScheduleInfosRequired { .. })`.
pub struct SyncScheduleInfoRequestScheduleInfosRequired {
    /// `planId`: see [`SyncScheduleInfoRequestScheduleInfos::plan_id`].
    pub plan_id: i64,
}
impl SyncScheduleInfoRequestScheduleInfos {
    /// A `SyncScheduleInfoRequestScheduleInfos` with its required fields (`planId`); set the others with the methods named after them.
    pub fn new(required: SyncScheduleInfoRequestScheduleInfosRequired) -> Self {
        let SyncScheduleInfoRequestScheduleInfosRequired { plan_id } = required;
        Self {
            plan_id,
            position_keys: None,
            retain_attendance_check: None,
            wifi_keys: None,
        }
    }
    /// Sets `positionKeys`.
    pub fn position_keys(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.position_keys = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `retainAttendanceCheck`.
    pub fn retain_attendance_check(mut self, value: bool) -> Self {
        self.retain_attendance_check = Some(value);
        self
    }
    /// Sets `wifiKeys`.
    pub fn wifi_keys(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.wifi_keys = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SyncScheduleInfoRequestScheduleInfos { "planId" => field(plan_id), "positionKeys" =>
    optional(position_keys), "retainAttendanceCheck" =>
    optional(retain_attendance_check), "wifiKeys" => optional(wifi_keys) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncScheduleInfoRequestScheduleInfos { "planId" => read_field(plan_id),
    "positionKeys" => read_field(position_keys), "retainAttendanceCheck" =>
    read_field(retain_attendance_check), "wifiKeys" => read_field(wifi_keys) }
}
/// `UpdateLeaveTypeRequestLeaveCertificate`: the same model as [`AddLeaveTypeRequestLeaveCertificate`].
pub type UpdateLeaveTypeRequestLeaveCertificate = AddLeaveTypeRequestLeaveCertificate;
/// `UpdateLeaveTypeRequestSubmitTimeRule`: the same model as [`AddLeaveTypeRequestSubmitTimeRule`].
pub type UpdateLeaveTypeRequestSubmitTimeRule = AddLeaveTypeRequestSubmitTimeRule;
/// `UpdateLeaveTypeRequestVisibilityRules`: the same model as [`AddLeaveTypeRequestVisibilityRules`].
pub type UpdateLeaveTypeRequestVisibilityRules = AddLeaveTypeRequestVisibilityRules;
/// `UpdateLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<UpdateLeaveTypeResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateLeaveTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateLeaveTypeResponseBody { "result" => optional(result) }
}
/// `UpdateVacationQuotaRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateVacationQuotaRequestBody {
    /// `actionType`.
    pub action_type: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `leaveCode`.
    pub leave_code: String,
    /// `quotaCycle`.
    pub quota_cycle: Option<String>,
    /// `quotaNumPerDay`.
    pub quota_num_per_day: Option<i64>,
    /// `quotaNumPerHour`.
    pub quota_num_per_hour: Option<i64>,
    /// `reason`.
    pub reason: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdateVacationQuotaRequestBody`], each named where it is set: `UpdateVacationQuotaRequestBody::new(UpdateVacationQuotaRequestBodyRequired { .. })`.
pub struct UpdateVacationQuotaRequestBodyRequired {
    /// `leaveCode`: see [`UpdateVacationQuotaRequestBody::leave_code`].
    pub leave_code: String,
    /// `userId`: see [`UpdateVacationQuotaRequestBody::user_id`].
    pub user_id: String,
}
impl UpdateVacationQuotaRequestBody {
    /// A `UpdateVacationQuotaRequestBody` with its required fields (`leaveCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateVacationQuotaRequestBodyRequired) -> Self {
        let UpdateVacationQuotaRequestBodyRequired { leave_code, user_id } = required;
        Self {
            action_type: None,
            end_time: None,
            leave_code,
            quota_cycle: None,
            quota_num_per_day: None,
            quota_num_per_hour: None,
            reason: None,
            start_time: None,
            user_id,
        }
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `quotaCycle`.
    pub fn quota_cycle(mut self, value: impl Into<String>) -> Self {
        self.quota_cycle = Some(value.into());
        self
    }
    /// Sets `quotaNumPerDay`.
    pub fn quota_num_per_day(mut self, value: i64) -> Self {
        self.quota_num_per_day = Some(value);
        self
    }
    /// Sets `quotaNumPerHour`.
    pub fn quota_num_per_hour(mut self, value: i64) -> Self {
        self.quota_num_per_hour = Some(value);
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateVacationQuotaRequestBody { "actionType" => optional(action_type), "endTime" =>
    optional(end_time), "leaveCode" => field(leave_code), "quotaCycle" =>
    optional(quota_cycle), "quotaNumPerDay" => optional(quota_num_per_day),
    "quotaNumPerHour" => optional(quota_num_per_hour), "reason" => optional(reason),
    "startTime" => optional(start_time), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVacationQuotaRequestBody { "actionType" => read_field(action_type), "endTime"
    => read_field(end_time), "leaveCode" => read_field(leave_code), "quotaCycle" =>
    read_field(quota_cycle), "quotaNumPerDay" => read_field(quota_num_per_day),
    "quotaNumPerHour" => read_field(quota_num_per_hour), "reason" => read_field(reason),
    "startTime" => read_field(start_time), "userId" => read_field(user_id) }
}
/// `UpdateVacationQuotaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBody {
    /// `result`.
    pub result: Option<Vec<UpdateVacationQuotaResponseBodyResult>>,
}
rt::impl_deserialize! {
    UpdateVacationQuotaResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateVacationQuotaResponseBody { "result" => optional(result) }
}
/// `AddLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: Option<i64>,
    /// `leaveCertificate`.
    pub leave_certificate: Option<AddLeaveTypeResponseBodyResultLeaveCertificate>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `leaveName`.
    pub leave_name: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: Option<String>,
    /// `naturalDayLeave`.
    pub natural_day_leave: Option<bool>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<AddLeaveTypeResponseBodyResultSubmitTimeRule>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<AddLeaveTypeResponseBodyResultVisibilityRules>>,
}
rt::impl_deserialize! {
    AddLeaveTypeResponseBodyResult { "bizType" => read_field(biz_type), "hoursInPerDay"
    => read_field(hours_in_per_day), "leaveCertificate" => read_field(leave_certificate),
    "leaveCode" => read_field(leave_code), "leaveName" => read_field(leave_name),
    "leaveViewUnit" => read_field(leave_view_unit), "naturalDayLeave" =>
    read_field(natural_day_leave), "submitTimeRule" => read_field(submit_time_rule),
    "visibilityRules" => read_field(visibility_rules) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeaveTypeResponseBodyResult { "bizType" => optional(biz_type), "hoursInPerDay" =>
    optional(hours_in_per_day), "leaveCertificate" => optional(leave_certificate),
    "leaveCode" => optional(leave_code), "leaveName" => optional(leave_name),
    "leaveViewUnit" => optional(leave_view_unit), "naturalDayLeave" =>
    optional(natural_day_leave), "submitTimeRule" => optional(submit_time_rule),
    "visibilityRules" => optional(visibility_rules) }
}
/// `AttendanceBleDevicesAddResponseBodyErrorList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddResponseBodyErrorList {
    /// `code`.
    pub code: Option<String>,
    /// `failureList`.
    pub failure_list: Option<
        Vec<AttendanceBleDevicesAddResponseBodyErrorListFailureList>,
    >,
    /// `msg`.
    pub msg: Option<String>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesAddResponseBodyErrorList { "code" => read_field(code),
    "failureList" => read_field(failure_list), "msg" => read_field(msg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesAddResponseBodyErrorList { "code" => optional(code),
    "failureList" => optional(failure_list), "msg" => optional(msg) }
}
/// `AttendanceBleDevicesAddResponseBodySuccessList`, a model several operations share: also named [`AttendanceBleDevicesQueryResponseBodyResult`], [`AttendanceBleDevicesAddResponseBodyErrorListFailureList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddResponseBodySuccessList {
    /// `deviceId`.
    pub device_id: Option<i64>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesAddResponseBodySuccessList { "deviceId" => read_field(device_id),
    "deviceName" => read_field(device_name), "sn" => read_field(sn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesAddResponseBodySuccessList { "deviceId" => optional(device_id),
    "deviceName" => optional(device_name), "sn" => optional(sn) }
}
/// `AttendanceBleDevicesQueryResponseBodyResult`: the same model as [`AttendanceBleDevicesAddResponseBodySuccessList`].
pub type AttendanceBleDevicesQueryResponseBodyResult = AttendanceBleDevicesAddResponseBodySuccessList;
/// `AttendanceBleDevicesRemoveResponseBodyErrorList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveResponseBodyErrorList {
    /// `code`.
    pub code: Option<String>,
    /// `failureList`.
    pub failure_list: Option<Vec<i64>>,
    /// `msg`.
    pub msg: Option<String>,
}
rt::impl_deserialize! {
    AttendanceBleDevicesRemoveResponseBodyErrorList { "code" => read_field(code),
    "failureList" => read_field(failure_list), "msg" => read_field(msg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AttendanceBleDevicesRemoveResponseBodyErrorList { "code" => optional(code),
    "failureList" => optional(failure_list), "msg" => optional(msg) }
}
/// `CalculateDurationResponseBodyResult`, a model several operations share: also named [`ProcessApproveFinishResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CalculateDurationResponseBodyResult {
    /// `duration`.
    pub duration: Option<f64>,
    /// `durationDetail`.
    pub duration_detail: Option<Vec<CalculateDurationResponseBodyResultDurationDetail>>,
}
rt::impl_deserialize! {
    CalculateDurationResponseBodyResult { "duration" => read_field(duration),
    "durationDetail" => read_field(duration_detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CalculateDurationResponseBodyResult { "duration" => optional(duration),
    "durationDetail" => optional(duration_detail) }
}
/// `DingTalkSecurityCheckResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DingTalkSecurityCheckResponseBodyResult {
    /// `hasRisk`.
    pub has_risk: Option<bool>,
    /// `riskInfo`.
    pub risk_info: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    DingTalkSecurityCheckResponseBodyResult { "hasRisk" => read_field(has_risk),
    "riskInfo" => read_field(risk_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DingTalkSecurityCheckResponseBodyResult { "hasRisk" => optional(has_risk), "riskInfo"
    => optional(risk_info) }
}
/// `GetATManageScopeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetATManageScopeResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `manageScope`.
    pub manage_scope: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetATManageScopeResponseBodyResult { "hasMore" => read_field(has_more), "manageScope"
    => read_field(manage_scope), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetATManageScopeResponseBodyResult { "hasMore" => optional(has_more), "manageScope"
    => optional(manage_scope), "userIds" => optional(user_ids) }
}
/// `GetAdjustmentsResponseBodyResult`, a model several operations share: also named [`GetSimpleOvertimeSettingResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<GetAdjustmentsResponseBodyResultItems>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalPage`.
    pub total_page: Option<i64>,
}
rt::impl_deserialize! {
    GetAdjustmentsResponseBodyResult { "items" => read_field(items), "pageNumber" =>
    read_field(page_number), "totalPage" => read_field(total_page) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAdjustmentsResponseBodyResult { "items" => optional(items), "pageNumber" =>
    optional(page_number), "totalPage" => optional(total_page) }
}
/// `GetCheckInSchemaTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckInSchemaTemplateResponseBodyResult {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `canModifyAndAddTemplate`.
    pub can_modify_and_add_template: Option<bool>,
    /// `conversationAdmin`.
    pub conversation_admin: Option<bool>,
    /// `customTemplateMaxSize`.
    pub custom_template_max_size: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `showStat`.
    pub show_stat: Option<bool>,
    /// `templateDegrade`.
    pub template_degrade: Option<bool>,
    /// `waterMarkTemplateModels`.
    pub water_mark_template_models: Option<
        Vec<GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels>,
    >,
}
rt::impl_deserialize! {
    GetCheckInSchemaTemplateResponseBodyResult { "bizCode" => read_field(biz_code),
    "canModifyAndAddTemplate" => read_field(can_modify_and_add_template),
    "conversationAdmin" => read_field(conversation_admin), "customTemplateMaxSize" =>
    read_field(custom_template_max_size), "openConversationId" =>
    read_field(open_conversation_id), "showStat" => read_field(show_stat),
    "templateDegrade" => read_field(template_degrade), "waterMarkTemplateModels" =>
    read_field(water_mark_template_models) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckInSchemaTemplateResponseBodyResult { "bizCode" => optional(biz_code),
    "canModifyAndAddTemplate" => optional(can_modify_and_add_template),
    "conversationAdmin" => optional(conversation_admin), "customTemplateMaxSize" =>
    optional(custom_template_max_size), "openConversationId" =>
    optional(open_conversation_id), "showStat" => optional(show_stat), "templateDegrade"
    => optional(template_degrade), "waterMarkTemplateModels" =>
    optional(water_mark_template_models) }
}
/// `GetCheckinRecordByUserResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `pageList`.
    pub page_list: Option<Vec<GetCheckinRecordByUserResponseBodyResultPageList>>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResult { "nextToken" => read_field(next_token),
    "pageList" => read_field(page_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResult { "nextToken" => optional(next_token),
    "pageList" => optional(page_list) }
}
/// `GetClassWithDeletedResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResult {
    /// `classId`.
    pub class_id: Option<i64>,
    /// `classSetting`.
    pub class_setting: Option<GetClassWithDeletedResponseBodyResultClassSetting>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `sections`.
    pub sections: Option<Vec<GetClassWithDeletedResponseBodyResultSections>>,
    /// `workDays`.
    pub work_days: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResult { "classId" => read_field(class_id),
    "classSetting" => read_field(class_setting), "corpId" => read_field(corp_id), "name"
    => read_field(name), "sections" => read_field(sections), "workDays" =>
    read_field(work_days) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResult { "classId" => optional(class_id),
    "classSetting" => optional(class_setting), "corpId" => optional(corp_id), "name" =>
    optional(name), "sections" => optional(sections), "workDays" => optional(work_days) }
}
/// `GetClosingAccountsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBodyResult {
    /// `closingAccountModel`.
    pub closing_account_model: Option<
        GetClosingAccountsResponseBodyResultClosingAccountModel,
    >,
    /// `switchOn`.
    pub switch_on: Option<bool>,
    /// `unsealClosingAccountModel`.
    pub unseal_closing_account_model: Option<
        GetClosingAccountsResponseBodyResultUnsealClosingAccountModel,
    >,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetClosingAccountsResponseBodyResult { "closingAccountModel" =>
    read_field(closing_account_model), "switchOn" => read_field(switch_on),
    "unsealClosingAccountModel" => read_field(unseal_closing_account_model), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClosingAccountsResponseBodyResult { "closingAccountModel" =>
    optional(closing_account_model), "switchOn" => optional(switch_on),
    "unsealClosingAccountModel" => optional(unseal_closing_account_model), "userId" =>
    optional(user_id) }
}
/// `GetColumnvalsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBodyResult {
    /// `columnData`.
    pub column_data: Option<Vec<GetColumnvalsResponseBodyResultColumnData>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetColumnvalsResponseBodyResult { "columnData" => read_field(column_data), "userId"
    => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetColumnvalsResponseBodyResult { "columnData" => optional(column_data), "userId" =>
    optional(user_id) }
}
/// `GetLeaveRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLeaveRecordsResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `leaveRecords`.
    pub leave_records: Option<Vec<GetLeaveRecordsResponseBodyResultLeaveRecords>>,
}
rt::impl_deserialize! {
    GetLeaveRecordsResponseBodyResult { "hasMore" => read_field(has_more), "leaveRecords"
    => read_field(leave_records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLeaveRecordsResponseBodyResult { "hasMore" => optional(has_more), "leaveRecords"
    => optional(leave_records) }
}
/// `GetLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLeaveTypeResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: Option<i64>,
    /// `leaveCertificate`.
    pub leave_certificate: Option<GetLeaveTypeResponseBodyResultLeaveCertificate>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `leaveName`.
    pub leave_name: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: Option<String>,
    /// `naturalDayLeave`.
    pub natural_day_leave: Option<bool>,
    /// `source`.
    pub source: Option<String>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<GetLeaveTypeResponseBodyResultSubmitTimeRule>,
    /// `validityType`.
    pub validity_type: Option<String>,
    /// `validityValue`.
    pub validity_value: Option<String>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<GetLeaveTypeResponseBodyResultVisibilityRules>>,
}
rt::impl_deserialize! {
    GetLeaveTypeResponseBodyResult { "bizType" => read_field(biz_type), "hoursInPerDay"
    => read_field(hours_in_per_day), "leaveCertificate" => read_field(leave_certificate),
    "leaveCode" => read_field(leave_code), "leaveName" => read_field(leave_name),
    "leaveViewUnit" => read_field(leave_view_unit), "naturalDayLeave" =>
    read_field(natural_day_leave), "source" => read_field(source), "submitTimeRule" =>
    read_field(submit_time_rule), "validityType" => read_field(validity_type),
    "validityValue" => read_field(validity_value), "visibilityRules" =>
    read_field(visibility_rules) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLeaveTypeResponseBodyResult { "bizType" => optional(biz_type), "hoursInPerDay" =>
    optional(hours_in_per_day), "leaveCertificate" => optional(leave_certificate),
    "leaveCode" => optional(leave_code), "leaveName" => optional(leave_name),
    "leaveViewUnit" => optional(leave_view_unit), "naturalDayLeave" =>
    optional(natural_day_leave), "source" => optional(source), "submitTimeRule" =>
    optional(submit_time_rule), "validityType" => optional(validity_type),
    "validityValue" => optional(validity_value), "visibilityRules" =>
    optional(visibility_rules) }
}
/// `GetMachineResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineResponseBodyResult {
    /// `atmManagerList`.
    pub atm_manager_list: Option<Vec<String>>,
    /// `devId`.
    pub dev_id: Option<i64>,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceSn`.
    pub device_sn: Option<String>,
    /// `machineBluetoothVO`.
    pub machine_bluetooth_vo: Option<GetMachineResponseBodyResultMachineBluetoothVO>,
    /// `maxFace`.
    pub max_face: Option<i64>,
    /// `netStatus`.
    pub net_status: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productVersion`.
    pub product_version: Option<String>,
    /// `voiceMode`.
    pub voice_mode: Option<i64>,
}
rt::impl_deserialize! {
    GetMachineResponseBodyResult { "atmManagerList" => read_field(atm_manager_list),
    "devId" => read_field(dev_id), "deviceId" => read_field(device_id), "deviceName" =>
    read_field(device_name), "deviceSn" => read_field(device_sn), "machineBluetoothVO" =>
    read_field(machine_bluetooth_vo), "maxFace" => read_field(max_face), "netStatus" =>
    read_field(net_status), "productName" => read_field(product_name), "productVersion"
    => read_field(product_version), "voiceMode" => read_field(voice_mode) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineResponseBodyResult { "atmManagerList" => optional(atm_manager_list),
    "devId" => optional(dev_id), "deviceId" => optional(device_id), "deviceName" =>
    optional(device_name), "deviceSn" => optional(device_sn), "machineBluetoothVO" =>
    optional(machine_bluetooth_vo), "maxFace" => optional(max_face), "netStatus" =>
    optional(net_status), "productName" => optional(product_name), "productVersion" =>
    optional(product_version), "voiceMode" => optional(voice_mode) }
}
/// `GetMachineUserResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineUserResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<GetMachineUserResponseBodyResultUserList>>,
}
rt::impl_deserialize! {
    GetMachineUserResponseBodyResult { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineUserResponseBodyResult { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "userList" => optional(user_list) }
}
/// `GetOverdraftInfoResponseBodyOverdraftList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOverdraftInfoResponseBodyOverdraftList {
    /// `overdraft`.
    pub overdraft: Option<i64>,
    /// `unit`.
    pub unit: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetOverdraftInfoResponseBodyOverdraftList { "overdraft" => read_field(overdraft),
    "unit" => read_field(unit), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOverdraftInfoResponseBodyOverdraftList { "overdraft" => optional(overdraft),
    "unit" => optional(unit), "userId" => optional(user_id) }
}
/// `GetOvertimeSettingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBodyResult {
    /// `default`.
    pub default: Option<bool>,
    /// `durationSettings`.
    pub duration_settings: Option<rt::BTreeMap<String, ResultDurationSettingsValue>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `overtimeDivisions`.
    pub overtime_divisions: Option<
        Vec<GetOvertimeSettingResponseBodyResultOvertimeDivisions>,
    >,
    /// `settingId`.
    pub setting_id: Option<i64>,
    /// `stepType`.
    pub step_type: Option<i64>,
    /// `stepValue`.
    pub step_value: Option<f64>,
    /// `warningSettings`.
    pub warning_settings: Option<
        Vec<GetOvertimeSettingResponseBodyResultWarningSettings>,
    >,
    /// `workMinutesPerDay`.
    pub work_minutes_per_day: Option<i64>,
}
rt::impl_deserialize! {
    GetOvertimeSettingResponseBodyResult { "default" => read_field(default),
    "durationSettings" => read_field(duration_settings), "id" => read_field(id), "name"
    => read_field(name), "overtimeDivisions" => read_field(overtime_divisions),
    "settingId" => read_field(setting_id), "stepType" => read_field(step_type),
    "stepValue" => read_field(step_value), "warningSettings" =>
    read_field(warning_settings), "workMinutesPerDay" => read_field(work_minutes_per_day)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOvertimeSettingResponseBodyResult { "default" => optional(default),
    "durationSettings" => optional(duration_settings), "id" => optional(id), "name" =>
    optional(name), "overtimeDivisions" => optional(overtime_divisions), "settingId" =>
    optional(setting_id), "stepType" => optional(step_type), "stepValue" =>
    optional(step_value), "warningSettings" => optional(warning_settings),
    "workMinutesPerDay" => optional(work_minutes_per_day) }
}
/// `GetShiftResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `ownerList`.
    pub owner_list: Option<Vec<String>>,
    /// `sections`.
    pub sections: Option<Vec<GetShiftResponseBodyResultSections>>,
    /// `shiftGroupId`.
    pub shift_group_id: Option<i64>,
    /// `shiftGroupName`.
    pub shift_group_name: Option<String>,
    /// `shiftSetting`.
    pub shift_setting: Option<GetShiftResponseBodyResultShiftSetting>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResult { "corpId" => read_field(corp_id), "id" => read_field(id),
    "name" => read_field(name), "owner" => read_field(owner), "ownerList" =>
    read_field(owner_list), "sections" => read_field(sections), "shiftGroupId" =>
    read_field(shift_group_id), "shiftGroupName" => read_field(shift_group_name),
    "shiftSetting" => read_field(shift_setting) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResult { "corpId" => optional(corp_id), "id" => optional(id),
    "name" => optional(name), "owner" => optional(owner), "ownerList" =>
    optional(owner_list), "sections" => optional(sections), "shiftGroupId" =>
    optional(shift_group_id), "shiftGroupName" => optional(shift_group_name),
    "shiftSetting" => optional(shift_setting) }
}
/// `GetSimpleGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResult {
    /// `groups`.
    pub groups: Option<Vec<GetSimpleGroupsResponseBodyResultGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResult { "groups" => read_field(groups), "hasMore" =>
    read_field(has_more) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResult { "groups" => optional(groups), "hasMore" =>
    optional(has_more) }
}
/// `GetSimpleOvertimeSettingResponseBodyResult`: the same model as [`GetAdjustmentsResponseBodyResult`].
pub type GetSimpleOvertimeSettingResponseBodyResult = GetAdjustmentsResponseBodyResult;
/// `GetUserHolidaysResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserHolidaysResponseBodyResult {
    /// `holidays`.
    pub holidays: Option<Vec<GetUserHolidaysResponseBodyResultHolidays>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserHolidaysResponseBodyResult { "holidays" => read_field(holidays), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserHolidaysResponseBodyResult { "holidays" => optional(holidays), "userId" =>
    optional(user_id) }
}
/// `GroupAddRequestFreeCheckSettingFreeCheckGap`, a model several operations share: also named [`GroupUpdateRequestFreeCheckSettingFreeCheckGap`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddRequestFreeCheckSettingFreeCheckGap {
    /// `offOnCheckGapMinutes`.
    pub off_on_check_gap_minutes: Option<i64>,
    /// `onOffCheckGapMinutes`.
    pub on_off_check_gap_minutes: Option<i64>,
}
impl GroupAddRequestFreeCheckSettingFreeCheckGap {
    /// An empty `GroupAddRequestFreeCheckSettingFreeCheckGap`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `offOnCheckGapMinutes`.
    pub fn off_on_check_gap_minutes(mut self, value: i64) -> Self {
        self.off_on_check_gap_minutes = Some(value);
        self
    }
    /// Sets `onOffCheckGapMinutes`.
    pub fn on_off_check_gap_minutes(mut self, value: i64) -> Self {
        self.on_off_check_gap_minutes = Some(value);
        self
    }
}
rt::impl_serialize! {
    GroupAddRequestFreeCheckSettingFreeCheckGap { "offOnCheckGapMinutes" =>
    optional(off_on_check_gap_minutes), "onOffCheckGapMinutes" =>
    optional(on_off_check_gap_minutes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequestFreeCheckSettingFreeCheckGap { "offOnCheckGapMinutes" =>
    read_field(off_on_check_gap_minutes), "onOffCheckGapMinutes" =>
    read_field(on_off_check_gap_minutes) }
}
/// `GroupAddResponseBodyResult`, a model several operations share: also named [`GroupUpdateResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupAddResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GroupAddResponseBodyResult { "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupAddResponseBodyResult { "id" => optional(id), "name" => optional(name) }
}
/// `GroupUpdateRequestFreeCheckSettingFreeCheckGap`: the same model as [`GroupAddRequestFreeCheckSettingFreeCheckGap`].
pub type GroupUpdateRequestFreeCheckSettingFreeCheckGap = GroupAddRequestFreeCheckSettingFreeCheckGap;
/// `GroupUpdateResponseBodyResult`: the same model as [`GroupAddResponseBodyResult`].
pub type GroupUpdateResponseBodyResult = GroupAddResponseBodyResult;
/// `InitAndGetLeaveALlocationQuotasResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InitAndGetLeaveALlocationQuotasResponseBodyResult {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `quotaCycle`.
    pub quota_cycle: Option<String>,
    /// `quotaId`.
    pub quota_id: Option<String>,
    /// `quotaNumPerDay`.
    pub quota_num_per_day: Option<i64>,
    /// `quotaNumPerHour`.
    pub quota_num_per_hour: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `usedNumPerDay`.
    pub used_num_per_day: Option<i64>,
    /// `usedNumPerHour`.
    pub used_num_per_hour: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    InitAndGetLeaveALlocationQuotasResponseBodyResult { "endTime" =>
    read_field(end_time), "leaveCode" => read_field(leave_code), "quotaCycle" =>
    read_field(quota_cycle), "quotaId" => read_field(quota_id), "quotaNumPerDay" =>
    read_field(quota_num_per_day), "quotaNumPerHour" => read_field(quota_num_per_hour),
    "startTime" => read_field(start_time), "usedNumPerDay" =>
    read_field(used_num_per_day), "usedNumPerHour" => read_field(used_num_per_hour),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InitAndGetLeaveALlocationQuotasResponseBodyResult { "endTime" => optional(end_time),
    "leaveCode" => optional(leave_code), "quotaCycle" => optional(quota_cycle), "quotaId"
    => optional(quota_id), "quotaNumPerDay" => optional(quota_num_per_day),
    "quotaNumPerHour" => optional(quota_num_per_hour), "startTime" =>
    optional(start_time), "usedNumPerDay" => optional(used_num_per_day), "usedNumPerHour"
    => optional(used_num_per_hour), "userId" => optional(user_id) }
}
/// `ListApproveByUsersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListApproveByUsersResponseBodyResult {
    /// `approveId`.
    pub approve_id: Option<String>,
    /// `beginTime`.
    pub begin_time: Option<String>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `calculateModel`.
    pub calculate_model: Option<i64>,
    /// `durationUnit`.
    pub duration_unit: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `subType`.
    pub sub_type: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListApproveByUsersResponseBodyResult { "approveId" => read_field(approve_id),
    "beginTime" => read_field(begin_time), "bizType" => read_field(biz_type),
    "calculateModel" => read_field(calculate_model), "durationUnit" =>
    read_field(duration_unit), "endTime" => read_field(end_time), "subType" =>
    read_field(sub_type), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListApproveByUsersResponseBodyResult { "approveId" => optional(approve_id),
    "beginTime" => optional(begin_time), "bizType" => optional(biz_type),
    "calculateModel" => optional(calculate_model), "durationUnit" =>
    optional(duration_unit), "endTime" => optional(end_time), "subType" =>
    optional(sub_type), "tagName" => optional(tag_name), "userId" => optional(user_id) }
}
/// `ProcessApproveCreateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProcessApproveCreateResponseBodyResult {
    /// `dingtalkApproveId`.
    pub dingtalk_approve_id: Option<String>,
}
rt::impl_deserialize! {
    ProcessApproveCreateResponseBodyResult { "dingtalkApproveId" =>
    read_field(dingtalk_approve_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProcessApproveCreateResponseBodyResult { "dingtalkApproveId" =>
    optional(dingtalk_approve_id) }
}
/// `ProcessApproveFinishResponseBodyResult`: the same model as [`CalculateDurationResponseBodyResult`].
pub type ProcessApproveFinishResponseBodyResult = CalculateDurationResponseBodyResult;
/// `RetainLeaveTypesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetainLeaveTypesResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: Option<i64>,
    /// `leaveCertificate`.
    pub leave_certificate: Option<RetainLeaveTypesResponseBodyResultLeaveCertificate>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `leaveHourCeil`.
    pub leave_hour_ceil: Option<String>,
    /// `leaveName`.
    pub leave_name: Option<String>,
    /// `leaveTimeCeil`.
    pub leave_time_ceil: Option<bool>,
    /// `leaveTimeCeilMinUnit`.
    pub leave_time_ceil_min_unit: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: Option<String>,
    /// `lieuDelayNum`.
    pub lieu_delay_num: Option<i64>,
    /// `lieuDelayUnit`.
    pub lieu_delay_unit: Option<String>,
    /// `maxLeaveTime`.
    pub max_leave_time: Option<i64>,
    /// `minLeaveHour`.
    pub min_leave_hour: Option<f64>,
    /// `naturalDayLeave`.
    pub natural_day_leave: Option<bool>,
    /// `paidLeave`.
    pub paid_leave: Option<bool>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<RetainLeaveTypesResponseBodyResultSubmitTimeRule>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<RetainLeaveTypesResponseBodyResultVisibilityRules>>,
    /// `whenCanLeave`.
    pub when_can_leave: Option<String>,
}
rt::impl_deserialize! {
    RetainLeaveTypesResponseBodyResult { "bizType" => read_field(biz_type),
    "hoursInPerDay" => read_field(hours_in_per_day), "leaveCertificate" =>
    read_field(leave_certificate), "leaveCode" => read_field(leave_code), "leaveHourCeil"
    => read_field(leave_hour_ceil), "leaveName" => read_field(leave_name),
    "leaveTimeCeil" => read_field(leave_time_ceil), "leaveTimeCeilMinUnit" =>
    read_field(leave_time_ceil_min_unit), "leaveViewUnit" => read_field(leave_view_unit),
    "lieuDelayNum" => read_field(lieu_delay_num), "lieuDelayUnit" =>
    read_field(lieu_delay_unit), "maxLeaveTime" => read_field(max_leave_time),
    "minLeaveHour" => read_field(min_leave_hour), "naturalDayLeave" =>
    read_field(natural_day_leave), "paidLeave" => read_field(paid_leave),
    "submitTimeRule" => read_field(submit_time_rule), "visibilityRules" =>
    read_field(visibility_rules), "whenCanLeave" => read_field(when_can_leave) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetainLeaveTypesResponseBodyResult { "bizType" => optional(biz_type), "hoursInPerDay"
    => optional(hours_in_per_day), "leaveCertificate" => optional(leave_certificate),
    "leaveCode" => optional(leave_code), "leaveHourCeil" => optional(leave_hour_ceil),
    "leaveName" => optional(leave_name), "leaveTimeCeil" => optional(leave_time_ceil),
    "leaveTimeCeilMinUnit" => optional(leave_time_ceil_min_unit), "leaveViewUnit" =>
    optional(leave_view_unit), "lieuDelayNum" => optional(lieu_delay_num),
    "lieuDelayUnit" => optional(lieu_delay_unit), "maxLeaveTime" =>
    optional(max_leave_time), "minLeaveHour" => optional(min_leave_hour),
    "naturalDayLeave" => optional(natural_day_leave), "paidLeave" =>
    optional(paid_leave), "submitTimeRule" => optional(submit_time_rule),
    "visibilityRules" => optional(visibility_rules), "whenCanLeave" =>
    optional(when_can_leave) }
}
/// `SalaryThirdDataIntegrationRequestItemsBizContents`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationRequestItemsBizContents {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl SalaryThirdDataIntegrationRequestItemsBizContents {
    /// An empty `SalaryThirdDataIntegrationRequestItemsBizContents`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SalaryThirdDataIntegrationRequestItemsBizContents { "key" => optional(key), "value"
    => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SalaryThirdDataIntegrationRequestItemsBizContents { "key" => read_field(key), "value"
    => read_field(value) }
}
/// `SalaryThirdDataIntegrationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationResponseBodyResult {
    /// `reason`.
    pub reason: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    SalaryThirdDataIntegrationResponseBodyResult { "reason" => read_field(reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SalaryThirdDataIntegrationResponseBodyResult { "reason" => optional(reason) }
}
/// `SaveCustomWaterMarkTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveCustomWaterMarkTemplateResponseBodyResult {
    /// `formCode`.
    pub form_code: Option<String>,
    /// `waterMarkId`.
    pub water_mark_id: Option<String>,
}
rt::impl_deserialize! {
    SaveCustomWaterMarkTemplateResponseBodyResult { "formCode" => read_field(form_code),
    "waterMarkId" => read_field(water_mark_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveCustomWaterMarkTemplateResponseBodyResult { "formCode" => optional(form_code),
    "waterMarkId" => optional(water_mark_id) }
}
/// `ShiftAddRequestSectionsTimes`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ShiftAddRequestSectionsTimes {
    /// `across`.
    pub across: i64,
    /// `beginMin`.
    pub begin_min: Option<i64>,
    /// `checkTime`.
    pub check_time: i64,
    /// `checkType`.
    pub check_type: String,
    /// `endMin`.
    pub end_min: Option<i64>,
    /// `flexMinutes`.
    pub flex_minutes: Option<Vec<i64>>,
    /// `freeCheck`.
    pub free_check: Option<bool>,
}
/// The required fields of [`ShiftAddRequestSectionsTimes`], each named where it is set: `ShiftAddRequestSectionsTimes::new(ShiftAddRequestSectionsTimesRequired { .. })`.
pub struct ShiftAddRequestSectionsTimesRequired {
    /// `across`: see [`ShiftAddRequestSectionsTimes::across`].
    pub across: i64,
    /// `checkTime`: see [`ShiftAddRequestSectionsTimes::check_time`].
    pub check_time: i64,
    /// `checkType`: see [`ShiftAddRequestSectionsTimes::check_type`].
    pub check_type: String,
}
impl ShiftAddRequestSectionsTimes {
    /// A `ShiftAddRequestSectionsTimes` with its required fields (`across`, `checkTime`, `checkType`); set the others with the methods named after them.
    pub fn new(required: ShiftAddRequestSectionsTimesRequired) -> Self {
        let ShiftAddRequestSectionsTimesRequired { across, check_time, check_type } = required;
        Self {
            across,
            begin_min: None,
            check_time,
            check_type,
            end_min: None,
            flex_minutes: None,
            free_check: None,
        }
    }
    /// Sets `beginMin`.
    pub fn begin_min(mut self, value: i64) -> Self {
        self.begin_min = Some(value);
        self
    }
    /// Sets `endMin`.
    pub fn end_min(mut self, value: i64) -> Self {
        self.end_min = Some(value);
        self
    }
    /// Sets `flexMinutes`.
    pub fn flex_minutes(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.flex_minutes = Some(value.into_iter().collect());
        self
    }
    /// Sets `freeCheck`.
    pub fn free_check(mut self, value: bool) -> Self {
        self.free_check = Some(value);
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequestSectionsTimes { "across" => field(across), "beginMin" =>
    optional(begin_min), "checkTime" => field(check_time), "checkType" =>
    field(check_type), "endMin" => optional(end_min), "flexMinutes" =>
    optional(flex_minutes), "freeCheck" => optional(free_check) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSectionsTimes { "across" => read_field(across), "beginMin" =>
    read_field(begin_min), "checkTime" => read_field(check_time), "checkType" =>
    read_field(check_type), "endMin" => read_field(end_min), "flexMinutes" =>
    read_field(flex_minutes), "freeCheck" => read_field(free_check) }
}
/// `ShiftAddRequestSettingLateBackSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddRequestSettingLateBackSetting {
    /// `enable`.
    pub enable: Option<bool>,
    /// `sections`.
    pub sections: Option<Vec<ShiftAddRequestSettingLateBackSettingSections>>,
}
impl ShiftAddRequestSettingLateBackSetting {
    /// An empty `ShiftAddRequestSettingLateBackSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enable`.
    pub fn enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }
    /// Sets `sections`.
    pub fn sections(
        mut self,
        value: impl IntoIterator<Item = ShiftAddRequestSettingLateBackSettingSections>,
    ) -> Self {
        self.sections = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequestSettingLateBackSetting { "enable" => optional(enable), "sections" =>
    optional(sections) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSettingLateBackSetting { "enable" => read_field(enable), "sections" =>
    read_field(sections) }
}
/// `ShiftAddRequestSettingTopRestTimeList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddRequestSettingTopRestTimeList {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<i64>,
    /// `checkType`.
    pub check_type: Option<String>,
}
impl ShiftAddRequestSettingTopRestTimeList {
    /// An empty `ShiftAddRequestSettingTopRestTimeList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `across`.
    pub fn across(mut self, value: i64) -> Self {
        self.across = Some(value);
        self
    }
    /// Sets `checkTime`.
    pub fn check_time(mut self, value: i64) -> Self {
        self.check_time = Some(value);
        self
    }
    /// Sets `checkType`.
    pub fn check_type(mut self, value: impl Into<String>) -> Self {
        self.check_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequestSettingTopRestTimeList { "across" => optional(across), "checkTime" =>
    optional(check_time), "checkType" => optional(check_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSettingTopRestTimeList { "across" => read_field(across), "checkTime"
    => read_field(check_time), "checkType" => read_field(check_type) }
}
/// `ShiftAddResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShiftAddResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `shiftId`.
    pub shift_id: Option<i64>,
}
rt::impl_deserialize! {
    ShiftAddResponseBodyResult { "name" => read_field(name), "shiftId" =>
    read_field(shift_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ShiftAddResponseBodyResult { "name" => optional(name), "shiftId" =>
    optional(shift_id) }
}
/// `UpdateLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateLeaveTypeResponseBodyResult {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `freedomLeave`.
    pub freedom_leave: Option<bool>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: Option<i64>,
    /// `leaveCertificate`.
    pub leave_certificate: Option<UpdateLeaveTypeResponseBodyResultLeaveCertificate>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `leaveName`.
    pub leave_name: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: Option<String>,
    /// `naturalDayLeave`.
    pub natural_day_leave: Option<bool>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<UpdateLeaveTypeResponseBodyResultSubmitTimeRule>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<UpdateLeaveTypeResponseBodyResultVisibilityRules>>,
}
rt::impl_deserialize! {
    UpdateLeaveTypeResponseBodyResult { "bizType" => read_field(biz_type), "freedomLeave"
    => read_field(freedom_leave), "hoursInPerDay" => read_field(hours_in_per_day),
    "leaveCertificate" => read_field(leave_certificate), "leaveCode" =>
    read_field(leave_code), "leaveName" => read_field(leave_name), "leaveViewUnit" =>
    read_field(leave_view_unit), "naturalDayLeave" => read_field(natural_day_leave),
    "submitTimeRule" => read_field(submit_time_rule), "visibilityRules" =>
    read_field(visibility_rules) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateLeaveTypeResponseBodyResult { "bizType" => optional(biz_type), "freedomLeave"
    => optional(freedom_leave), "hoursInPerDay" => optional(hours_in_per_day),
    "leaveCertificate" => optional(leave_certificate), "leaveCode" =>
    optional(leave_code), "leaveName" => optional(leave_name), "leaveViewUnit" =>
    optional(leave_view_unit), "naturalDayLeave" => optional(natural_day_leave),
    "submitTimeRule" => optional(submit_time_rule), "visibilityRules" =>
    optional(visibility_rules) }
}
/// `UpdateVacationQuotaResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBodyResult {
    /// `quota`.
    pub quota: Option<UpdateVacationQuotaResponseBodyResultQuota>,
    /// `reason`.
    pub reason: Option<String>,
}
rt::impl_deserialize! {
    UpdateVacationQuotaResponseBodyResult { "quota" => read_field(quota), "reason" =>
    read_field(reason) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateVacationQuotaResponseBodyResult { "quota" => optional(quota), "reason" =>
    optional(reason) }
}
/// `AddLeaveTypeResponseBodyResultLeaveCertificate`, a model several operations share: also named [`GetLeaveTypeResponseBodyResultLeaveCertificate`], [`RetainLeaveTypesResponseBodyResultLeaveCertificate`], [`UpdateLeaveTypeResponseBodyResultLeaveCertificate`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBodyResultLeaveCertificate {
    /// `duration`.
    pub duration: Option<f64>,
    /// `enable`.
    pub enable: Option<bool>,
    /// `promptInformation`.
    pub prompt_information: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    AddLeaveTypeResponseBodyResultLeaveCertificate { "duration" => read_field(duration),
    "enable" => read_field(enable), "promptInformation" =>
    read_field(prompt_information), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeaveTypeResponseBodyResultLeaveCertificate { "duration" => optional(duration),
    "enable" => optional(enable), "promptInformation" => optional(prompt_information),
    "unit" => optional(unit) }
}
/// `AddLeaveTypeResponseBodyResultSubmitTimeRule`, a model several operations share: also named [`GetLeaveTypeResponseBodyResultSubmitTimeRule`], [`RetainLeaveTypesResponseBodyResultSubmitTimeRule`], [`UpdateLeaveTypeResponseBodyResultSubmitTimeRule`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBodyResultSubmitTimeRule {
    /// `enableTimeLimit`.
    pub enable_time_limit: Option<bool>,
    /// `timeType`.
    pub time_type: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
    /// `timeValue`.
    pub time_value: Option<i64>,
}
rt::impl_deserialize! {
    AddLeaveTypeResponseBodyResultSubmitTimeRule { "enableTimeLimit" =>
    read_field(enable_time_limit), "timeType" => read_field(time_type), "timeUnit" =>
    read_field(time_unit), "timeValue" => read_field(time_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeaveTypeResponseBodyResultSubmitTimeRule { "enableTimeLimit" =>
    optional(enable_time_limit), "timeType" => optional(time_type), "timeUnit" =>
    optional(time_unit), "timeValue" => optional(time_value) }
}
/// `AddLeaveTypeResponseBodyResultVisibilityRules`, a model several operations share: also named [`GetLeaveTypeResponseBodyResultVisibilityRules`], [`RetainLeaveTypesResponseBodyResultVisibilityRules`], [`UpdateLeaveTypeResponseBodyResultVisibilityRules`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBodyResultVisibilityRules {
    /// `type`.
    pub r#type: Option<String>,
    /// `visible`.
    pub visible: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AddLeaveTypeResponseBodyResultVisibilityRules { "type" => read_field(r#type),
    "visible" => read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLeaveTypeResponseBodyResultVisibilityRules { "type" => optional(r#type), "visible"
    => optional(visible) }
}
/// `AttendanceBleDevicesAddResponseBodyErrorListFailureList`: the same model as [`AttendanceBleDevicesAddResponseBodySuccessList`].
pub type AttendanceBleDevicesAddResponseBodyErrorListFailureList = AttendanceBleDevicesAddResponseBodySuccessList;
/// `CalculateDurationResponseBodyResultDurationDetail`, a model several operations share: also named [`ProcessApproveFinishResponseBodyResultDurationDetail`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CalculateDurationResponseBodyResultDurationDetail {
    /// `date`.
    pub date: Option<String>,
    /// `duration`.
    pub duration: Option<f64>,
}
rt::impl_deserialize! {
    CalculateDurationResponseBodyResultDurationDetail { "date" => read_field(date),
    "duration" => read_field(duration) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CalculateDurationResponseBodyResultDurationDetail { "date" => optional(date),
    "duration" => optional(duration) }
}
/// `GetAdjustmentsResponseBodyResultItems`, a model several operations share: also named [`GetSimpleOvertimeSettingResponseBodyResultItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBodyResultItems {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `settingId`.
    pub setting_id: Option<i64>,
}
rt::impl_deserialize! {
    GetAdjustmentsResponseBodyResultItems { "id" => read_field(id), "name" =>
    read_field(name), "settingId" => read_field(setting_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAdjustmentsResponseBodyResultItems { "id" => optional(id), "name" =>
    optional(name), "settingId" => optional(setting_id) }
}
/// `GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels {
    /// `canModify`.
    pub can_modify: Option<bool>,
    /// `formCode`.
    pub form_code: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `layoutDesign`.
    pub layout_design: Option<String>,
    /// `sceneCode`.
    pub scene_code: Option<String>,
    /// `schemaContent`.
    pub schema_content: Option<String>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `systemTemplate`.
    pub system_template: Option<bool>,
    /// `title`.
    pub title: Option<String>,
    /// `waterMarkId`.
    pub water_mark_id: Option<String>,
}
rt::impl_deserialize! {
    GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels { "canModify" =>
    read_field(can_modify), "formCode" => read_field(form_code), "icon" =>
    read_field(icon), "layoutDesign" => read_field(layout_design), "sceneCode" =>
    read_field(scene_code), "schemaContent" => read_field(schema_content), "suiteKey" =>
    read_field(suite_key), "systemTemplate" => read_field(system_template), "title" =>
    read_field(title), "waterMarkId" => read_field(water_mark_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels { "canModify" =>
    optional(can_modify), "formCode" => optional(form_code), "icon" => optional(icon),
    "layoutDesign" => optional(layout_design), "sceneCode" => optional(scene_code),
    "schemaContent" => optional(schema_content), "suiteKey" => optional(suite_key),
    "systemTemplate" => optional(system_template), "title" => optional(title),
    "waterMarkId" => optional(water_mark_id) }
}
/// `GetCheckinRecordByUserResponseBodyResultPageList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageList {
    /// `checkinTime`.
    pub checkin_time: Option<i64>,
    /// `checkinType`.
    pub checkin_type: Option<String>,
    /// `customDataList`.
    pub custom_data_list: Option<
        Vec<GetCheckinRecordByUserResponseBodyResultPageListCustomDataList>,
    >,
    /// `detailPlace`.
    pub detail_place: Option<String>,
    /// `imageList`.
    pub image_list: Option<Vec<String>>,
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `place`.
    pub place: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `visitUser`.
    pub visit_user: Option<String>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResultPageList { "checkinTime" =>
    read_field(checkin_time), "checkinType" => read_field(checkin_type), "customDataList"
    => read_field(custom_data_list), "detailPlace" => read_field(detail_place),
    "imageList" => read_field(image_list), "latitude" => read_field(latitude),
    "longitude" => read_field(longitude), "place" => read_field(place), "remark" =>
    read_field(remark), "userId" => read_field(user_id), "visitUser" =>
    read_field(visit_user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResultPageList { "checkinTime" =>
    optional(checkin_time), "checkinType" => optional(checkin_type), "customDataList" =>
    optional(custom_data_list), "detailPlace" => optional(detail_place), "imageList" =>
    optional(image_list), "latitude" => optional(latitude), "longitude" =>
    optional(longitude), "place" => optional(place), "remark" => optional(remark),
    "userId" => optional(user_id), "visitUser" => optional(visit_user) }
}
/// `GetClassWithDeletedResponseBodyResultClassSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSetting {
    /// `classSettingId`.
    pub class_setting_id: Option<i64>,
    /// `restTimeList`.
    pub rest_time_list: Option<
        Vec<GetClassWithDeletedResponseBodyResultClassSettingRestTimeList>,
    >,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResultClassSetting { "classSettingId" =>
    read_field(class_setting_id), "restTimeList" => read_field(rest_time_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResultClassSetting { "classSettingId" =>
    optional(class_setting_id), "restTimeList" => optional(rest_time_list) }
}
/// `GetClassWithDeletedResponseBodyResultSections`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultSections {
    /// `times`.
    pub times: Option<Vec<GetClassWithDeletedResponseBodyResultSectionsTimes>>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResultSections { "times" => read_field(times) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResultSections { "times" => optional(times) }
}
/// `GetClosingAccountsResponseBodyResultClosingAccountModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBodyResultClosingAccountModel {
    /// `closingDay`.
    pub closing_day: Option<i64>,
    /// `closingHourMinutes`.
    pub closing_hour_minutes: Option<i64>,
    /// `endDay`.
    pub end_day: Option<i64>,
    /// `endMonth`.
    pub end_month: Option<i64>,
    /// `startDay`.
    pub start_day: Option<i64>,
    /// `startMonth`.
    pub start_month: Option<i64>,
}
rt::impl_deserialize! {
    GetClosingAccountsResponseBodyResultClosingAccountModel { "closingDay" =>
    read_field(closing_day), "closingHourMinutes" => read_field(closing_hour_minutes),
    "endDay" => read_field(end_day), "endMonth" => read_field(end_month), "startDay" =>
    read_field(start_day), "startMonth" => read_field(start_month) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClosingAccountsResponseBodyResultClosingAccountModel { "closingDay" =>
    optional(closing_day), "closingHourMinutes" => optional(closing_hour_minutes),
    "endDay" => optional(end_day), "endMonth" => optional(end_month), "startDay" =>
    optional(start_day), "startMonth" => optional(start_month) }
}
/// `GetClosingAccountsResponseBodyResultUnsealClosingAccountModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBodyResultUnsealClosingAccountModel {
    /// `invalidTimeStamp`.
    pub invalid_time_stamp: Option<i64>,
}
rt::impl_deserialize! {
    GetClosingAccountsResponseBodyResultUnsealClosingAccountModel { "invalidTimeStamp" =>
    read_field(invalid_time_stamp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClosingAccountsResponseBodyResultUnsealClosingAccountModel { "invalidTimeStamp" =>
    optional(invalid_time_stamp) }
}
/// `GetColumnvalsResponseBodyResultColumnData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBodyResultColumnData {
    /// `columnValues`.
    pub column_values: Option<
        Vec<GetColumnvalsResponseBodyResultColumnDataColumnValues>,
    >,
    /// `fixedValue`.
    pub fixed_value: Option<String>,
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    GetColumnvalsResponseBodyResultColumnData { "columnValues" =>
    read_field(column_values), "fixedValue" => read_field(fixed_value), "id" =>
    read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetColumnvalsResponseBodyResultColumnData { "columnValues" =>
    optional(column_values), "fixedValue" => optional(fixed_value), "id" => optional(id)
    }
}
/// `GetLeaveRecordsResponseBodyResultLeaveRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLeaveRecordsResponseBodyResultLeaveRecords {
    /// `calType`.
    pub cal_type: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `leaveReason`.
    pub leave_reason: Option<String>,
    /// `leaveRecordType`.
    pub leave_record_type: Option<String>,
    /// `leaveStatus`.
    pub leave_status: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: Option<String>,
    /// `opUserId`.
    pub op_user_id: Option<String>,
    /// `quotaId`.
    pub quota_id: Option<String>,
    /// `recordId`.
    pub record_id: Option<String>,
    /// `recordNumPerDay`.
    pub record_num_per_day: Option<i64>,
    /// `recordNumPerHour`.
    pub record_num_per_hour: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetLeaveRecordsResponseBodyResultLeaveRecords { "calType" => read_field(cal_type),
    "endTime" => read_field(end_time), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "leaveCode" => read_field(leave_code),
    "leaveReason" => read_field(leave_reason), "leaveRecordType" =>
    read_field(leave_record_type), "leaveStatus" => read_field(leave_status),
    "leaveViewUnit" => read_field(leave_view_unit), "opUserId" => read_field(op_user_id),
    "quotaId" => read_field(quota_id), "recordId" => read_field(record_id),
    "recordNumPerDay" => read_field(record_num_per_day), "recordNumPerHour" =>
    read_field(record_num_per_hour), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLeaveRecordsResponseBodyResultLeaveRecords { "calType" => optional(cal_type),
    "endTime" => optional(end_time), "gmtCreate" => optional(gmt_create), "gmtModified"
    => optional(gmt_modified), "leaveCode" => optional(leave_code), "leaveReason" =>
    optional(leave_reason), "leaveRecordType" => optional(leave_record_type),
    "leaveStatus" => optional(leave_status), "leaveViewUnit" =>
    optional(leave_view_unit), "opUserId" => optional(op_user_id), "quotaId" =>
    optional(quota_id), "recordId" => optional(record_id), "recordNumPerDay" =>
    optional(record_num_per_day), "recordNumPerHour" => optional(record_num_per_hour),
    "startTime" => optional(start_time), "userId" => optional(user_id) }
}
/// `GetLeaveTypeResponseBodyResultLeaveCertificate`: the same model as [`AddLeaveTypeResponseBodyResultLeaveCertificate`].
pub type GetLeaveTypeResponseBodyResultLeaveCertificate = AddLeaveTypeResponseBodyResultLeaveCertificate;
/// `GetLeaveTypeResponseBodyResultSubmitTimeRule`: the same model as [`AddLeaveTypeResponseBodyResultSubmitTimeRule`].
pub type GetLeaveTypeResponseBodyResultSubmitTimeRule = AddLeaveTypeResponseBodyResultSubmitTimeRule;
/// `GetLeaveTypeResponseBodyResultVisibilityRules`: the same model as [`AddLeaveTypeResponseBodyResultVisibilityRules`].
pub type GetLeaveTypeResponseBodyResultVisibilityRules = AddLeaveTypeResponseBodyResultVisibilityRules;
/// `GetMachineResponseBodyResultMachineBluetoothVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineResponseBodyResultMachineBluetoothVO {
    /// `address`.
    pub address: Option<String>,
    /// `bluetoothCheckWithFace`.
    pub bluetooth_check_with_face: Option<bool>,
    /// `bluetoothDistanceMode`.
    pub bluetooth_distance_mode: Option<String>,
    /// `bluetoothDistanceModeDesc`.
    pub bluetooth_distance_mode_desc: Option<String>,
    /// `bluetoothValue`.
    pub bluetooth_value: Option<bool>,
    /// `latitude`.
    pub latitude: Option<f64>,
    /// `limitUserDeviceCount`.
    pub limit_user_device_count: Option<bool>,
    /// `longitude`.
    pub longitude: Option<f64>,
    /// `monitorLocationAbnormal`.
    pub monitor_location_abnormal: Option<bool>,
    /// `userDeviceCount`.
    pub user_device_count: Option<i64>,
}
rt::impl_deserialize! {
    GetMachineResponseBodyResultMachineBluetoothVO { "address" => read_field(address),
    "bluetoothCheckWithFace" => read_field(bluetooth_check_with_face),
    "bluetoothDistanceMode" => read_field(bluetooth_distance_mode),
    "bluetoothDistanceModeDesc" => read_field(bluetooth_distance_mode_desc),
    "bluetoothValue" => read_field(bluetooth_value), "latitude" => read_field(latitude),
    "limitUserDeviceCount" => read_field(limit_user_device_count), "longitude" =>
    read_field(longitude), "monitorLocationAbnormal" =>
    read_field(monitor_location_abnormal), "userDeviceCount" =>
    read_field(user_device_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineResponseBodyResultMachineBluetoothVO { "address" => optional(address),
    "bluetoothCheckWithFace" => optional(bluetooth_check_with_face),
    "bluetoothDistanceMode" => optional(bluetooth_distance_mode),
    "bluetoothDistanceModeDesc" => optional(bluetooth_distance_mode_desc),
    "bluetoothValue" => optional(bluetooth_value), "latitude" => optional(latitude),
    "limitUserDeviceCount" => optional(limit_user_device_count), "longitude" =>
    optional(longitude), "monitorLocationAbnormal" =>
    optional(monitor_location_abnormal), "userDeviceCount" => optional(user_device_count)
    }
}
/// `GetMachineUserResponseBodyResultUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMachineUserResponseBodyResultUserList {
    /// `hasFace`.
    pub has_face: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetMachineUserResponseBodyResultUserList { "hasFace" => read_field(has_face), "name"
    => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMachineUserResponseBodyResultUserList { "hasFace" => optional(has_face), "name" =>
    optional(name), "userId" => optional(user_id) }
}
/// `ResultDurationSettingsValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultDurationSettingsValue {
    /// `calcType`.
    pub calc_type: Option<i64>,
    /// `durationType`.
    pub duration_type: Option<i64>,
    /// `overtimeRedress`.
    pub overtime_redress: Option<bool>,
    /// `settings`.
    pub settings: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `overtimeRedressBy`.
    pub overtime_redress_by: Option<String>,
    /// `vacationRate`.
    pub vacation_rate: Option<f64>,
    /// `skipTime`.
    pub skip_time: Option<String>,
    /// `skipTimeByFrames`.
    pub skip_time_by_frames: Option<Vec<ResultDurationSettingsValueSkipTimeByFrames>>,
    /// `skipTimeByDurations`.
    pub skip_time_by_durations: Option<
        Vec<ResultDurationSettingsValueSkipTimeByDurations>,
    >,
    /// `holidayPlanOvertimeRedress`.
    pub holiday_plan_overtime_redress: Option<bool>,
    /// `holidayPlanOvertimeRedressBy`.
    pub holiday_plan_overtime_redress_by: Option<String>,
    /// `holidayPlanVacationRate`.
    pub holiday_plan_vacation_rate: Option<f64>,
}
rt::impl_deserialize! {
    ResultDurationSettingsValue { "calcType" => read_field(calc_type), "durationType" =>
    read_field(duration_type), "overtimeRedress" => read_field(overtime_redress),
    "settings" => read_field(settings), "overtimeRedressBy" =>
    read_field(overtime_redress_by), "vacationRate" => read_field(vacation_rate),
    "skipTime" => read_field(skip_time), "skipTimeByFrames" =>
    read_field(skip_time_by_frames), "skipTimeByDurations" =>
    read_field(skip_time_by_durations), "holidayPlanOvertimeRedress" =>
    read_field(holiday_plan_overtime_redress), "holidayPlanOvertimeRedressBy" =>
    read_field(holiday_plan_overtime_redress_by), "holidayPlanVacationRate" =>
    read_field(holiday_plan_vacation_rate) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultDurationSettingsValue { "calcType" => optional(calc_type), "durationType" =>
    optional(duration_type), "overtimeRedress" => optional(overtime_redress), "settings"
    => optional(settings), "overtimeRedressBy" => optional(overtime_redress_by),
    "vacationRate" => optional(vacation_rate), "skipTime" => optional(skip_time),
    "skipTimeByFrames" => optional(skip_time_by_frames), "skipTimeByDurations" =>
    optional(skip_time_by_durations), "holidayPlanOvertimeRedress" =>
    optional(holiday_plan_overtime_redress), "holidayPlanOvertimeRedressBy" =>
    optional(holiday_plan_overtime_redress_by), "holidayPlanVacationRate" =>
    optional(holiday_plan_vacation_rate) }
}
/// `GetOvertimeSettingResponseBodyResultOvertimeDivisions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBodyResultOvertimeDivisions {
    /// `nextDayType`.
    pub next_day_type: Option<String>,
    /// `previousDayType`.
    pub previous_day_type: Option<String>,
    /// `timeSplitPoint`.
    pub time_split_point: Option<String>,
}
rt::impl_deserialize! {
    GetOvertimeSettingResponseBodyResultOvertimeDivisions { "nextDayType" =>
    read_field(next_day_type), "previousDayType" => read_field(previous_day_type),
    "timeSplitPoint" => read_field(time_split_point) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOvertimeSettingResponseBodyResultOvertimeDivisions { "nextDayType" =>
    optional(next_day_type), "previousDayType" => optional(previous_day_type),
    "timeSplitPoint" => optional(time_split_point) }
}
/// `GetOvertimeSettingResponseBodyResultWarningSettings`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBodyResultWarningSettings {
    /// `action`.
    pub action: Option<String>,
    /// `threshold`.
    pub threshold: Option<i64>,
    /// `time`.
    pub time: Option<String>,
}
rt::impl_deserialize! {
    GetOvertimeSettingResponseBodyResultWarningSettings { "action" => read_field(action),
    "threshold" => read_field(threshold), "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOvertimeSettingResponseBodyResultWarningSettings { "action" => optional(action),
    "threshold" => optional(threshold), "time" => optional(time) }
}
/// `GetShiftResponseBodyResultSections`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSections {
    /// `punches`.
    pub punches: Option<Vec<GetShiftResponseBodyResultSectionsPunches>>,
    /// `rests`.
    pub rests: Option<Vec<GetShiftResponseBodyResultSectionsRests>>,
    /// `sectionId`.
    pub section_id: Option<i64>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultSections { "punches" => read_field(punches), "rests" =>
    read_field(rests), "sectionId" => read_field(section_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultSections { "punches" => optional(punches), "rests" =>
    optional(rests), "sectionId" => optional(section_id) }
}
/// `GetShiftResponseBodyResultShiftSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultShiftSetting {
    /// `attendDays`.
    pub attend_days: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `overtimeBehindDuration`.
    pub overtime_behind_duration: Option<i64>,
    /// `overtimeFrontDuration`.
    pub overtime_front_duration: Option<i64>,
    /// `overtimeOpen`.
    pub overtime_open: Option<bool>,
    /// `overtimeType`.
    pub overtime_type: Option<i64>,
    /// `shiftId`.
    pub shift_id: Option<i64>,
    /// `shiftSettingId`.
    pub shift_setting_id: Option<i64>,
    /// `shiftType`.
    pub shift_type: Option<String>,
    /// `workTimeMinutes`.
    pub work_time_minutes: Option<i64>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultShiftSetting { "attendDays" => read_field(attend_days),
    "corpId" => read_field(corp_id), "gmtCreate" => read_field(gmt_create), "gmtModified"
    => read_field(gmt_modified), "overtimeBehindDuration" =>
    read_field(overtime_behind_duration), "overtimeFrontDuration" =>
    read_field(overtime_front_duration), "overtimeOpen" => read_field(overtime_open),
    "overtimeType" => read_field(overtime_type), "shiftId" => read_field(shift_id),
    "shiftSettingId" => read_field(shift_setting_id), "shiftType" =>
    read_field(shift_type), "workTimeMinutes" => read_field(work_time_minutes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultShiftSetting { "attendDays" => optional(attend_days),
    "corpId" => optional(corp_id), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "overtimeBehindDuration" =>
    optional(overtime_behind_duration), "overtimeFrontDuration" =>
    optional(overtime_front_duration), "overtimeOpen" => optional(overtime_open),
    "overtimeType" => optional(overtime_type), "shiftId" => optional(shift_id),
    "shiftSettingId" => optional(shift_setting_id), "shiftType" => optional(shift_type),
    "workTimeMinutes" => optional(work_time_minutes) }
}
/// `GetSimpleGroupsResponseBodyResultGroups`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroups {
    /// `classesList`.
    pub classes_list: Option<Vec<String>>,
    /// `defaultClassId`.
    pub default_class_id: Option<i64>,
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `deptNameList`.
    pub dept_name_list: Option<Vec<String>>,
    /// `disableCheckWhenRest`.
    pub disable_check_when_rest: Option<bool>,
    /// `disableCheckWithoutSchedule`.
    pub disable_check_without_schedule: Option<bool>,
    /// `enableEmpSelectClass`.
    pub enable_emp_select_class: Option<bool>,
    /// `freeCheckDayStartMinOffset`.
    pub free_check_day_start_min_offset: Option<i64>,
    /// `freecheckWorkDays`.
    pub freecheck_work_days: Option<Vec<i64>>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `isDefault`.
    pub is_default: Option<bool>,
    /// `managerList`.
    pub manager_list: Option<Vec<String>>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `selectedClass`.
    pub selected_class: Option<
        Vec<GetSimpleGroupsResponseBodyResultGroupsSelectedClass>,
    >,
    /// `type`.
    pub r#type: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
    /// `workDayList`.
    pub work_day_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResultGroups { "classesList" => read_field(classes_list),
    "defaultClassId" => read_field(default_class_id), "deptIds" => read_field(dept_ids),
    "deptNameList" => read_field(dept_name_list), "disableCheckWhenRest" =>
    read_field(disable_check_when_rest), "disableCheckWithoutSchedule" =>
    read_field(disable_check_without_schedule), "enableEmpSelectClass" =>
    read_field(enable_emp_select_class), "freeCheckDayStartMinOffset" =>
    read_field(free_check_day_start_min_offset), "freecheckWorkDays" =>
    read_field(freecheck_work_days), "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name), "isDefault" => read_field(is_default), "managerList" =>
    read_field(manager_list), "memberCount" => read_field(member_count), "ownerUserId" =>
    read_field(owner_user_id), "selectedClass" => read_field(selected_class), "type" =>
    read_field(r#type), "userIds" => read_field(user_ids), "workDayList" =>
    read_field(work_day_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResultGroups { "classesList" => optional(classes_list),
    "defaultClassId" => optional(default_class_id), "deptIds" => optional(dept_ids),
    "deptNameList" => optional(dept_name_list), "disableCheckWhenRest" =>
    optional(disable_check_when_rest), "disableCheckWithoutSchedule" =>
    optional(disable_check_without_schedule), "enableEmpSelectClass" =>
    optional(enable_emp_select_class), "freeCheckDayStartMinOffset" =>
    optional(free_check_day_start_min_offset), "freecheckWorkDays" =>
    optional(freecheck_work_days), "groupId" => optional(group_id), "groupName" =>
    optional(group_name), "isDefault" => optional(is_default), "managerList" =>
    optional(manager_list), "memberCount" => optional(member_count), "ownerUserId" =>
    optional(owner_user_id), "selectedClass" => optional(selected_class), "type" =>
    optional(r#type), "userIds" => optional(user_ids), "workDayList" =>
    optional(work_day_list) }
}
/// `GetSimpleOvertimeSettingResponseBodyResultItems`: the same model as [`GetAdjustmentsResponseBodyResultItems`].
pub type GetSimpleOvertimeSettingResponseBodyResultItems = GetAdjustmentsResponseBodyResultItems;
/// `GetUserHolidaysResponseBodyResultHolidays`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserHolidaysResponseBodyResultHolidays {
    /// `holidayName`.
    pub holiday_name: Option<String>,
    /// `holidayType`.
    pub holiday_type: Option<String>,
    /// `realWorkDate`.
    pub real_work_date: Option<i64>,
    /// `workDate`.
    pub work_date: Option<i64>,
}
rt::impl_deserialize! {
    GetUserHolidaysResponseBodyResultHolidays { "holidayName" =>
    read_field(holiday_name), "holidayType" => read_field(holiday_type), "realWorkDate"
    => read_field(real_work_date), "workDate" => read_field(work_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserHolidaysResponseBodyResultHolidays { "holidayName" => optional(holiday_name),
    "holidayType" => optional(holiday_type), "realWorkDate" => optional(real_work_date),
    "workDate" => optional(work_date) }
}
/// `ProcessApproveFinishResponseBodyResultDurationDetail`: the same model as [`CalculateDurationResponseBodyResultDurationDetail`].
pub type ProcessApproveFinishResponseBodyResultDurationDetail = CalculateDurationResponseBodyResultDurationDetail;
/// `RetainLeaveTypesResponseBodyResultLeaveCertificate`: the same model as [`AddLeaveTypeResponseBodyResultLeaveCertificate`].
pub type RetainLeaveTypesResponseBodyResultLeaveCertificate = AddLeaveTypeResponseBodyResultLeaveCertificate;
/// `RetainLeaveTypesResponseBodyResultSubmitTimeRule`: the same model as [`AddLeaveTypeResponseBodyResultSubmitTimeRule`].
pub type RetainLeaveTypesResponseBodyResultSubmitTimeRule = AddLeaveTypeResponseBodyResultSubmitTimeRule;
/// `RetainLeaveTypesResponseBodyResultVisibilityRules`: the same model as [`AddLeaveTypeResponseBodyResultVisibilityRules`].
pub type RetainLeaveTypesResponseBodyResultVisibilityRules = AddLeaveTypeResponseBodyResultVisibilityRules;
/// `ShiftAddRequestSettingLateBackSettingSections`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddRequestSettingLateBackSettingSections {
    /// `extra`.
    pub extra: Option<i64>,
    /// `late`.
    pub late: Option<i64>,
}
impl ShiftAddRequestSettingLateBackSettingSections {
    /// An empty `ShiftAddRequestSettingLateBackSettingSections`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `extra`.
    pub fn extra(mut self, value: i64) -> Self {
        self.extra = Some(value);
        self
    }
    /// Sets `late`.
    pub fn late(mut self, value: i64) -> Self {
        self.late = Some(value);
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequestSettingLateBackSettingSections { "extra" => optional(extra), "late" =>
    optional(late) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequestSettingLateBackSettingSections { "extra" => read_field(extra), "late"
    => read_field(late) }
}
/// `UpdateLeaveTypeResponseBodyResultLeaveCertificate`: the same model as [`AddLeaveTypeResponseBodyResultLeaveCertificate`].
pub type UpdateLeaveTypeResponseBodyResultLeaveCertificate = AddLeaveTypeResponseBodyResultLeaveCertificate;
/// `UpdateLeaveTypeResponseBodyResultSubmitTimeRule`: the same model as [`AddLeaveTypeResponseBodyResultSubmitTimeRule`].
pub type UpdateLeaveTypeResponseBodyResultSubmitTimeRule = AddLeaveTypeResponseBodyResultSubmitTimeRule;
/// `UpdateLeaveTypeResponseBodyResultVisibilityRules`: the same model as [`AddLeaveTypeResponseBodyResultVisibilityRules`].
pub type UpdateLeaveTypeResponseBodyResultVisibilityRules = AddLeaveTypeResponseBodyResultVisibilityRules;
/// `UpdateVacationQuotaResponseBodyResultQuota`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBodyResultQuota {
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `quotaCycle`.
    pub quota_cycle: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    UpdateVacationQuotaResponseBodyResultQuota { "leaveCode" => read_field(leave_code),
    "quotaCycle" => read_field(quota_cycle), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateVacationQuotaResponseBodyResultQuota { "leaveCode" => optional(leave_code),
    "quotaCycle" => optional(quota_cycle), "userId" => optional(user_id) }
}
/// `GetCheckinRecordByUserResponseBodyResultPageListCustomDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResultPageListCustomDataList { "key" =>
    read_field(key), "label" => read_field(label), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResultPageListCustomDataList { "key" =>
    optional(key), "label" => optional(label), "value" => optional(value) }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeList`, a model several operations share: also named [`GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSettingRestTimeList {
    /// `begin`.
    pub begin: Option<
        GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin,
    >,
    /// `end`.
    pub end: Option<GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResultClassSettingRestTimeList { "begin" =>
    read_field(begin), "end" => read_field(end) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResultClassSettingRestTimeList { "begin" =>
    optional(begin), "end" => optional(end) }
}
/// `GetClassWithDeletedResponseBodyResultSectionsTimes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultSectionsTimes {
    /// `across`.
    pub across: Option<i64>,
    /// `beginMin`.
    pub begin_min: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `checkType`.
    pub check_type: Option<String>,
    /// `endMin`.
    pub end_min: Option<i64>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResultSectionsTimes { "across" => read_field(across),
    "beginMin" => read_field(begin_min), "checkTime" => read_field(check_time),
    "checkType" => read_field(check_type), "endMin" => read_field(end_min) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResultSectionsTimes { "across" => optional(across),
    "beginMin" => optional(begin_min), "checkTime" => optional(check_time), "checkType"
    => optional(check_type), "endMin" => optional(end_min) }
}
/// `GetColumnvalsResponseBodyResultColumnDataColumnValues`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBodyResultColumnDataColumnValues {
    /// `date`.
    pub date: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetColumnvalsResponseBodyResultColumnDataColumnValues { "date" => read_field(date),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetColumnvalsResponseBodyResultColumnDataColumnValues { "date" => optional(date),
    "value" => optional(value) }
}
/// `ResultDurationSettingsValueSkipTimeByFrames`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultDurationSettingsValueSkipTimeByFrames {
    /// `startTime`.
    pub start_time: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `valid`.
    pub valid: Option<bool>,
}
rt::impl_deserialize! {
    ResultDurationSettingsValueSkipTimeByFrames { "startTime" => read_field(start_time),
    "endTime" => read_field(end_time), "valid" => read_field(valid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultDurationSettingsValueSkipTimeByFrames { "startTime" => optional(start_time),
    "endTime" => optional(end_time), "valid" => optional(valid) }
}
/// `ResultDurationSettingsValueSkipTimeByDurations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultDurationSettingsValueSkipTimeByDurations {
    /// `duration`.
    pub duration: Option<i64>,
    /// `minus`.
    pub minus: Option<i64>,
}
rt::impl_deserialize! {
    ResultDurationSettingsValueSkipTimeByDurations { "duration" => read_field(duration),
    "minus" => read_field(minus) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultDurationSettingsValueSkipTimeByDurations { "duration" => optional(duration),
    "minus" => optional(minus) }
}
/// `GetShiftResponseBodyResultSectionsPunches`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsPunches {
    /// `absenteeismLateMinutes`.
    pub absenteeism_late_minutes: Option<i64>,
    /// `across`.
    pub across: Option<i64>,
    /// `beginMin`.
    pub begin_min: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `checkType`.
    pub check_type: Option<String>,
    /// `endMin`.
    pub end_min: Option<i64>,
    /// `flexMinutes`.
    pub flex_minutes: Option<Vec<i64>>,
    /// `freeCheck`.
    pub free_check: Option<bool>,
    /// `lateBackSetting`.
    pub late_back_setting: Option<
        GetShiftResponseBodyResultSectionsPunchesLateBackSetting,
    >,
    /// `permitMinutes`.
    pub permit_minutes: Option<i64>,
    /// `puncheId`.
    pub punche_id: Option<i64>,
    /// `seriousLateMinutes`.
    pub serious_late_minutes: Option<i64>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultSectionsPunches { "absenteeismLateMinutes" =>
    read_field(absenteeism_late_minutes), "across" => read_field(across), "beginMin" =>
    read_field(begin_min), "checkTime" => read_field(check_time), "checkType" =>
    read_field(check_type), "endMin" => read_field(end_min), "flexMinutes" =>
    read_field(flex_minutes), "freeCheck" => read_field(free_check), "lateBackSetting" =>
    read_field(late_back_setting), "permitMinutes" => read_field(permit_minutes),
    "puncheId" => read_field(punche_id), "seriousLateMinutes" =>
    read_field(serious_late_minutes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultSectionsPunches { "absenteeismLateMinutes" =>
    optional(absenteeism_late_minutes), "across" => optional(across), "beginMin" =>
    optional(begin_min), "checkTime" => optional(check_time), "checkType" =>
    optional(check_type), "endMin" => optional(end_min), "flexMinutes" =>
    optional(flex_minutes), "freeCheck" => optional(free_check), "lateBackSetting" =>
    optional(late_back_setting), "permitMinutes" => optional(permit_minutes), "puncheId"
    => optional(punche_id), "seriousLateMinutes" => optional(serious_late_minutes) }
}
/// `GetShiftResponseBodyResultSectionsRests`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsRests {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `checkType`.
    pub check_type: Option<String>,
    /// `restId`.
    pub rest_id: Option<i64>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultSectionsRests { "across" => read_field(across), "checkTime"
    => read_field(check_time), "checkType" => read_field(check_type), "restId" =>
    read_field(rest_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultSectionsRests { "across" => optional(across), "checkTime"
    => optional(check_time), "checkType" => optional(check_type), "restId" =>
    optional(rest_id) }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClass`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClass {
    /// `classId`.
    pub class_id: Option<i64>,
    /// `className`.
    pub class_name: Option<String>,
    /// `sections`.
    pub sections: Option<
        Vec<GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections>,
    >,
    /// `setting`.
    pub setting: Option<GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClass { "classId" =>
    read_field(class_id), "className" => read_field(class_name), "sections" =>
    read_field(sections), "setting" => read_field(setting) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClass { "classId" =>
    optional(class_id), "className" => optional(class_name), "sections" =>
    optional(sections), "setting" => optional(setting) }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`, a model several operations share: also named [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd`], [`GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListBegin`], [`GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListEnd`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
}
rt::impl_deserialize! {
    GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin { "across" =>
    read_field(across), "checkTime" => read_field(check_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin { "across" =>
    optional(across), "checkTime" => optional(check_time) }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// `GetShiftResponseBodyResultSectionsPunchesLateBackSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsPunchesLateBackSetting {
    /// `lateBackPairs`.
    pub late_back_pairs: Option<
        Vec<GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs>,
    >,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultSectionsPunchesLateBackSetting { "lateBackPairs" =>
    read_field(late_back_pairs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultSectionsPunchesLateBackSetting { "lateBackPairs" =>
    optional(late_back_pairs) }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections {
    /// `times`.
    pub times: Option<
        Vec<GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes>,
    >,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections { "times" =>
    read_field(times) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections { "times" =>
    optional(times) }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    /// `absenteeismLateMinutes`.
    pub absenteeism_late_minutes: Option<i64>,
    /// `classSettingId`.
    pub class_setting_id: Option<i64>,
    /// `isOffDutyFreeCheck`.
    pub is_off_duty_free_check: Option<String>,
    /// `permitLateMinutes`.
    pub permit_late_minutes: Option<i64>,
    /// `restTimeList`.
    pub rest_time_list: Option<
        Vec<GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList>,
    >,
    /// `seriousLateMinutes`.
    pub serious_late_minutes: Option<i64>,
    /// `workTimeMinutes`.
    pub work_time_minutes: Option<i64>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    "absenteeismLateMinutes" => read_field(absenteeism_late_minutes), "classSettingId" =>
    read_field(class_setting_id), "isOffDutyFreeCheck" =>
    read_field(is_off_duty_free_check), "permitLateMinutes" =>
    read_field(permit_late_minutes), "restTimeList" => read_field(rest_time_list),
    "seriousLateMinutes" => read_field(serious_late_minutes), "workTimeMinutes" =>
    read_field(work_time_minutes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    "absenteeismLateMinutes" => optional(absenteeism_late_minutes), "classSettingId" =>
    optional(class_setting_id), "isOffDutyFreeCheck" => optional(is_off_duty_free_check),
    "permitLateMinutes" => optional(permit_late_minutes), "restTimeList" =>
    optional(rest_time_list), "seriousLateMinutes" => optional(serious_late_minutes),
    "workTimeMinutes" => optional(work_time_minutes) }
}
/// `GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs {
    /// `extra`.
    pub extra: Option<i64>,
    /// `late`.
    pub late: Option<i64>,
}
rt::impl_deserialize! {
    GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs { "extra" =>
    read_field(extra), "late" => read_field(late) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs { "extra" =>
    optional(extra), "late" => optional(late) }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `checkType`.
    pub check_type: Option<String>,
}
rt::impl_deserialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes { "across" =>
    read_field(across), "checkTime" => read_field(check_time), "checkType" =>
    read_field(check_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes { "across" =>
    optional(across), "checkTime" => optional(check_time), "checkType" =>
    optional(check_type) }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeList`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList = GetClassWithDeletedResponseBodyResultClassSettingRestTimeList;
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListBegin`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListBegin = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListEnd`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListEnd = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// The request of [`Api::add_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddLeaveTypeRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `bizType`.
    pub biz_type: String,
    /// `extras`.
    pub extras: Option<String>,
    /// `freedomLeave`.
    pub freedom_leave: Option<bool>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: i64,
    /// `leaveCertificate`.
    pub leave_certificate: Option<AddLeaveTypeRequestLeaveCertificate>,
    /// `leaveHourCeil`.
    pub leave_hour_ceil: Option<String>,
    /// `leaveName`.
    pub leave_name: String,
    /// `leaveTimeCeil`.
    pub leave_time_ceil: Option<bool>,
    /// `leaveTimeCeilMinUnit`.
    pub leave_time_ceil_min_unit: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: String,
    /// `maxLeaveTime`.
    pub max_leave_time: Option<i64>,
    /// `minLeaveHour`.
    pub min_leave_hour: Option<f64>,
    /// `naturalDayLeave`.
    pub natural_day_leave: bool,
    /// `paidLeave`.
    pub paid_leave: Option<bool>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<AddLeaveTypeRequestSubmitTimeRule>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<AddLeaveTypeRequestVisibilityRules>>,
    /// `whenCanLeave`.
    pub when_can_leave: Option<String>,
}
/// The required fields of [`AddLeaveTypeRequest`], each named where it is set: `AddLeaveTypeRequest::new(AddLeaveTypeRequired { .. })`.
pub struct AddLeaveTypeRequired {
    /// `opUserId`: see [`AddLeaveTypeRequest::op_user_id`].
    pub op_user_id: String,
    /// `bizType`: see [`AddLeaveTypeRequest::biz_type`].
    pub biz_type: String,
    /// `hoursInPerDay`: see [`AddLeaveTypeRequest::hours_in_per_day`].
    pub hours_in_per_day: i64,
    /// `leaveName`: see [`AddLeaveTypeRequest::leave_name`].
    pub leave_name: String,
    /// `leaveViewUnit`: see [`AddLeaveTypeRequest::leave_view_unit`].
    pub leave_view_unit: String,
    /// `naturalDayLeave`: see [`AddLeaveTypeRequest::natural_day_leave`].
    pub natural_day_leave: bool,
}
impl AddLeaveTypeRequest {
    /// A `AddLeaveTypeRequest` with its required fields (`opUserId`, `bizType`, `hoursInPerDay`, `leaveName`, `leaveViewUnit`, `naturalDayLeave`); set the others with the methods named after them.
    pub fn new(required: AddLeaveTypeRequired) -> Self {
        let AddLeaveTypeRequired {
            op_user_id,
            biz_type,
            hours_in_per_day,
            leave_name,
            leave_view_unit,
            natural_day_leave,
        } = required;
        Self {
            op_user_id,
            biz_type,
            extras: None,
            freedom_leave: None,
            hours_in_per_day,
            leave_certificate: None,
            leave_hour_ceil: None,
            leave_name,
            leave_time_ceil: None,
            leave_time_ceil_min_unit: None,
            leave_view_unit,
            max_leave_time: None,
            min_leave_hour: None,
            natural_day_leave,
            paid_leave: None,
            submit_time_rule: None,
            visibility_rules: None,
            when_can_leave: None,
        }
    }
    /// Sets `extras`.
    pub fn extras(mut self, value: impl Into<String>) -> Self {
        self.extras = Some(value.into());
        self
    }
    /// Sets `freedomLeave`.
    pub fn freedom_leave(mut self, value: bool) -> Self {
        self.freedom_leave = Some(value);
        self
    }
    /// Sets `leaveCertificate`.
    pub fn leave_certificate(
        mut self,
        value: AddLeaveTypeRequestLeaveCertificate,
    ) -> Self {
        self.leave_certificate = Some(value);
        self
    }
    /// Sets `leaveHourCeil`.
    pub fn leave_hour_ceil(mut self, value: impl Into<String>) -> Self {
        self.leave_hour_ceil = Some(value.into());
        self
    }
    /// Sets `leaveTimeCeil`.
    pub fn leave_time_ceil(mut self, value: bool) -> Self {
        self.leave_time_ceil = Some(value);
        self
    }
    /// Sets `leaveTimeCeilMinUnit`.
    pub fn leave_time_ceil_min_unit(mut self, value: impl Into<String>) -> Self {
        self.leave_time_ceil_min_unit = Some(value.into());
        self
    }
    /// Sets `maxLeaveTime`.
    pub fn max_leave_time(mut self, value: i64) -> Self {
        self.max_leave_time = Some(value);
        self
    }
    /// Sets `minLeaveHour`.
    pub fn min_leave_hour(mut self, value: f64) -> Self {
        self.min_leave_hour = Some(value);
        self
    }
    /// Sets `paidLeave`.
    pub fn paid_leave(mut self, value: bool) -> Self {
        self.paid_leave = Some(value);
        self
    }
    /// Sets `submitTimeRule`.
    pub fn submit_time_rule(mut self, value: AddLeaveTypeRequestSubmitTimeRule) -> Self {
        self.submit_time_rule = Some(value);
        self
    }
    /// Sets `visibilityRules`.
    pub fn visibility_rules(
        mut self,
        value: impl IntoIterator<Item = AddLeaveTypeRequestVisibilityRules>,
    ) -> Self {
        self.visibility_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `whenCanLeave`.
    pub fn when_can_leave(mut self, value: impl Into<String>) -> Self {
        self.when_can_leave = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddLeaveTypeRequest { "bizType" => field(biz_type), "extras" => optional(extras),
    "freedomLeave" => optional(freedom_leave), "hoursInPerDay" =>
    field(hours_in_per_day), "leaveCertificate" => optional(leave_certificate),
    "leaveHourCeil" => optional(leave_hour_ceil), "leaveName" => field(leave_name),
    "leaveTimeCeil" => optional(leave_time_ceil), "leaveTimeCeilMinUnit" =>
    optional(leave_time_ceil_min_unit), "leaveViewUnit" => field(leave_view_unit),
    "maxLeaveTime" => optional(max_leave_time), "minLeaveHour" =>
    optional(min_leave_hour), "naturalDayLeave" => field(natural_day_leave), "paidLeave"
    => optional(paid_leave), "submitTimeRule" => optional(submit_time_rule),
    "visibilityRules" => optional(visibility_rules), "whenCanLeave" =>
    optional(when_can_leave) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLeaveTypeRequest { "opUserId" => read_field(op_user_id), "bizType" =>
    read_field(biz_type), "extras" => read_field(extras), "freedomLeave" =>
    read_field(freedom_leave), "hoursInPerDay" => read_field(hours_in_per_day),
    "leaveCertificate" => read_field(leave_certificate), "leaveHourCeil" =>
    read_field(leave_hour_ceil), "leaveName" => read_field(leave_name), "leaveTimeCeil"
    => read_field(leave_time_ceil), "leaveTimeCeilMinUnit" =>
    read_field(leave_time_ceil_min_unit), "leaveViewUnit" => read_field(leave_view_unit),
    "maxLeaveTime" => read_field(max_leave_time), "minLeaveHour" =>
    read_field(min_leave_hour), "naturalDayLeave" => read_field(natural_day_leave),
    "paidLeave" => read_field(paid_leave), "submitTimeRule" =>
    read_field(submit_time_rule), "visibilityRules" => read_field(visibility_rules),
    "whenCanLeave" => read_field(when_can_leave) }
}
impl rt::WriteRequest for AddLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddRequest {
    /// `deviceIdList`.
    pub device_id_list: Vec<i64>,
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
/// The required fields of [`AttendanceBleDevicesAddRequest`], each named where it is set: `AttendanceBleDevicesAddRequest::new(AttendanceBleDevicesAddRequired { .. })`.
pub struct AttendanceBleDevicesAddRequired {
    /// `deviceIdList`: see [`AttendanceBleDevicesAddRequest::device_id_list`].
    pub device_id_list: Vec<i64>,
    /// `groupKey`: see [`AttendanceBleDevicesAddRequest::group_key`].
    pub group_key: String,
}
impl AttendanceBleDevicesAddRequest {
    /// A `AttendanceBleDevicesAddRequest` with its required fields (`deviceIdList`, `groupKey`); set the others with the methods named after them.
    pub fn new(required: AttendanceBleDevicesAddRequired) -> Self {
        let AttendanceBleDevicesAddRequired { device_id_list, group_key } = required;
        Self {
            device_id_list,
            group_key,
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AttendanceBleDevicesAddRequest { "deviceIdList" => field(device_id_list), "groupKey"
    => field(group_key), "opUserId" => optional(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AttendanceBleDevicesAddRequest { "deviceIdList" => read_field(device_id_list),
    "groupKey" => read_field(group_key), "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for AttendanceBleDevicesAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesQueryRequest {
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
/// The required fields of [`AttendanceBleDevicesQueryRequest`], each named where it is set: `AttendanceBleDevicesQueryRequest::new(AttendanceBleDevicesQueryRequired { .. })`.
pub struct AttendanceBleDevicesQueryRequired {
    /// `groupKey`: see [`AttendanceBleDevicesQueryRequest::group_key`].
    pub group_key: String,
}
impl AttendanceBleDevicesQueryRequest {
    /// A `AttendanceBleDevicesQueryRequest` with its required fields (`groupKey`); set the others with the methods named after them.
    pub fn new(required: AttendanceBleDevicesQueryRequired) -> Self {
        let AttendanceBleDevicesQueryRequired { group_key } = required;
        Self {
            group_key,
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AttendanceBleDevicesQueryRequest { "groupKey" => field(group_key), "opUserId" =>
    optional(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AttendanceBleDevicesQueryRequest { "groupKey" => read_field(group_key), "opUserId" =>
    read_field(op_user_id) }
}
impl rt::WriteRequest for AttendanceBleDevicesQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_remove`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveRequest {
    /// `deviceIdList`.
    pub device_id_list: Vec<i64>,
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
/// The required fields of [`AttendanceBleDevicesRemoveRequest`], each named where it is set: `AttendanceBleDevicesRemoveRequest::new(AttendanceBleDevicesRemoveRequired { .. })`.
pub struct AttendanceBleDevicesRemoveRequired {
    /// `deviceIdList`: see [`AttendanceBleDevicesRemoveRequest::device_id_list`].
    pub device_id_list: Vec<i64>,
    /// `groupKey`: see [`AttendanceBleDevicesRemoveRequest::group_key`].
    pub group_key: String,
}
impl AttendanceBleDevicesRemoveRequest {
    /// A `AttendanceBleDevicesRemoveRequest` with its required fields (`deviceIdList`, `groupKey`); set the others with the methods named after them.
    pub fn new(required: AttendanceBleDevicesRemoveRequired) -> Self {
        let AttendanceBleDevicesRemoveRequired { device_id_list, group_key } = required;
        Self {
            device_id_list,
            group_key,
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AttendanceBleDevicesRemoveRequest { "deviceIdList" => field(device_id_list),
    "groupKey" => field(group_key), "opUserId" => optional(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AttendanceBleDevicesRemoveRequest { "deviceIdList" => read_field(device_id_list),
    "groupKey" => read_field(group_key), "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for AttendanceBleDevicesRemoveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_boss_check`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchBossCheckRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `models`.
    pub models: Option<Vec<BatchBossCheckRequestModels>>,
}
/// The required fields of [`BatchBossCheckRequest`], each named where it is set: `BatchBossCheckRequest::new(BatchBossCheckRequired { .. })`.
pub struct BatchBossCheckRequired {
    /// `opUserId`: see [`BatchBossCheckRequest::op_user_id`].
    pub op_user_id: String,
}
impl BatchBossCheckRequest {
    /// A `BatchBossCheckRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(required: BatchBossCheckRequired) -> Self {
        let BatchBossCheckRequired { op_user_id } = required;
        Self { op_user_id, models: None }
    }
    /// Sets `models`.
    pub fn models(
        mut self,
        value: impl IntoIterator<Item = BatchBossCheckRequestModels>,
    ) -> Self {
        self.models = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    BatchBossCheckRequest { "models" => optional(models) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchBossCheckRequest { "opUserId" => read_field(op_user_id), "models" =>
    read_field(models) }
}
impl rt::WriteRequest for BatchBossCheckRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::calculate_duration`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CalculateDurationRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `calculateModel`.
    pub calculate_model: Option<i64>,
    /// `durationUnit`.
    pub duration_unit: Option<String>,
    /// `fromTime`.
    pub from_time: Option<String>,
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `timeZoneId`.
    pub time_zone_id: Option<String>,
    /// `toTime`.
    pub to_time: Option<String>,
}
impl CalculateDurationRequest {
    /// An empty `CalculateDurationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
    /// Sets `calculateModel`.
    pub fn calculate_model(mut self, value: i64) -> Self {
        self.calculate_model = Some(value);
        self
    }
    /// Sets `durationUnit`.
    pub fn duration_unit(mut self, value: impl Into<String>) -> Self {
        self.duration_unit = Some(value.into());
        self
    }
    /// Sets `fromTime`.
    pub fn from_time(mut self, value: impl Into<String>) -> Self {
        self.from_time = Some(value.into());
        self
    }
    /// Sets `leaveCode`.
    pub fn leave_code(mut self, value: impl Into<String>) -> Self {
        self.leave_code = Some(value.into());
        self
    }
    /// Sets `timeZoneId`.
    pub fn time_zone_id(mut self, value: impl Into<String>) -> Self {
        self.time_zone_id = Some(value.into());
        self
    }
    /// Sets `toTime`.
    pub fn to_time(mut self, value: impl Into<String>) -> Self {
        self.to_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CalculateDurationRequest { "bizType" => optional(biz_type), "calculateModel" =>
    optional(calculate_model), "durationUnit" => optional(duration_unit), "fromTime" =>
    optional(from_time), "leaveCode" => optional(leave_code), "timeZoneId" =>
    optional(time_zone_id), "toTime" => optional(to_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CalculateDurationRequest { "userId" => read_field(user_id), "bizType" =>
    read_field(biz_type), "calculateModel" => read_field(calculate_model), "durationUnit"
    => read_field(duration_unit), "fromTime" => read_field(from_time), "leaveCode" =>
    read_field(leave_code), "timeZoneId" => read_field(time_zone_id), "toTime" =>
    read_field(to_time) }
}
impl rt::WriteRequest for CalculateDurationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::check_closing_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckClosingAccountRequest {
    /// `bizCode`.
    pub biz_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `userTimeRange`.
    pub user_time_range: Vec<CheckClosingAccountRequestUserTimeRange>,
}
/// The required fields of [`CheckClosingAccountRequest`], each named where it is set: `CheckClosingAccountRequest::new(CheckClosingAccountRequired { .. })`.
pub struct CheckClosingAccountRequired {
    /// `bizCode`: see [`CheckClosingAccountRequest::biz_code`].
    pub biz_code: String,
    /// `userIds`: see [`CheckClosingAccountRequest::user_ids`].
    pub user_ids: Vec<String>,
    /// `userTimeRange`: see [`CheckClosingAccountRequest::user_time_range`].
    pub user_time_range: Vec<CheckClosingAccountRequestUserTimeRange>,
}
impl CheckClosingAccountRequest {
    /// A `CheckClosingAccountRequest` with its required fields (`bizCode`, `userIds`, `userTimeRange`); set the others with the methods named after them.
    pub fn new(required: CheckClosingAccountRequired) -> Self {
        let CheckClosingAccountRequired { biz_code, user_ids, user_time_range } = required;
        Self {
            biz_code,
            user_ids,
            user_time_range,
        }
    }
}
rt::impl_serialize! {
    CheckClosingAccountRequest { "bizCode" => field(biz_code), "userIds" =>
    field(user_ids), "userTimeRange" => field(user_time_range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckClosingAccountRequest { "bizCode" => read_field(biz_code), "userIds" =>
    read_field(user_ids), "userTimeRange" => read_field(user_time_range) }
}
impl rt::WriteRequest for CheckClosingAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_write_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckWritePermissionRequest {
    /// `category`.
    pub category: String,
    /// `entityIds`.
    pub entity_ids: Vec<i64>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `resourceKey`.
    pub resource_key: String,
}
/// The required fields of [`CheckWritePermissionRequest`], each named where it is set: `CheckWritePermissionRequest::new(CheckWritePermissionRequired { .. })`.
pub struct CheckWritePermissionRequired {
    /// `category`: see [`CheckWritePermissionRequest::category`].
    pub category: String,
    /// `entityIds`: see [`CheckWritePermissionRequest::entity_ids`].
    pub entity_ids: Vec<i64>,
    /// `opUserId`: see [`CheckWritePermissionRequest::op_user_id`].
    pub op_user_id: String,
    /// `resourceKey`: see [`CheckWritePermissionRequest::resource_key`].
    pub resource_key: String,
}
impl CheckWritePermissionRequest {
    /// A `CheckWritePermissionRequest` with its required fields (`category`, `entityIds`, `opUserId`, `resourceKey`); set the others with the methods named after them.
    pub fn new(required: CheckWritePermissionRequired) -> Self {
        let CheckWritePermissionRequired {
            category,
            entity_ids,
            op_user_id,
            resource_key,
        } = required;
        Self {
            category,
            entity_ids,
            op_user_id,
            resource_key,
        }
    }
}
rt::impl_serialize! {
    CheckWritePermissionRequest { "category" => field(category), "entityIds" =>
    field(entity_ids), "opUserId" => field(op_user_id), "resourceKey" =>
    field(resource_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckWritePermissionRequest { "category" => read_field(category), "entityIds" =>
    read_field(entity_ids), "opUserId" => read_field(op_user_id), "resourceKey" =>
    read_field(resource_key) }
}
impl rt::WriteRequest for CheckWritePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateApproveRequest {
    /// `approveId`.
    pub approve_id: Option<String>,
    /// `opUserid`.
    pub op_userid: Option<String>,
    /// `punchParam`.
    pub punch_param: Option<CreateApproveRequestPunchParam>,
    /// `subType`.
    pub sub_type: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
    /// `userid`.
    pub userid: String,
}
/// The required fields of [`CreateApproveRequest`], each named where it is set: `CreateApproveRequest::new(CreateApproveRequired { .. })`.
pub struct CreateApproveRequired {
    /// `userid`: see [`CreateApproveRequest::userid`].
    pub userid: String,
}
impl CreateApproveRequest {
    /// A `CreateApproveRequest` with its required fields (`userid`); set the others with the methods named after them.
    pub fn new(required: CreateApproveRequired) -> Self {
        let CreateApproveRequired { userid } = required;
        Self {
            approve_id: None,
            op_userid: None,
            punch_param: None,
            sub_type: None,
            tag_name: None,
            userid,
        }
    }
    /// Sets `approveId`.
    pub fn approve_id(mut self, value: impl Into<String>) -> Self {
        self.approve_id = Some(value.into());
        self
    }
    /// Sets `opUserid`.
    pub fn op_userid(mut self, value: impl Into<String>) -> Self {
        self.op_userid = Some(value.into());
        self
    }
    /// Sets `punchParam`.
    pub fn punch_param(mut self, value: CreateApproveRequestPunchParam) -> Self {
        self.punch_param = Some(value);
        self
    }
    /// Sets `subType`.
    pub fn sub_type(mut self, value: impl Into<String>) -> Self {
        self.sub_type = Some(value.into());
        self
    }
    /// Sets `tagName`.
    pub fn tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateApproveRequest { "approveId" => optional(approve_id), "opUserid" =>
    optional(op_userid), "punchParam" => optional(punch_param), "subType" =>
    optional(sub_type), "tagName" => optional(tag_name), "userid" => field(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateApproveRequest { "approveId" => read_field(approve_id), "opUserid" =>
    read_field(op_userid), "punchParam" => read_field(punch_param), "subType" =>
    read_field(sub_type), "tagName" => read_field(tag_name), "userid" =>
    read_field(userid) }
}
impl rt::WriteRequest for CreateApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_leave_request`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteLeaveRequestRequest {
    /// `outerId`.
    pub outer_id: String,
}
/// The required fields of [`DeleteLeaveRequestRequest`], each named where it is set: `DeleteLeaveRequestRequest::new(DeleteLeaveRequestRequired { .. })`.
pub struct DeleteLeaveRequestRequired {
    /// `outerId`: see [`DeleteLeaveRequestRequest::outer_id`].
    pub outer_id: String,
}
impl DeleteLeaveRequestRequest {
    /// A `DeleteLeaveRequestRequest` with its required fields (`outerId`); set the others with the methods named after them.
    pub fn new(required: DeleteLeaveRequestRequired) -> Self {
        let DeleteLeaveRequestRequired { outer_id } = required;
        Self { outer_id }
    }
}
rt::impl_serialize! {
    DeleteLeaveRequestRequest { "outerId" => field(outer_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteLeaveRequestRequest { "outerId" => read_field(outer_id) }
}
impl rt::WriteRequest for DeleteLeaveRequestRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWaterMarkTemplateRequest {
    /// `formCode`: a query parameter.
    pub form_code: String,
    /// `formContent`: a query parameter.
    pub form_content: Option<String>,
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `systemTemplate`: a query parameter.
    pub system_template: bool,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteWaterMarkTemplateRequest`], each named where it is set: `DeleteWaterMarkTemplateRequest::new(DeleteWaterMarkTemplateRequired { .. })`.
pub struct DeleteWaterMarkTemplateRequired {
    /// `formCode`: see [`DeleteWaterMarkTemplateRequest::form_code`].
    pub form_code: String,
    /// `openConversationId`: see [`DeleteWaterMarkTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `systemTemplate`: see [`DeleteWaterMarkTemplateRequest::system_template`].
    pub system_template: bool,
    /// `userId`: see [`DeleteWaterMarkTemplateRequest::user_id`].
    pub user_id: String,
}
impl DeleteWaterMarkTemplateRequest {
    /// A `DeleteWaterMarkTemplateRequest` with its required fields (`formCode`, `openConversationId`, `systemTemplate`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteWaterMarkTemplateRequired) -> Self {
        let DeleteWaterMarkTemplateRequired {
            form_code,
            open_conversation_id,
            system_template,
            user_id,
        } = required;
        Self {
            form_code,
            form_content: None,
            open_conversation_id,
            system_template,
            user_id,
        }
    }
    /// Sets `formContent`.
    pub fn form_content(mut self, value: impl Into<String>) -> Self {
        self.form_content = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWaterMarkTemplateRequest { "formCode" => read_field(form_code), "formContent"
    => read_field(form_content), "openConversationId" =>
    read_field(open_conversation_id), "systemTemplate" => read_field(system_template),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteWaterMarkTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("formCode", &self.form_code);
        writer.query("formContent", &self.form_content);
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("systemTemplate", &self.system_template);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::ding_talk_security_check`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DingTalkSecurityCheckRequest {
    /// `clientVer`.
    pub client_ver: String,
    /// `platform`.
    pub platform: String,
    /// `platformVer`.
    pub platform_ver: String,
    /// `sec`.
    pub sec: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DingTalkSecurityCheckRequest`], each named where it is set: `DingTalkSecurityCheckRequest::new(DingTalkSecurityCheckRequired { .. })`.
pub struct DingTalkSecurityCheckRequired {
    /// `clientVer`: see [`DingTalkSecurityCheckRequest::client_ver`].
    pub client_ver: String,
    /// `platform`: see [`DingTalkSecurityCheckRequest::platform`].
    pub platform: String,
    /// `platformVer`: see [`DingTalkSecurityCheckRequest::platform_ver`].
    pub platform_ver: String,
    /// `sec`: see [`DingTalkSecurityCheckRequest::sec`].
    pub sec: String,
    /// `userId`: see [`DingTalkSecurityCheckRequest::user_id`].
    pub user_id: String,
}
impl DingTalkSecurityCheckRequest {
    /// A `DingTalkSecurityCheckRequest` with its required fields (`clientVer`, `platform`, `platformVer`, `sec`, `userId`); set the others with the methods named after them.
    pub fn new(required: DingTalkSecurityCheckRequired) -> Self {
        let DingTalkSecurityCheckRequired {
            client_ver,
            platform,
            platform_ver,
            sec,
            user_id,
        } = required;
        Self {
            client_ver,
            platform,
            platform_ver,
            sec,
            user_id,
        }
    }
}
rt::impl_serialize! {
    DingTalkSecurityCheckRequest { "clientVer" => field(client_ver), "platform" =>
    field(platform), "platformVer" => field(platform_ver), "sec" => field(sec), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DingTalkSecurityCheckRequest { "clientVer" => read_field(client_ver), "platform" =>
    read_field(platform), "platformVer" => read_field(platform_ver), "sec" =>
    read_field(sec), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DingTalkSecurityCheckRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_at_manage_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetATManageScopeRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetATManageScopeRequest`], each named where it is set: `GetATManageScopeRequest::new(GetATManageScopeRequired { .. })`.
pub struct GetATManageScopeRequired {
    /// `maxResults`: see [`GetATManageScopeRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetATManageScopeRequest::next_token`].
    pub next_token: String,
    /// `userId`: see [`GetATManageScopeRequest::user_id`].
    pub user_id: String,
}
impl GetATManageScopeRequest {
    /// A `GetATManageScopeRequest` with its required fields (`maxResults`, `nextToken`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetATManageScopeRequired) -> Self {
        let GetATManageScopeRequired { max_results, next_token, user_id } = required;
        Self {
            max_results,
            next_token,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetATManageScopeRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetATManageScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_adjustments`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAdjustmentsRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`GetAdjustmentsRequest`], each named where it is set: `GetAdjustmentsRequest::new(GetAdjustmentsRequired { .. })`.
pub struct GetAdjustmentsRequired {
    /// `pageNumber`: see [`GetAdjustmentsRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetAdjustmentsRequest::page_size`].
    pub page_size: i64,
}
impl GetAdjustmentsRequest {
    /// A `GetAdjustmentsRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetAdjustmentsRequired) -> Self {
        let GetAdjustmentsRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAdjustmentsRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for GetAdjustmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_check_in_schema_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCheckInSchemaTemplateRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `sceneCode`: a query parameter.
    pub scene_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetCheckInSchemaTemplateRequest`], each named where it is set: `GetCheckInSchemaTemplateRequest::new(GetCheckInSchemaTemplateRequired { .. })`.
pub struct GetCheckInSchemaTemplateRequired {
    /// `bizCode`: see [`GetCheckInSchemaTemplateRequest::biz_code`].
    pub biz_code: String,
    /// `openConversationId`: see [`GetCheckInSchemaTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`GetCheckInSchemaTemplateRequest::user_id`].
    pub user_id: String,
}
impl GetCheckInSchemaTemplateRequest {
    /// A `GetCheckInSchemaTemplateRequest` with its required fields (`bizCode`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetCheckInSchemaTemplateRequired) -> Self {
        let GetCheckInSchemaTemplateRequired {
            biz_code,
            open_conversation_id,
            user_id,
        } = required;
        Self {
            biz_code,
            open_conversation_id,
            scene_code: None,
            user_id,
        }
    }
    /// Sets `sceneCode`.
    pub fn scene_code(mut self, value: impl Into<String>) -> Self {
        self.scene_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCheckInSchemaTemplateRequest { "bizCode" => read_field(biz_code),
    "openConversationId" => read_field(open_conversation_id), "sceneCode" =>
    read_field(scene_code), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetCheckInSchemaTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("sceneCode", &self.scene_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_checkin_record_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCheckinRecordByUserRequest {
    /// `endTime`.
    pub end_time: i64,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `startTime`.
    pub start_time: i64,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`GetCheckinRecordByUserRequest`], each named where it is set: `GetCheckinRecordByUserRequest::new(GetCheckinRecordByUserRequired { .. })`.
pub struct GetCheckinRecordByUserRequired {
    /// `endTime`: see [`GetCheckinRecordByUserRequest::end_time`].
    pub end_time: i64,
    /// `maxResults`: see [`GetCheckinRecordByUserRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetCheckinRecordByUserRequest::next_token`].
    pub next_token: i64,
    /// `operatorUserId`: see [`GetCheckinRecordByUserRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `startTime`: see [`GetCheckinRecordByUserRequest::start_time`].
    pub start_time: i64,
    /// `userIdList`: see [`GetCheckinRecordByUserRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GetCheckinRecordByUserRequest {
    /// A `GetCheckinRecordByUserRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operatorUserId`, `startTime`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: GetCheckinRecordByUserRequired) -> Self {
        let GetCheckinRecordByUserRequired {
            end_time,
            max_results,
            next_token,
            operator_user_id,
            start_time,
            user_id_list,
        } = required;
        Self {
            end_time,
            max_results,
            next_token,
            operator_user_id,
            start_time,
            user_id_list,
        }
    }
}
rt::impl_serialize! {
    GetCheckinRecordByUserRequest { "endTime" => field(end_time), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "operatorUserId" =>
    field(operator_user_id), "startTime" => field(start_time), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCheckinRecordByUserRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorUserId" =>
    read_field(operator_user_id), "startTime" => read_field(start_time), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for GetCheckinRecordByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_closing_accounts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetClosingAccountsRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetClosingAccountsRequest`], each named where it is set: `GetClosingAccountsRequest::new(GetClosingAccountsRequired { .. })`.
pub struct GetClosingAccountsRequired {
    /// `userIds`: see [`GetClosingAccountsRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetClosingAccountsRequest {
    /// A `GetClosingAccountsRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: GetClosingAccountsRequired) -> Self {
        let GetClosingAccountsRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    GetClosingAccountsRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetClosingAccountsRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetClosingAccountsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_columnvals`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetColumnvalsRequest {
    /// `columnIdList`.
    pub column_id_list: Vec<String>,
    /// `fromDate`.
    pub from_date: i64,
    /// `toDate`.
    pub to_date: i64,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetColumnvalsRequest`], each named where it is set: `GetColumnvalsRequest::new(GetColumnvalsRequired { .. })`.
pub struct GetColumnvalsRequired {
    /// `columnIdList`: see [`GetColumnvalsRequest::column_id_list`].
    pub column_id_list: Vec<String>,
    /// `fromDate`: see [`GetColumnvalsRequest::from_date`].
    pub from_date: i64,
    /// `toDate`: see [`GetColumnvalsRequest::to_date`].
    pub to_date: i64,
    /// `userIds`: see [`GetColumnvalsRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetColumnvalsRequest {
    /// A `GetColumnvalsRequest` with its required fields (`columnIdList`, `fromDate`, `toDate`, `userIds`); set the others with the methods named after them.
    pub fn new(required: GetColumnvalsRequired) -> Self {
        let GetColumnvalsRequired { column_id_list, from_date, to_date, user_ids } = required;
        Self {
            column_id_list,
            from_date,
            to_date,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    GetColumnvalsRequest { "columnIdList" => field(column_id_list), "fromDate" =>
    field(from_date), "toDate" => field(to_date), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetColumnvalsRequest { "columnIdList" => read_field(column_id_list), "fromDate" =>
    read_field(from_date), "toDate" => read_field(to_date), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for GetColumnvalsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_leave_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetLeaveRecordsRequest {
    /// `leaveCode`.
    pub leave_code: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetLeaveRecordsRequest`], each named where it is set: `GetLeaveRecordsRequest::new(GetLeaveRecordsRequired { .. })`.
pub struct GetLeaveRecordsRequired {
    /// `leaveCode`: see [`GetLeaveRecordsRequest::leave_code`].
    pub leave_code: String,
    /// `opUserId`: see [`GetLeaveRecordsRequest::op_user_id`].
    pub op_user_id: String,
    /// `pageNumber`: see [`GetLeaveRecordsRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetLeaveRecordsRequest::page_size`].
    pub page_size: i64,
    /// `userIds`: see [`GetLeaveRecordsRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetLeaveRecordsRequest {
    /// A `GetLeaveRecordsRequest` with its required fields (`leaveCode`, `opUserId`, `pageNumber`, `pageSize`, `userIds`); set the others with the methods named after them.
    pub fn new(required: GetLeaveRecordsRequired) -> Self {
        let GetLeaveRecordsRequired {
            leave_code,
            op_user_id,
            page_number,
            page_size,
            user_ids,
        } = required;
        Self {
            leave_code,
            op_user_id,
            page_number,
            page_size,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    GetLeaveRecordsRequest { "leaveCode" => field(leave_code), "opUserId" =>
    field(op_user_id), "pageNumber" => field(page_number), "pageSize" =>
    field(page_size), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetLeaveRecordsRequest { "leaveCode" => read_field(leave_code), "opUserId" =>
    read_field(op_user_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetLeaveRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetLeaveTypeRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `vacationSource`: a query parameter.
    pub vacation_source: Option<String>,
}
/// The required fields of [`GetLeaveTypeRequest`], each named where it is set: `GetLeaveTypeRequest::new(GetLeaveTypeRequired { .. })`.
pub struct GetLeaveTypeRequired {
    /// `opUserId`: see [`GetLeaveTypeRequest::op_user_id`].
    pub op_user_id: String,
}
impl GetLeaveTypeRequest {
    /// A `GetLeaveTypeRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(required: GetLeaveTypeRequired) -> Self {
        let GetLeaveTypeRequired { op_user_id } = required;
        Self {
            op_user_id,
            vacation_source: None,
        }
    }
    /// Sets `vacationSource`.
    pub fn vacation_source(mut self, value: impl Into<String>) -> Self {
        self.vacation_source = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetLeaveTypeRequest { "opUserId" => read_field(op_user_id), "vacationSource" =>
    read_field(vacation_source) }
}
impl rt::WriteRequest for GetLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("vacationSource", &self.vacation_source);
    }
}
/// The request of [`Api::get_machine_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMachineUserRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`GetMachineUserRequest`], each named where it is set: `GetMachineUserRequest::new(GetMachineUserRequired { .. })`.
pub struct GetMachineUserRequired {
    /// `maxResults`: see [`GetMachineUserRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetMachineUserRequest::next_token`].
    pub next_token: String,
}
impl GetMachineUserRequest {
    /// A `GetMachineUserRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetMachineUserRequired) -> Self {
        let GetMachineUserRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMachineUserRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for GetMachineUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_overdraft_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOverdraftInfoRequest {
    /// `leaveCode`.
    pub leave_code: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`GetOverdraftInfoRequest`], each named where it is set: `GetOverdraftInfoRequest::new(GetOverdraftInfoRequired { .. })`.
pub struct GetOverdraftInfoRequired {
    /// `leaveCode`: see [`GetOverdraftInfoRequest::leave_code`].
    pub leave_code: String,
    /// `userIdList`: see [`GetOverdraftInfoRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GetOverdraftInfoRequest {
    /// A `GetOverdraftInfoRequest` with its required fields (`leaveCode`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: GetOverdraftInfoRequired) -> Self {
        let GetOverdraftInfoRequired { leave_code, user_id_list } = required;
        Self { leave_code, user_id_list }
    }
}
rt::impl_serialize! {
    GetOverdraftInfoRequest { "leaveCode" => field(leave_code), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOverdraftInfoRequest { "leaveCode" => read_field(leave_code), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for GetOverdraftInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_overtime_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOvertimeSettingRequest {
    /// `overtimeSettingIds`.
    pub overtime_setting_ids: Option<Vec<i64>>,
}
impl GetOvertimeSettingRequest {
    /// An empty `GetOvertimeSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `overtimeSettingIds`.
    pub fn overtime_setting_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.overtime_setting_ids = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    GetOvertimeSettingRequest { "overtimeSettingIds" => optional(overtime_setting_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOvertimeSettingRequest { "overtimeSettingIds" => read_field(overtime_setting_ids)
    }
}
impl rt::WriteRequest for GetOvertimeSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_shift`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetShiftRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
    /// `shiftId`: a query parameter.
    pub shift_id: i64,
}
/// The required fields of [`GetShiftRequest`], each named where it is set: `GetShiftRequest::new(GetShiftRequired { .. })`.
pub struct GetShiftRequired {
    /// `shiftId`: see [`GetShiftRequest::shift_id`].
    pub shift_id: i64,
}
impl GetShiftRequest {
    /// A `GetShiftRequest` with its required fields (`shiftId`); set the others with the methods named after them.
    pub fn new(required: GetShiftRequired) -> Self {
        let GetShiftRequired { shift_id } = required;
        Self { op_user_id: None, shift_id }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetShiftRequest { "opUserId" => read_field(op_user_id), "shiftId" =>
    read_field(shift_id) }
}
impl rt::WriteRequest for GetShiftRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("shiftId", &self.shift_id);
    }
}
/// The request of [`Api::get_simple_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSimpleGroupsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`GetSimpleGroupsRequest`], each named where it is set: `GetSimpleGroupsRequest::new(GetSimpleGroupsRequired { .. })`.
pub struct GetSimpleGroupsRequired {
    /// `maxResults`: see [`GetSimpleGroupsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetSimpleGroupsRequest::next_token`].
    pub next_token: i64,
}
impl GetSimpleGroupsRequest {
    /// A `GetSimpleGroupsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetSimpleGroupsRequired) -> Self {
        let GetSimpleGroupsRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSimpleGroupsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for GetSimpleGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_simple_overtime_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSimpleOvertimeSettingRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`GetSimpleOvertimeSettingRequest`], each named where it is set: `GetSimpleOvertimeSettingRequest::new(GetSimpleOvertimeSettingRequired { .. })`.
pub struct GetSimpleOvertimeSettingRequired {
    /// `pageNumber`: see [`GetSimpleOvertimeSettingRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetSimpleOvertimeSettingRequest::page_size`].
    pub page_size: i64,
}
impl GetSimpleOvertimeSettingRequest {
    /// A `GetSimpleOvertimeSettingRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetSimpleOvertimeSettingRequired) -> Self {
        let GetSimpleOvertimeSettingRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSimpleOvertimeSettingRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size) }
}
impl rt::WriteRequest for GetSimpleOvertimeSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_user_holidays`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserHolidaysRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `workDateFrom`.
    pub work_date_from: i64,
    /// `workDateTo`.
    pub work_date_to: i64,
}
/// The required fields of [`GetUserHolidaysRequest`], each named where it is set: `GetUserHolidaysRequest::new(GetUserHolidaysRequired { .. })`.
pub struct GetUserHolidaysRequired {
    /// `userIds`: see [`GetUserHolidaysRequest::user_ids`].
    pub user_ids: Vec<String>,
    /// `workDateFrom`: see [`GetUserHolidaysRequest::work_date_from`].
    pub work_date_from: i64,
    /// `workDateTo`: see [`GetUserHolidaysRequest::work_date_to`].
    pub work_date_to: i64,
}
impl GetUserHolidaysRequest {
    /// A `GetUserHolidaysRequest` with its required fields (`userIds`, `workDateFrom`, `workDateTo`); set the others with the methods named after them.
    pub fn new(required: GetUserHolidaysRequired) -> Self {
        let GetUserHolidaysRequired { user_ids, work_date_from, work_date_to } = required;
        Self {
            user_ids,
            work_date_from,
            work_date_to,
        }
    }
}
rt::impl_serialize! {
    GetUserHolidaysRequest { "userIds" => field(user_ids), "workDateFrom" =>
    field(work_date_from), "workDateTo" => field(work_date_to) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserHolidaysRequest { "userIds" => read_field(user_ids), "workDateFrom" =>
    read_field(work_date_from), "workDateTo" => read_field(work_date_to) }
}
impl rt::WriteRequest for GetUserHolidaysRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupAddRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `adjustmentSettingId`.
    pub adjustment_setting_id: Option<i64>,
    /// `bleDeviceList`.
    pub ble_device_list: Option<Vec<GroupAddRequestBleDeviceList>>,
    /// `checkNeedHealthyCode`.
    pub check_need_healthy_code: Option<bool>,
    /// `defaultClassId`.
    pub default_class_id: Option<i64>,
    /// `disableCheckWhenRest`.
    pub disable_check_when_rest: Option<bool>,
    /// `disableCheckWithoutSchedule`.
    pub disable_check_without_schedule: Option<bool>,
    /// `enableCameraCheck`.
    pub enable_camera_check: Option<bool>,
    /// `enableEmpSelectClass`.
    pub enable_emp_select_class: Option<bool>,
    /// `enableFaceCheck`.
    pub enable_face_check: Option<bool>,
    /// `enableFaceStrictMode`.
    pub enable_face_strict_mode: Option<bool>,
    /// `enableNextDay`.
    pub enable_next_day: Option<bool>,
    /// `enableOutSideUpdateNormalCheck`.
    pub enable_out_side_update_normal_check: Option<bool>,
    /// `enableOutsideApply`.
    pub enable_outside_apply: Option<bool>,
    /// `enableOutsideCameraCheck`.
    pub enable_outside_camera_check: Option<bool>,
    /// `enableOutsideCheck`.
    pub enable_outside_check: Option<bool>,
    /// `enableOutsideRemark`.
    pub enable_outside_remark: Option<bool>,
    /// `enablePositionBle`.
    pub enable_position_ble: Option<bool>,
    /// `enableTrimDistance`.
    pub enable_trim_distance: Option<bool>,
    /// `forbidHideOutSideAddress`.
    pub forbid_hide_out_side_address: Option<bool>,
    /// `freeCheckDemandWorkMinutes`.
    pub free_check_demand_work_minutes: Option<i64>,
    /// `freeCheckSetting`.
    pub free_check_setting: Option<GroupAddRequestFreeCheckSetting>,
    /// `freeCheckTypeId`.
    pub free_check_type_id: Option<i64>,
    /// `freecheckDayStartMinOffset`.
    pub freecheck_day_start_min_offset: Option<i64>,
    /// `freecheckWorkDays`.
    pub freecheck_work_days: Option<Vec<i64>>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: String,
    /// `managerList`.
    pub manager_list: Option<Vec<String>>,
    /// `members`.
    pub members: Option<Vec<GroupAddRequestMembers>>,
    /// `modifyMember`.
    pub modify_member: Option<bool>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `onlyMachineCheck`.
    pub only_machine_check: Option<bool>,
    /// `openCameraCheck`.
    pub open_camera_check: Option<bool>,
    /// `openFaceCheck`.
    pub open_face_check: Option<bool>,
    /// `outsideCheckApproveModeId`.
    pub outside_check_approve_mode_id: Option<i64>,
    /// `overtimeSettingId`.
    pub overtime_setting_id: Option<i64>,
    /// `owner`.
    pub owner: Option<String>,
    /// `positions`.
    pub positions: Option<Vec<GroupAddRequestPositions>>,
    /// `resourcePermissionMap`.
    pub resource_permission_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `shiftVOList`.
    pub shift_vo_list: Option<Vec<GroupAddRequestShiftVOList>>,
    /// `skipHolidays`.
    pub skip_holidays: Option<bool>,
    /// `specialDays`.
    pub special_days: Option<String>,
    /// `trimDistance`.
    pub trim_distance: Option<i64>,
    /// `type`.
    pub r#type: String,
    /// `wifis`.
    pub wifis: Option<Vec<GroupAddRequestWifis>>,
    /// `workdayClassList`.
    pub workday_class_list: Option<Vec<i64>>,
}
/// The required fields of [`GroupAddRequest`], each named where it is set: `GroupAddRequest::new(GroupAddRequired { .. })`.
pub struct GroupAddRequired {
    /// `opUserId`: see [`GroupAddRequest::op_user_id`].
    pub op_user_id: String,
    /// `groupName`: see [`GroupAddRequest::group_name`].
    pub group_name: String,
    /// `type`: see [`GroupAddRequest::r#type`](GroupAddRequest::type).
    pub r#type: String,
}
impl GroupAddRequest {
    /// A `GroupAddRequest` with its required fields (`opUserId`, `groupName`, `type`); set the others with the methods named after them.
    pub fn new(required: GroupAddRequired) -> Self {
        let GroupAddRequired { op_user_id, group_name, r#type } = required;
        Self {
            op_user_id,
            adjustment_setting_id: None,
            ble_device_list: None,
            check_need_healthy_code: None,
            default_class_id: None,
            disable_check_when_rest: None,
            disable_check_without_schedule: None,
            enable_camera_check: None,
            enable_emp_select_class: None,
            enable_face_check: None,
            enable_face_strict_mode: None,
            enable_next_day: None,
            enable_out_side_update_normal_check: None,
            enable_outside_apply: None,
            enable_outside_camera_check: None,
            enable_outside_check: None,
            enable_outside_remark: None,
            enable_position_ble: None,
            enable_trim_distance: None,
            forbid_hide_out_side_address: None,
            free_check_demand_work_minutes: None,
            free_check_setting: None,
            free_check_type_id: None,
            freecheck_day_start_min_offset: None,
            freecheck_work_days: None,
            group_id: None,
            group_name,
            manager_list: None,
            members: None,
            modify_member: None,
            offset: None,
            only_machine_check: None,
            open_camera_check: None,
            open_face_check: None,
            outside_check_approve_mode_id: None,
            overtime_setting_id: None,
            owner: None,
            positions: None,
            resource_permission_map: None,
            shift_vo_list: None,
            skip_holidays: None,
            special_days: None,
            trim_distance: None,
            r#type,
            wifis: None,
            workday_class_list: None,
        }
    }
    /// Sets `adjustmentSettingId`.
    pub fn adjustment_setting_id(mut self, value: i64) -> Self {
        self.adjustment_setting_id = Some(value);
        self
    }
    /// Sets `bleDeviceList`.
    pub fn ble_device_list(
        mut self,
        value: impl IntoIterator<Item = GroupAddRequestBleDeviceList>,
    ) -> Self {
        self.ble_device_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `checkNeedHealthyCode`.
    pub fn check_need_healthy_code(mut self, value: bool) -> Self {
        self.check_need_healthy_code = Some(value);
        self
    }
    /// Sets `defaultClassId`.
    pub fn default_class_id(mut self, value: i64) -> Self {
        self.default_class_id = Some(value);
        self
    }
    /// Sets `disableCheckWhenRest`.
    pub fn disable_check_when_rest(mut self, value: bool) -> Self {
        self.disable_check_when_rest = Some(value);
        self
    }
    /// Sets `disableCheckWithoutSchedule`.
    pub fn disable_check_without_schedule(mut self, value: bool) -> Self {
        self.disable_check_without_schedule = Some(value);
        self
    }
    /// Sets `enableCameraCheck`.
    pub fn enable_camera_check(mut self, value: bool) -> Self {
        self.enable_camera_check = Some(value);
        self
    }
    /// Sets `enableEmpSelectClass`.
    pub fn enable_emp_select_class(mut self, value: bool) -> Self {
        self.enable_emp_select_class = Some(value);
        self
    }
    /// Sets `enableFaceCheck`.
    pub fn enable_face_check(mut self, value: bool) -> Self {
        self.enable_face_check = Some(value);
        self
    }
    /// Sets `enableFaceStrictMode`.
    pub fn enable_face_strict_mode(mut self, value: bool) -> Self {
        self.enable_face_strict_mode = Some(value);
        self
    }
    /// Sets `enableNextDay`.
    pub fn enable_next_day(mut self, value: bool) -> Self {
        self.enable_next_day = Some(value);
        self
    }
    /// Sets `enableOutSideUpdateNormalCheck`.
    pub fn enable_out_side_update_normal_check(mut self, value: bool) -> Self {
        self.enable_out_side_update_normal_check = Some(value);
        self
    }
    /// Sets `enableOutsideApply`.
    pub fn enable_outside_apply(mut self, value: bool) -> Self {
        self.enable_outside_apply = Some(value);
        self
    }
    /// Sets `enableOutsideCameraCheck`.
    pub fn enable_outside_camera_check(mut self, value: bool) -> Self {
        self.enable_outside_camera_check = Some(value);
        self
    }
    /// Sets `enableOutsideCheck`.
    pub fn enable_outside_check(mut self, value: bool) -> Self {
        self.enable_outside_check = Some(value);
        self
    }
    /// Sets `enableOutsideRemark`.
    pub fn enable_outside_remark(mut self, value: bool) -> Self {
        self.enable_outside_remark = Some(value);
        self
    }
    /// Sets `enablePositionBle`.
    pub fn enable_position_ble(mut self, value: bool) -> Self {
        self.enable_position_ble = Some(value);
        self
    }
    /// Sets `enableTrimDistance`.
    pub fn enable_trim_distance(mut self, value: bool) -> Self {
        self.enable_trim_distance = Some(value);
        self
    }
    /// Sets `forbidHideOutSideAddress`.
    pub fn forbid_hide_out_side_address(mut self, value: bool) -> Self {
        self.forbid_hide_out_side_address = Some(value);
        self
    }
    /// Sets `freeCheckDemandWorkMinutes`.
    pub fn free_check_demand_work_minutes(mut self, value: i64) -> Self {
        self.free_check_demand_work_minutes = Some(value);
        self
    }
    /// Sets `freeCheckSetting`.
    pub fn free_check_setting(mut self, value: GroupAddRequestFreeCheckSetting) -> Self {
        self.free_check_setting = Some(value);
        self
    }
    /// Sets `freeCheckTypeId`.
    pub fn free_check_type_id(mut self, value: i64) -> Self {
        self.free_check_type_id = Some(value);
        self
    }
    /// Sets `freecheckDayStartMinOffset`.
    pub fn freecheck_day_start_min_offset(mut self, value: i64) -> Self {
        self.freecheck_day_start_min_offset = Some(value);
        self
    }
    /// Sets `freecheckWorkDays`.
    pub fn freecheck_work_days(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.freecheck_work_days = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: i64) -> Self {
        self.group_id = Some(value);
        self
    }
    /// Sets `managerList`.
    pub fn manager_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = GroupAddRequestMembers>,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
    /// Sets `modifyMember`.
    pub fn modify_member(mut self, value: bool) -> Self {
        self.modify_member = Some(value);
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `onlyMachineCheck`.
    pub fn only_machine_check(mut self, value: bool) -> Self {
        self.only_machine_check = Some(value);
        self
    }
    /// Sets `openCameraCheck`.
    pub fn open_camera_check(mut self, value: bool) -> Self {
        self.open_camera_check = Some(value);
        self
    }
    /// Sets `openFaceCheck`.
    pub fn open_face_check(mut self, value: bool) -> Self {
        self.open_face_check = Some(value);
        self
    }
    /// Sets `outsideCheckApproveModeId`.
    pub fn outside_check_approve_mode_id(mut self, value: i64) -> Self {
        self.outside_check_approve_mode_id = Some(value);
        self
    }
    /// Sets `overtimeSettingId`.
    pub fn overtime_setting_id(mut self, value: i64) -> Self {
        self.overtime_setting_id = Some(value);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `positions`.
    pub fn positions(
        mut self,
        value: impl IntoIterator<Item = GroupAddRequestPositions>,
    ) -> Self {
        self.positions = Some(value.into_iter().collect());
        self
    }
    /// Sets `resourcePermissionMap`.
    pub fn resource_permission_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.resource_permission_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `shiftVOList`.
    pub fn shift_vo_list(
        mut self,
        value: impl IntoIterator<Item = GroupAddRequestShiftVOList>,
    ) -> Self {
        self.shift_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `skipHolidays`.
    pub fn skip_holidays(mut self, value: bool) -> Self {
        self.skip_holidays = Some(value);
        self
    }
    /// Sets `specialDays`.
    pub fn special_days(mut self, value: impl Into<String>) -> Self {
        self.special_days = Some(value.into());
        self
    }
    /// Sets `trimDistance`.
    pub fn trim_distance(mut self, value: i64) -> Self {
        self.trim_distance = Some(value);
        self
    }
    /// Sets `wifis`.
    pub fn wifis(
        mut self,
        value: impl IntoIterator<Item = GroupAddRequestWifis>,
    ) -> Self {
        self.wifis = Some(value.into_iter().collect());
        self
    }
    /// Sets `workdayClassList`.
    pub fn workday_class_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.workday_class_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    GroupAddRequest { "adjustmentSettingId" => optional(adjustment_setting_id),
    "bleDeviceList" => optional(ble_device_list), "checkNeedHealthyCode" =>
    optional(check_need_healthy_code), "defaultClassId" => optional(default_class_id),
    "disableCheckWhenRest" => optional(disable_check_when_rest),
    "disableCheckWithoutSchedule" => optional(disable_check_without_schedule),
    "enableCameraCheck" => optional(enable_camera_check), "enableEmpSelectClass" =>
    optional(enable_emp_select_class), "enableFaceCheck" => optional(enable_face_check),
    "enableFaceStrictMode" => optional(enable_face_strict_mode), "enableNextDay" =>
    optional(enable_next_day), "enableOutSideUpdateNormalCheck" =>
    optional(enable_out_side_update_normal_check), "enableOutsideApply" =>
    optional(enable_outside_apply), "enableOutsideCameraCheck" =>
    optional(enable_outside_camera_check), "enableOutsideCheck" =>
    optional(enable_outside_check), "enableOutsideRemark" =>
    optional(enable_outside_remark), "enablePositionBle" =>
    optional(enable_position_ble), "enableTrimDistance" =>
    optional(enable_trim_distance), "forbidHideOutSideAddress" =>
    optional(forbid_hide_out_side_address), "freeCheckDemandWorkMinutes" =>
    optional(free_check_demand_work_minutes), "freeCheckSetting" =>
    optional(free_check_setting), "freeCheckTypeId" => optional(free_check_type_id),
    "freecheckDayStartMinOffset" => optional(freecheck_day_start_min_offset),
    "freecheckWorkDays" => optional(freecheck_work_days), "groupId" =>
    optional(group_id), "groupName" => field(group_name), "managerList" =>
    optional(manager_list), "members" => optional(members), "modifyMember" =>
    optional(modify_member), "offset" => optional(offset), "onlyMachineCheck" =>
    optional(only_machine_check), "openCameraCheck" => optional(open_camera_check),
    "openFaceCheck" => optional(open_face_check), "outsideCheckApproveModeId" =>
    optional(outside_check_approve_mode_id), "overtimeSettingId" =>
    optional(overtime_setting_id), "owner" => optional(owner), "positions" =>
    optional(positions), "resourcePermissionMap" => optional(resource_permission_map),
    "shiftVOList" => optional(shift_vo_list), "skipHolidays" => optional(skip_holidays),
    "specialDays" => optional(special_days), "trimDistance" => optional(trim_distance),
    "type" => field(r#type), "wifis" => optional(wifis), "workdayClassList" =>
    optional(workday_class_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupAddRequest { "opUserId" => read_field(op_user_id), "adjustmentSettingId" =>
    read_field(adjustment_setting_id), "bleDeviceList" => read_field(ble_device_list),
    "checkNeedHealthyCode" => read_field(check_need_healthy_code), "defaultClassId" =>
    read_field(default_class_id), "disableCheckWhenRest" =>
    read_field(disable_check_when_rest), "disableCheckWithoutSchedule" =>
    read_field(disable_check_without_schedule), "enableCameraCheck" =>
    read_field(enable_camera_check), "enableEmpSelectClass" =>
    read_field(enable_emp_select_class), "enableFaceCheck" =>
    read_field(enable_face_check), "enableFaceStrictMode" =>
    read_field(enable_face_strict_mode), "enableNextDay" => read_field(enable_next_day),
    "enableOutSideUpdateNormalCheck" => read_field(enable_out_side_update_normal_check),
    "enableOutsideApply" => read_field(enable_outside_apply), "enableOutsideCameraCheck"
    => read_field(enable_outside_camera_check), "enableOutsideCheck" =>
    read_field(enable_outside_check), "enableOutsideRemark" =>
    read_field(enable_outside_remark), "enablePositionBle" =>
    read_field(enable_position_ble), "enableTrimDistance" =>
    read_field(enable_trim_distance), "forbidHideOutSideAddress" =>
    read_field(forbid_hide_out_side_address), "freeCheckDemandWorkMinutes" =>
    read_field(free_check_demand_work_minutes), "freeCheckSetting" =>
    read_field(free_check_setting), "freeCheckTypeId" => read_field(free_check_type_id),
    "freecheckDayStartMinOffset" => read_field(freecheck_day_start_min_offset),
    "freecheckWorkDays" => read_field(freecheck_work_days), "groupId" =>
    read_field(group_id), "groupName" => read_field(group_name), "managerList" =>
    read_field(manager_list), "members" => read_field(members), "modifyMember" =>
    read_field(modify_member), "offset" => read_field(offset), "onlyMachineCheck" =>
    read_field(only_machine_check), "openCameraCheck" => read_field(open_camera_check),
    "openFaceCheck" => read_field(open_face_check), "outsideCheckApproveModeId" =>
    read_field(outside_check_approve_mode_id), "overtimeSettingId" =>
    read_field(overtime_setting_id), "owner" => read_field(owner), "positions" =>
    read_field(positions), "resourcePermissionMap" =>
    read_field(resource_permission_map), "shiftVOList" => read_field(shift_vo_list),
    "skipHolidays" => read_field(skip_holidays), "specialDays" =>
    read_field(special_days), "trimDistance" => read_field(trim_distance), "type" =>
    read_field(r#type), "wifis" => read_field(wifis), "workdayClassList" =>
    read_field(workday_class_list) }
}
impl rt::WriteRequest for GroupAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::group_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GroupUpdateRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `adjustmentSettingId`.
    pub adjustment_setting_id: Option<i64>,
    /// `defaultClassId`.
    pub default_class_id: Option<i64>,
    /// `disableCheckWhenRest`.
    pub disable_check_when_rest: Option<bool>,
    /// `disableCheckWithoutSchedule`.
    pub disable_check_without_schedule: Option<bool>,
    /// `enableCameraCheck`.
    pub enable_camera_check: Option<bool>,
    /// `enableEmpSelectClass`.
    pub enable_emp_select_class: Option<bool>,
    /// `enableFaceCheck`.
    pub enable_face_check: Option<bool>,
    /// `enableFaceStrictMode`.
    pub enable_face_strict_mode: Option<bool>,
    /// `enableOutSideUpdateNormalCheck`.
    pub enable_out_side_update_normal_check: Option<bool>,
    /// `enableOutsideApply`.
    pub enable_outside_apply: Option<bool>,
    /// `enableOutsideCameraCheck`.
    pub enable_outside_camera_check: Option<bool>,
    /// `enableOutsideCheck`.
    pub enable_outside_check: Option<bool>,
    /// `enableOutsideRemark`.
    pub enable_outside_remark: Option<bool>,
    /// `enableTrimDistance`.
    pub enable_trim_distance: Option<bool>,
    /// `forbidHideOutSideAddress`.
    pub forbid_hide_out_side_address: Option<bool>,
    /// `freeCheckSetting`.
    pub free_check_setting: Option<GroupUpdateRequestFreeCheckSetting>,
    /// `freeCheckTypeId`.
    pub free_check_type_id: Option<i64>,
    /// `freecheckDayStartMinOffset`.
    pub freecheck_day_start_min_offset: Option<i64>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `managerList`.
    pub manager_list: Option<Vec<String>>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `onlyMachineCheck`.
    pub only_machine_check: Option<bool>,
    /// `openCameraCheck`.
    pub open_camera_check: Option<bool>,
    /// `openFaceCheck`.
    pub open_face_check: Option<bool>,
    /// `outsideCheckApproveModeId`.
    pub outside_check_approve_mode_id: Option<i64>,
    /// `overtimeSettingId`.
    pub overtime_setting_id: Option<i64>,
    /// `owner`.
    pub owner: Option<String>,
    /// `positions`.
    pub positions: Option<Vec<GroupUpdateRequestPositions>>,
    /// `resourcePermissionMap`.
    pub resource_permission_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `shiftVOList`.
    pub shift_vo_list: Option<Vec<GroupUpdateRequestShiftVOList>>,
    /// `skipHolidays`.
    pub skip_holidays: Option<bool>,
    /// `trimDistance`.
    pub trim_distance: Option<i64>,
    /// `workdayClassList`.
    pub workday_class_list: Option<Vec<i64>>,
}
/// The required fields of [`GroupUpdateRequest`], each named where it is set: `GroupUpdateRequest::new(GroupUpdateRequired { .. })`.
pub struct GroupUpdateRequired {
    /// `opUserId`: see [`GroupUpdateRequest::op_user_id`].
    pub op_user_id: String,
}
impl GroupUpdateRequest {
    /// A `GroupUpdateRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(required: GroupUpdateRequired) -> Self {
        let GroupUpdateRequired { op_user_id } = required;
        Self {
            op_user_id,
            adjustment_setting_id: None,
            default_class_id: None,
            disable_check_when_rest: None,
            disable_check_without_schedule: None,
            enable_camera_check: None,
            enable_emp_select_class: None,
            enable_face_check: None,
            enable_face_strict_mode: None,
            enable_out_side_update_normal_check: None,
            enable_outside_apply: None,
            enable_outside_camera_check: None,
            enable_outside_check: None,
            enable_outside_remark: None,
            enable_trim_distance: None,
            forbid_hide_out_side_address: None,
            free_check_setting: None,
            free_check_type_id: None,
            freecheck_day_start_min_offset: None,
            group_id: None,
            group_name: None,
            manager_list: None,
            offset: None,
            only_machine_check: None,
            open_camera_check: None,
            open_face_check: None,
            outside_check_approve_mode_id: None,
            overtime_setting_id: None,
            owner: None,
            positions: None,
            resource_permission_map: None,
            shift_vo_list: None,
            skip_holidays: None,
            trim_distance: None,
            workday_class_list: None,
        }
    }
    /// Sets `adjustmentSettingId`.
    pub fn adjustment_setting_id(mut self, value: i64) -> Self {
        self.adjustment_setting_id = Some(value);
        self
    }
    /// Sets `defaultClassId`.
    pub fn default_class_id(mut self, value: i64) -> Self {
        self.default_class_id = Some(value);
        self
    }
    /// Sets `disableCheckWhenRest`.
    pub fn disable_check_when_rest(mut self, value: bool) -> Self {
        self.disable_check_when_rest = Some(value);
        self
    }
    /// Sets `disableCheckWithoutSchedule`.
    pub fn disable_check_without_schedule(mut self, value: bool) -> Self {
        self.disable_check_without_schedule = Some(value);
        self
    }
    /// Sets `enableCameraCheck`.
    pub fn enable_camera_check(mut self, value: bool) -> Self {
        self.enable_camera_check = Some(value);
        self
    }
    /// Sets `enableEmpSelectClass`.
    pub fn enable_emp_select_class(mut self, value: bool) -> Self {
        self.enable_emp_select_class = Some(value);
        self
    }
    /// Sets `enableFaceCheck`.
    pub fn enable_face_check(mut self, value: bool) -> Self {
        self.enable_face_check = Some(value);
        self
    }
    /// Sets `enableFaceStrictMode`.
    pub fn enable_face_strict_mode(mut self, value: bool) -> Self {
        self.enable_face_strict_mode = Some(value);
        self
    }
    /// Sets `enableOutSideUpdateNormalCheck`.
    pub fn enable_out_side_update_normal_check(mut self, value: bool) -> Self {
        self.enable_out_side_update_normal_check = Some(value);
        self
    }
    /// Sets `enableOutsideApply`.
    pub fn enable_outside_apply(mut self, value: bool) -> Self {
        self.enable_outside_apply = Some(value);
        self
    }
    /// Sets `enableOutsideCameraCheck`.
    pub fn enable_outside_camera_check(mut self, value: bool) -> Self {
        self.enable_outside_camera_check = Some(value);
        self
    }
    /// Sets `enableOutsideCheck`.
    pub fn enable_outside_check(mut self, value: bool) -> Self {
        self.enable_outside_check = Some(value);
        self
    }
    /// Sets `enableOutsideRemark`.
    pub fn enable_outside_remark(mut self, value: bool) -> Self {
        self.enable_outside_remark = Some(value);
        self
    }
    /// Sets `enableTrimDistance`.
    pub fn enable_trim_distance(mut self, value: bool) -> Self {
        self.enable_trim_distance = Some(value);
        self
    }
    /// Sets `forbidHideOutSideAddress`.
    pub fn forbid_hide_out_side_address(mut self, value: bool) -> Self {
        self.forbid_hide_out_side_address = Some(value);
        self
    }
    /// Sets `freeCheckSetting`.
    pub fn free_check_setting(
        mut self,
        value: GroupUpdateRequestFreeCheckSetting,
    ) -> Self {
        self.free_check_setting = Some(value);
        self
    }
    /// Sets `freeCheckTypeId`.
    pub fn free_check_type_id(mut self, value: i64) -> Self {
        self.free_check_type_id = Some(value);
        self
    }
    /// Sets `freecheckDayStartMinOffset`.
    pub fn freecheck_day_start_min_offset(mut self, value: i64) -> Self {
        self.freecheck_day_start_min_offset = Some(value);
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: i64) -> Self {
        self.group_id = Some(value);
        self
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
    /// Sets `managerList`.
    pub fn manager_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `onlyMachineCheck`.
    pub fn only_machine_check(mut self, value: bool) -> Self {
        self.only_machine_check = Some(value);
        self
    }
    /// Sets `openCameraCheck`.
    pub fn open_camera_check(mut self, value: bool) -> Self {
        self.open_camera_check = Some(value);
        self
    }
    /// Sets `openFaceCheck`.
    pub fn open_face_check(mut self, value: bool) -> Self {
        self.open_face_check = Some(value);
        self
    }
    /// Sets `outsideCheckApproveModeId`.
    pub fn outside_check_approve_mode_id(mut self, value: i64) -> Self {
        self.outside_check_approve_mode_id = Some(value);
        self
    }
    /// Sets `overtimeSettingId`.
    pub fn overtime_setting_id(mut self, value: i64) -> Self {
        self.overtime_setting_id = Some(value);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `positions`.
    pub fn positions(
        mut self,
        value: impl IntoIterator<Item = GroupUpdateRequestPositions>,
    ) -> Self {
        self.positions = Some(value.into_iter().collect());
        self
    }
    /// Sets `resourcePermissionMap`.
    pub fn resource_permission_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.resource_permission_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `shiftVOList`.
    pub fn shift_vo_list(
        mut self,
        value: impl IntoIterator<Item = GroupUpdateRequestShiftVOList>,
    ) -> Self {
        self.shift_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `skipHolidays`.
    pub fn skip_holidays(mut self, value: bool) -> Self {
        self.skip_holidays = Some(value);
        self
    }
    /// Sets `trimDistance`.
    pub fn trim_distance(mut self, value: i64) -> Self {
        self.trim_distance = Some(value);
        self
    }
    /// Sets `workdayClassList`.
    pub fn workday_class_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.workday_class_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    GroupUpdateRequest { "adjustmentSettingId" => optional(adjustment_setting_id),
    "defaultClassId" => optional(default_class_id), "disableCheckWhenRest" =>
    optional(disable_check_when_rest), "disableCheckWithoutSchedule" =>
    optional(disable_check_without_schedule), "enableCameraCheck" =>
    optional(enable_camera_check), "enableEmpSelectClass" =>
    optional(enable_emp_select_class), "enableFaceCheck" => optional(enable_face_check),
    "enableFaceStrictMode" => optional(enable_face_strict_mode),
    "enableOutSideUpdateNormalCheck" => optional(enable_out_side_update_normal_check),
    "enableOutsideApply" => optional(enable_outside_apply), "enableOutsideCameraCheck" =>
    optional(enable_outside_camera_check), "enableOutsideCheck" =>
    optional(enable_outside_check), "enableOutsideRemark" =>
    optional(enable_outside_remark), "enableTrimDistance" =>
    optional(enable_trim_distance), "forbidHideOutSideAddress" =>
    optional(forbid_hide_out_side_address), "freeCheckSetting" =>
    optional(free_check_setting), "freeCheckTypeId" => optional(free_check_type_id),
    "freecheckDayStartMinOffset" => optional(freecheck_day_start_min_offset), "groupId"
    => optional(group_id), "groupName" => optional(group_name), "managerList" =>
    optional(manager_list), "offset" => optional(offset), "onlyMachineCheck" =>
    optional(only_machine_check), "openCameraCheck" => optional(open_camera_check),
    "openFaceCheck" => optional(open_face_check), "outsideCheckApproveModeId" =>
    optional(outside_check_approve_mode_id), "overtimeSettingId" =>
    optional(overtime_setting_id), "owner" => optional(owner), "positions" =>
    optional(positions), "resourcePermissionMap" => optional(resource_permission_map),
    "shiftVOList" => optional(shift_vo_list), "skipHolidays" => optional(skip_holidays),
    "trimDistance" => optional(trim_distance), "workdayClassList" =>
    optional(workday_class_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GroupUpdateRequest { "opUserId" => read_field(op_user_id), "adjustmentSettingId" =>
    read_field(adjustment_setting_id), "defaultClassId" => read_field(default_class_id),
    "disableCheckWhenRest" => read_field(disable_check_when_rest),
    "disableCheckWithoutSchedule" => read_field(disable_check_without_schedule),
    "enableCameraCheck" => read_field(enable_camera_check), "enableEmpSelectClass" =>
    read_field(enable_emp_select_class), "enableFaceCheck" =>
    read_field(enable_face_check), "enableFaceStrictMode" =>
    read_field(enable_face_strict_mode), "enableOutSideUpdateNormalCheck" =>
    read_field(enable_out_side_update_normal_check), "enableOutsideApply" =>
    read_field(enable_outside_apply), "enableOutsideCameraCheck" =>
    read_field(enable_outside_camera_check), "enableOutsideCheck" =>
    read_field(enable_outside_check), "enableOutsideRemark" =>
    read_field(enable_outside_remark), "enableTrimDistance" =>
    read_field(enable_trim_distance), "forbidHideOutSideAddress" =>
    read_field(forbid_hide_out_side_address), "freeCheckSetting" =>
    read_field(free_check_setting), "freeCheckTypeId" => read_field(free_check_type_id),
    "freecheckDayStartMinOffset" => read_field(freecheck_day_start_min_offset), "groupId"
    => read_field(group_id), "groupName" => read_field(group_name), "managerList" =>
    read_field(manager_list), "offset" => read_field(offset), "onlyMachineCheck" =>
    read_field(only_machine_check), "openCameraCheck" => read_field(open_camera_check),
    "openFaceCheck" => read_field(open_face_check), "outsideCheckApproveModeId" =>
    read_field(outside_check_approve_mode_id), "overtimeSettingId" =>
    read_field(overtime_setting_id), "owner" => read_field(owner), "positions" =>
    read_field(positions), "resourcePermissionMap" =>
    read_field(resource_permission_map), "shiftVOList" => read_field(shift_vo_list),
    "skipHolidays" => read_field(skip_holidays), "trimDistance" =>
    read_field(trim_distance), "workdayClassList" => read_field(workday_class_list) }
}
impl rt::WriteRequest for GroupUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::init_and_get_leave_a_llocation_quotas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InitAndGetLeaveALlocationQuotasRequest {
    /// `leaveCode`: a query parameter.
    pub leave_code: Option<String>,
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`InitAndGetLeaveALlocationQuotasRequest`], each named where it is set: `InitAndGetLeaveALlocationQuotasRequest::new(InitAndGetLeaveALlocationQuotasRequired { .. })`.
pub struct InitAndGetLeaveALlocationQuotasRequired {
    /// `opUserId`: see [`InitAndGetLeaveALlocationQuotasRequest::op_user_id`].
    pub op_user_id: String,
    /// `userId`: see [`InitAndGetLeaveALlocationQuotasRequest::user_id`].
    pub user_id: String,
}
impl InitAndGetLeaveALlocationQuotasRequest {
    /// A `InitAndGetLeaveALlocationQuotasRequest` with its required fields (`opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: InitAndGetLeaveALlocationQuotasRequired) -> Self {
        let InitAndGetLeaveALlocationQuotasRequired { op_user_id, user_id } = required;
        Self {
            leave_code: None,
            op_user_id,
            user_id,
        }
    }
    /// Sets `leaveCode`.
    pub fn leave_code(mut self, value: impl Into<String>) -> Self {
        self.leave_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InitAndGetLeaveALlocationQuotasRequest { "leaveCode" => read_field(leave_code),
    "opUserId" => read_field(op_user_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for InitAndGetLeaveALlocationQuotasRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("leaveCode", &self.leave_code);
        writer.query("opUserId", &self.op_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_approve_by_users`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApproveByUsersRequest {
    /// `bizTypes`.
    pub biz_types: Option<Vec<i64>>,
    /// `fromDateTime`.
    pub from_date_time: Option<i64>,
    /// `toDateTime`.
    pub to_date_time: Option<i64>,
    /// `userIds`.
    pub user_ids: Option<String>,
}
impl ListApproveByUsersRequest {
    /// An empty `ListApproveByUsersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTypes`.
    pub fn biz_types(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.biz_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `fromDateTime`.
    pub fn from_date_time(mut self, value: i64) -> Self {
        self.from_date_time = Some(value);
        self
    }
    /// Sets `toDateTime`.
    pub fn to_date_time(mut self, value: i64) -> Self {
        self.to_date_time = Some(value);
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(mut self, value: impl Into<String>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListApproveByUsersRequest { "bizTypes" => optional(biz_types), "fromDateTime" =>
    optional(from_date_time), "toDateTime" => optional(to_date_time), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListApproveByUsersRequest { "bizTypes" => read_field(biz_types), "fromDateTime" =>
    read_field(from_date_time), "toDateTime" => read_field(to_date_time), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for ListApproveByUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::modify_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ModifyWaterMarkTemplateRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `formCode`.
    pub form_code: String,
    /// `icon`.
    pub icon: Option<String>,
    /// `layoutDesignId`.
    pub layout_design_id: Option<String>,
    /// `schemaContent`.
    pub schema_content: String,
    /// `title`.
    pub title: Option<String>,
    /// `waterMarkId`.
    pub water_mark_id: Option<String>,
}
/// The required fields of [`ModifyWaterMarkTemplateRequest`], each named where it is set: `ModifyWaterMarkTemplateRequest::new(ModifyWaterMarkTemplateRequired { .. })`.
pub struct ModifyWaterMarkTemplateRequired {
    /// `openConversationId`: see [`ModifyWaterMarkTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`ModifyWaterMarkTemplateRequest::user_id`].
    pub user_id: String,
    /// `formCode`: see [`ModifyWaterMarkTemplateRequest::form_code`].
    pub form_code: String,
    /// `schemaContent`: see [`ModifyWaterMarkTemplateRequest::schema_content`].
    pub schema_content: String,
}
impl ModifyWaterMarkTemplateRequest {
    /// A `ModifyWaterMarkTemplateRequest` with its required fields (`openConversationId`, `userId`, `formCode`, `schemaContent`); set the others with the methods named after them.
    pub fn new(required: ModifyWaterMarkTemplateRequired) -> Self {
        let ModifyWaterMarkTemplateRequired {
            open_conversation_id,
            user_id,
            form_code,
            schema_content,
        } = required;
        Self {
            open_conversation_id,
            user_id,
            form_code,
            icon: None,
            layout_design_id: None,
            schema_content,
            title: None,
            water_mark_id: None,
        }
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `layoutDesignId`.
    pub fn layout_design_id(mut self, value: impl Into<String>) -> Self {
        self.layout_design_id = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `waterMarkId`.
    pub fn water_mark_id(mut self, value: impl Into<String>) -> Self {
        self.water_mark_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ModifyWaterMarkTemplateRequest { "formCode" => field(form_code), "icon" =>
    optional(icon), "layoutDesignId" => optional(layout_design_id), "schemaContent" =>
    field(schema_content), "title" => optional(title), "waterMarkId" =>
    optional(water_mark_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifyWaterMarkTemplateRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id), "formCode" =>
    read_field(form_code), "icon" => read_field(icon), "layoutDesignId" =>
    read_field(layout_design_id), "schemaContent" => read_field(schema_content), "title"
    => read_field(title), "waterMarkId" => read_field(water_mark_id) }
}
impl rt::WriteRequest for ModifyWaterMarkTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::process_approve_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessApproveCreateRequest {
    /// `approveId`.
    pub approve_id: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `punchParam`.
    pub punch_param: ProcessApproveCreateRequestPunchParam,
    /// `subType`.
    pub sub_type: String,
    /// `tagName`.
    pub tag_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ProcessApproveCreateRequest`], each named where it is set: `ProcessApproveCreateRequest::new(ProcessApproveCreateRequired { .. })`.
pub struct ProcessApproveCreateRequired {
    /// `approveId`: see [`ProcessApproveCreateRequest::approve_id`].
    pub approve_id: String,
    /// `opUserId`: see [`ProcessApproveCreateRequest::op_user_id`].
    pub op_user_id: String,
    /// `punchParam`: see [`ProcessApproveCreateRequest::punch_param`].
    pub punch_param: ProcessApproveCreateRequestPunchParam,
    /// `subType`: see [`ProcessApproveCreateRequest::sub_type`].
    pub sub_type: String,
    /// `tagName`: see [`ProcessApproveCreateRequest::tag_name`].
    pub tag_name: String,
    /// `userId`: see [`ProcessApproveCreateRequest::user_id`].
    pub user_id: String,
}
impl ProcessApproveCreateRequest {
    /// A `ProcessApproveCreateRequest` with its required fields (`approveId`, `opUserId`, `punchParam`, `subType`, `tagName`, `userId`); set the others with the methods named after them.
    pub fn new(required: ProcessApproveCreateRequired) -> Self {
        let ProcessApproveCreateRequired {
            approve_id,
            op_user_id,
            punch_param,
            sub_type,
            tag_name,
            user_id,
        } = required;
        Self {
            approve_id,
            op_user_id,
            punch_param,
            sub_type,
            tag_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    ProcessApproveCreateRequest { "approveId" => field(approve_id), "opUserId" =>
    field(op_user_id), "punchParam" => field(punch_param), "subType" => field(sub_type),
    "tagName" => field(tag_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessApproveCreateRequest { "approveId" => read_field(approve_id), "opUserId" =>
    read_field(op_user_id), "punchParam" => read_field(punch_param), "subType" =>
    read_field(sub_type), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ProcessApproveCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::process_approve_finish`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessApproveFinishRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
    /// `approveId`.
    pub approve_id: Option<String>,
    /// `jumpUrl`.
    pub jump_url: Option<String>,
    /// `overTimeToMore`.
    pub over_time_to_more: Option<i64>,
    /// `overtimeDuration`.
    pub overtime_duration: Option<String>,
    /// `subType`.
    pub sub_type: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
    /// `topCalculateApproveDurationParam`.
    pub top_calculate_approve_duration_param: Option<
        ProcessApproveFinishRequestTopCalculateApproveDurationParam,
    >,
}
impl ProcessApproveFinishRequest {
    /// An empty `ProcessApproveFinishRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `approveId`.
    pub fn approve_id(mut self, value: impl Into<String>) -> Self {
        self.approve_id = Some(value.into());
        self
    }
    /// Sets `jumpUrl`.
    pub fn jump_url(mut self, value: impl Into<String>) -> Self {
        self.jump_url = Some(value.into());
        self
    }
    /// Sets `overTimeToMore`.
    pub fn over_time_to_more(mut self, value: i64) -> Self {
        self.over_time_to_more = Some(value);
        self
    }
    /// Sets `overtimeDuration`.
    pub fn overtime_duration(mut self, value: impl Into<String>) -> Self {
        self.overtime_duration = Some(value.into());
        self
    }
    /// Sets `subType`.
    pub fn sub_type(mut self, value: impl Into<String>) -> Self {
        self.sub_type = Some(value.into());
        self
    }
    /// Sets `tagName`.
    pub fn tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = Some(value.into());
        self
    }
    /// Sets `topCalculateApproveDurationParam`.
    pub fn top_calculate_approve_duration_param(
        mut self,
        value: ProcessApproveFinishRequestTopCalculateApproveDurationParam,
    ) -> Self {
        self.top_calculate_approve_duration_param = Some(value);
        self
    }
}
rt::impl_serialize! {
    ProcessApproveFinishRequest { "approveId" => optional(approve_id), "jumpUrl" =>
    optional(jump_url), "overTimeToMore" => optional(over_time_to_more),
    "overtimeDuration" => optional(overtime_duration), "subType" => optional(sub_type),
    "tagName" => optional(tag_name), "topCalculateApproveDurationParam" =>
    optional(top_calculate_approve_duration_param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessApproveFinishRequest { "userId" => read_field(user_id), "approveId" =>
    read_field(approve_id), "jumpUrl" => read_field(jump_url), "overTimeToMore" =>
    read_field(over_time_to_more), "overtimeDuration" => read_field(overtime_duration),
    "subType" => read_field(sub_type), "tagName" => read_field(tag_name),
    "topCalculateApproveDurationParam" =>
    read_field(top_calculate_approve_duration_param) }
}
impl rt::WriteRequest for ProcessApproveFinishRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::process_hh_oem_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ProcessHhOemUpdateRequest {
    /// `bindOemApp`.
    pub bind_oem_app: bool,
    /// `corpIdList`.
    pub corp_id_list: Vec<String>,
    /// `useOemApp`.
    pub use_oem_app: bool,
}
/// The required fields of [`ProcessHhOemUpdateRequest`], each named where it is set: `ProcessHhOemUpdateRequest::new(ProcessHhOemUpdateRequired { .. })`.
pub struct ProcessHhOemUpdateRequired {
    /// `bindOemApp`: see [`ProcessHhOemUpdateRequest::bind_oem_app`].
    pub bind_oem_app: bool,
    /// `corpIdList`: see [`ProcessHhOemUpdateRequest::corp_id_list`].
    pub corp_id_list: Vec<String>,
    /// `useOemApp`: see [`ProcessHhOemUpdateRequest::use_oem_app`].
    pub use_oem_app: bool,
}
impl ProcessHhOemUpdateRequest {
    /// A `ProcessHhOemUpdateRequest` with its required fields (`bindOemApp`, `corpIdList`, `useOemApp`); set the others with the methods named after them.
    pub fn new(required: ProcessHhOemUpdateRequired) -> Self {
        let ProcessHhOemUpdateRequired { bind_oem_app, corp_id_list, use_oem_app } = required;
        Self {
            bind_oem_app,
            corp_id_list,
            use_oem_app,
        }
    }
}
rt::impl_serialize! {
    ProcessHhOemUpdateRequest { "bindOemApp" => field(bind_oem_app), "corpIdList" =>
    field(corp_id_list), "useOemApp" => field(use_oem_app) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProcessHhOemUpdateRequest { "bindOemApp" => read_field(bind_oem_app), "corpIdList" =>
    read_field(corp_id_list), "useOemApp" => read_field(use_oem_app) }
}
impl rt::WriteRequest for ProcessHhOemUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::reduce_quota_with_leave_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReduceQuotaWithLeaveRecordRequest {
    /// `endTime`.
    pub end_time: i64,
    /// `leaveCode`.
    pub leave_code: String,
    /// `outerId`.
    pub outer_id: String,
    /// `quotaNum`.
    pub quota_num: i64,
    /// `reason`.
    pub reason: Option<String>,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`ReduceQuotaWithLeaveRecordRequest`], each named where it is set: `ReduceQuotaWithLeaveRecordRequest::new(ReduceQuotaWithLeaveRecordRequired { .. })`.
pub struct ReduceQuotaWithLeaveRecordRequired {
    /// `endTime`: see [`ReduceQuotaWithLeaveRecordRequest::end_time`].
    pub end_time: i64,
    /// `leaveCode`: see [`ReduceQuotaWithLeaveRecordRequest::leave_code`].
    pub leave_code: String,
    /// `outerId`: see [`ReduceQuotaWithLeaveRecordRequest::outer_id`].
    pub outer_id: String,
    /// `quotaNum`: see [`ReduceQuotaWithLeaveRecordRequest::quota_num`].
    pub quota_num: i64,
    /// `startTime`: see [`ReduceQuotaWithLeaveRecordRequest::start_time`].
    pub start_time: i64,
}
impl ReduceQuotaWithLeaveRecordRequest {
    /// A `ReduceQuotaWithLeaveRecordRequest` with its required fields (`endTime`, `leaveCode`, `outerId`, `quotaNum`, `startTime`); set the others with the methods named after them.
    pub fn new(required: ReduceQuotaWithLeaveRecordRequired) -> Self {
        let ReduceQuotaWithLeaveRecordRequired {
            end_time,
            leave_code,
            outer_id,
            quota_num,
            start_time,
        } = required;
        Self {
            end_time,
            leave_code,
            outer_id,
            quota_num,
            reason: None,
            start_time,
        }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ReduceQuotaWithLeaveRecordRequest { "endTime" => field(end_time), "leaveCode" =>
    field(leave_code), "outerId" => field(outer_id), "quotaNum" => field(quota_num),
    "reason" => optional(reason), "startTime" => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReduceQuotaWithLeaveRecordRequest { "endTime" => read_field(end_time), "leaveCode" =>
    read_field(leave_code), "outerId" => read_field(outer_id), "quotaNum" =>
    read_field(quota_num), "reason" => read_field(reason), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for ReduceQuotaWithLeaveRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::retain_leave_types`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RetainLeaveTypesRequest {
    /// `leaveCodes`.
    pub leave_codes: Option<Vec<String>>,
    /// `opUserId`.
    pub op_user_id: Option<String>,
    /// `source`.
    pub source: i64,
}
/// The required fields of [`RetainLeaveTypesRequest`], each named where it is set: `RetainLeaveTypesRequest::new(RetainLeaveTypesRequired { .. })`.
pub struct RetainLeaveTypesRequired {
    /// `source`: see [`RetainLeaveTypesRequest::source`].
    pub source: i64,
}
impl RetainLeaveTypesRequest {
    /// A `RetainLeaveTypesRequest` with its required fields (`source`); set the others with the methods named after them.
    pub fn new(required: RetainLeaveTypesRequired) -> Self {
        let RetainLeaveTypesRequired { source } = required;
        Self {
            leave_codes: None,
            op_user_id: None,
            source,
        }
    }
    /// Sets `leaveCodes`.
    pub fn leave_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.leave_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RetainLeaveTypesRequest { "leaveCodes" => optional(leave_codes), "opUserId" =>
    optional(op_user_id), "source" => field(source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetainLeaveTypesRequest { "leaveCodes" => read_field(leave_codes), "opUserId" =>
    read_field(op_user_id), "source" => read_field(source) }
}
impl rt::WriteRequest for RetainLeaveTypesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::reverse_trial_advanced_leave`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ReverseTrialAdvancedLeaveRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
    /// `servCode`: a query parameter.
    pub serv_code: Option<i64>,
}
impl ReverseTrialAdvancedLeaveRequest {
    /// An empty `ReverseTrialAdvancedLeaveRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
    /// Sets `servCode`.
    pub fn serv_code(mut self, value: i64) -> Self {
        self.serv_code = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReverseTrialAdvancedLeaveRequest { "opUserId" => read_field(op_user_id), "servCode"
    => read_field(serv_code) }
}
impl rt::WriteRequest for ReverseTrialAdvancedLeaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("servCode", &self.serv_code);
    }
}
/// The request of [`Api::salary_third_data_integration`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `items`.
    pub items: Option<Vec<SalaryThirdDataIntegrationRequestItems>>,
}
/// The required fields of [`SalaryThirdDataIntegrationRequest`], each named where it is set: `SalaryThirdDataIntegrationRequest::new(SalaryThirdDataIntegrationRequired { .. })`.
pub struct SalaryThirdDataIntegrationRequired {
    /// `bizType`: see [`SalaryThirdDataIntegrationRequest::biz_type`].
    pub biz_type: String,
}
impl SalaryThirdDataIntegrationRequest {
    /// A `SalaryThirdDataIntegrationRequest` with its required fields (`bizType`); set the others with the methods named after them.
    pub fn new(required: SalaryThirdDataIntegrationRequired) -> Self {
        let SalaryThirdDataIntegrationRequired { biz_type } = required;
        Self { biz_type, items: None }
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = SalaryThirdDataIntegrationRequestItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SalaryThirdDataIntegrationRequest { "bizType" => field(biz_type), "items" =>
    optional(items) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SalaryThirdDataIntegrationRequest { "bizType" => read_field(biz_type), "items" =>
    read_field(items) }
}
impl rt::WriteRequest for SalaryThirdDataIntegrationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_custom_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveCustomWaterMarkTemplateRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `bizCode`.
    pub biz_code: String,
    /// `icon`.
    pub icon: String,
    /// `layoutDesignId`.
    pub layout_design_id: String,
    /// `sceneCode`.
    pub scene_code: String,
    /// `schemaContent`.
    pub schema_content: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`SaveCustomWaterMarkTemplateRequest`], each named where it is set: `SaveCustomWaterMarkTemplateRequest::new(SaveCustomWaterMarkTemplateRequired { .. })`.
pub struct SaveCustomWaterMarkTemplateRequired {
    /// `openConversationId`: see [`SaveCustomWaterMarkTemplateRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`SaveCustomWaterMarkTemplateRequest::user_id`].
    pub user_id: String,
    /// `bizCode`: see [`SaveCustomWaterMarkTemplateRequest::biz_code`].
    pub biz_code: String,
    /// `icon`: see [`SaveCustomWaterMarkTemplateRequest::icon`].
    pub icon: String,
    /// `layoutDesignId`: see [`SaveCustomWaterMarkTemplateRequest::layout_design_id`].
    pub layout_design_id: String,
    /// `sceneCode`: see [`SaveCustomWaterMarkTemplateRequest::scene_code`].
    pub scene_code: String,
    /// `schemaContent`: see [`SaveCustomWaterMarkTemplateRequest::schema_content`].
    pub schema_content: String,
    /// `title`: see [`SaveCustomWaterMarkTemplateRequest::title`].
    pub title: String,
}
impl SaveCustomWaterMarkTemplateRequest {
    /// A `SaveCustomWaterMarkTemplateRequest` with its required fields (`openConversationId`, `userId`, `bizCode`, `icon`, `layoutDesignId`, `sceneCode`, `schemaContent`, `title`); set the others with the methods named after them.
    pub fn new(required: SaveCustomWaterMarkTemplateRequired) -> Self {
        let SaveCustomWaterMarkTemplateRequired {
            open_conversation_id,
            user_id,
            biz_code,
            icon,
            layout_design_id,
            scene_code,
            schema_content,
            title,
        } = required;
        Self {
            open_conversation_id,
            user_id,
            biz_code,
            icon,
            layout_design_id,
            scene_code,
            schema_content,
            title,
        }
    }
}
rt::impl_serialize! {
    SaveCustomWaterMarkTemplateRequest { "bizCode" => field(biz_code), "icon" =>
    field(icon), "layoutDesignId" => field(layout_design_id), "sceneCode" =>
    field(scene_code), "schemaContent" => field(schema_content), "title" => field(title)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveCustomWaterMarkTemplateRequest { "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id), "bizCode" =>
    read_field(biz_code), "icon" => read_field(icon), "layoutDesignId" =>
    read_field(layout_design_id), "sceneCode" => read_field(scene_code), "schemaContent"
    => read_field(schema_content), "title" => read_field(title) }
}
impl rt::WriteRequest for SaveCustomWaterMarkTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::shift_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ShiftAddRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `name`.
    pub name: String,
    /// `owner`.
    pub owner: Option<String>,
    /// `sections`.
    pub sections: Vec<ShiftAddRequestSections>,
    /// `serviceId`.
    pub service_id: Option<i64>,
    /// `setting`.
    pub setting: Option<ShiftAddRequestSetting>,
    /// `shiftId`.
    pub shift_id: Option<i64>,
}
/// The required fields of [`ShiftAddRequest`], each named where it is set: `ShiftAddRequest::new(ShiftAddRequired { .. })`.
pub struct ShiftAddRequired {
    /// `opUserId`: see [`ShiftAddRequest::op_user_id`].
    pub op_user_id: String,
    /// `name`: see [`ShiftAddRequest::name`].
    pub name: String,
    /// `sections`: see [`ShiftAddRequest::sections`].
    pub sections: Vec<ShiftAddRequestSections>,
}
impl ShiftAddRequest {
    /// A `ShiftAddRequest` with its required fields (`opUserId`, `name`, `sections`); set the others with the methods named after them.
    pub fn new(required: ShiftAddRequired) -> Self {
        let ShiftAddRequired { op_user_id, name, sections } = required;
        Self {
            op_user_id,
            name,
            owner: None,
            sections,
            service_id: None,
            setting: None,
            shift_id: None,
        }
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `serviceId`.
    pub fn service_id(mut self, value: i64) -> Self {
        self.service_id = Some(value);
        self
    }
    /// Sets `setting`.
    pub fn setting(mut self, value: ShiftAddRequestSetting) -> Self {
        self.setting = Some(value);
        self
    }
    /// Sets `shiftId`.
    pub fn shift_id(mut self, value: i64) -> Self {
        self.shift_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    ShiftAddRequest { "name" => field(name), "owner" => optional(owner), "sections" =>
    field(sections), "serviceId" => optional(service_id), "setting" => optional(setting),
    "shiftId" => optional(shift_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShiftAddRequest { "opUserId" => read_field(op_user_id), "name" => read_field(name),
    "owner" => read_field(owner), "sections" => read_field(sections), "serviceId" =>
    read_field(service_id), "setting" => read_field(setting), "shiftId" =>
    read_field(shift_id) }
}
impl rt::WriteRequest for ShiftAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_schedule_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncScheduleInfoRequest {
    /// `opUserId`.
    pub op_user_id: String,
    /// `scheduleInfos`.
    pub schedule_infos: Vec<SyncScheduleInfoRequestScheduleInfos>,
}
/// The required fields of [`SyncScheduleInfoRequest`], each named where it is set: `SyncScheduleInfoRequest::new(SyncScheduleInfoRequired { .. })`.
pub struct SyncScheduleInfoRequired {
    /// `opUserId`: see [`SyncScheduleInfoRequest::op_user_id`].
    pub op_user_id: String,
    /// `scheduleInfos`: see [`SyncScheduleInfoRequest::schedule_infos`].
    pub schedule_infos: Vec<SyncScheduleInfoRequestScheduleInfos>,
}
impl SyncScheduleInfoRequest {
    /// A `SyncScheduleInfoRequest` with its required fields (`opUserId`, `scheduleInfos`); set the others with the methods named after them.
    pub fn new(required: SyncScheduleInfoRequired) -> Self {
        let SyncScheduleInfoRequired { op_user_id, schedule_infos } = required;
        Self { op_user_id, schedule_infos }
    }
}
rt::impl_serialize! {
    SyncScheduleInfoRequest { "opUserId" => field(op_user_id), "scheduleInfos" =>
    field(schedule_infos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncScheduleInfoRequest { "opUserId" => read_field(op_user_id), "scheduleInfos" =>
    read_field(schedule_infos) }
}
impl rt::WriteRequest for SyncScheduleInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateLeaveTypeRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `bizType`.
    pub biz_type: String,
    /// `extras`.
    pub extras: Option<String>,
    /// `freedomLeave`.
    pub freedom_leave: Option<bool>,
    /// `hoursInPerDay`.
    pub hours_in_per_day: Option<i64>,
    /// `leaveCertificate`.
    pub leave_certificate: Option<UpdateLeaveTypeRequestLeaveCertificate>,
    /// `leaveCode`.
    pub leave_code: String,
    /// `leaveName`.
    pub leave_name: Option<String>,
    /// `leaveViewUnit`.
    pub leave_view_unit: String,
    /// `naturalDayLeave`.
    pub natural_day_leave: Option<bool>,
    /// `submitTimeRule`.
    pub submit_time_rule: Option<UpdateLeaveTypeRequestSubmitTimeRule>,
    /// `visibilityRules`.
    pub visibility_rules: Option<Vec<UpdateLeaveTypeRequestVisibilityRules>>,
}
/// The required fields of [`UpdateLeaveTypeRequest`], each named where it is set: `UpdateLeaveTypeRequest::new(UpdateLeaveTypeRequired { .. })`.
pub struct UpdateLeaveTypeRequired {
    /// `opUserId`: see [`UpdateLeaveTypeRequest::op_user_id`].
    pub op_user_id: String,
    /// `bizType`: see [`UpdateLeaveTypeRequest::biz_type`].
    pub biz_type: String,
    /// `leaveCode`: see [`UpdateLeaveTypeRequest::leave_code`].
    pub leave_code: String,
    /// `leaveViewUnit`: see [`UpdateLeaveTypeRequest::leave_view_unit`].
    pub leave_view_unit: String,
}
impl UpdateLeaveTypeRequest {
    /// A `UpdateLeaveTypeRequest` with its required fields (`opUserId`, `bizType`, `leaveCode`, `leaveViewUnit`); set the others with the methods named after them.
    pub fn new(required: UpdateLeaveTypeRequired) -> Self {
        let UpdateLeaveTypeRequired {
            op_user_id,
            biz_type,
            leave_code,
            leave_view_unit,
        } = required;
        Self {
            op_user_id,
            biz_type,
            extras: None,
            freedom_leave: None,
            hours_in_per_day: None,
            leave_certificate: None,
            leave_code,
            leave_name: None,
            leave_view_unit,
            natural_day_leave: None,
            submit_time_rule: None,
            visibility_rules: None,
        }
    }
    /// Sets `extras`.
    pub fn extras(mut self, value: impl Into<String>) -> Self {
        self.extras = Some(value.into());
        self
    }
    /// Sets `freedomLeave`.
    pub fn freedom_leave(mut self, value: bool) -> Self {
        self.freedom_leave = Some(value);
        self
    }
    /// Sets `hoursInPerDay`.
    pub fn hours_in_per_day(mut self, value: i64) -> Self {
        self.hours_in_per_day = Some(value);
        self
    }
    /// Sets `leaveCertificate`.
    pub fn leave_certificate(
        mut self,
        value: UpdateLeaveTypeRequestLeaveCertificate,
    ) -> Self {
        self.leave_certificate = Some(value);
        self
    }
    /// Sets `leaveName`.
    pub fn leave_name(mut self, value: impl Into<String>) -> Self {
        self.leave_name = Some(value.into());
        self
    }
    /// Sets `naturalDayLeave`.
    pub fn natural_day_leave(mut self, value: bool) -> Self {
        self.natural_day_leave = Some(value);
        self
    }
    /// Sets `submitTimeRule`.
    pub fn submit_time_rule(
        mut self,
        value: UpdateLeaveTypeRequestSubmitTimeRule,
    ) -> Self {
        self.submit_time_rule = Some(value);
        self
    }
    /// Sets `visibilityRules`.
    pub fn visibility_rules(
        mut self,
        value: impl IntoIterator<Item = UpdateLeaveTypeRequestVisibilityRules>,
    ) -> Self {
        self.visibility_rules = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateLeaveTypeRequest { "bizType" => field(biz_type), "extras" => optional(extras),
    "freedomLeave" => optional(freedom_leave), "hoursInPerDay" =>
    optional(hours_in_per_day), "leaveCertificate" => optional(leave_certificate),
    "leaveCode" => field(leave_code), "leaveName" => optional(leave_name),
    "leaveViewUnit" => field(leave_view_unit), "naturalDayLeave" =>
    optional(natural_day_leave), "submitTimeRule" => optional(submit_time_rule),
    "visibilityRules" => optional(visibility_rules) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateLeaveTypeRequest { "opUserId" => read_field(op_user_id), "bizType" =>
    read_field(biz_type), "extras" => read_field(extras), "freedomLeave" =>
    read_field(freedom_leave), "hoursInPerDay" => read_field(hours_in_per_day),
    "leaveCertificate" => read_field(leave_certificate), "leaveCode" =>
    read_field(leave_code), "leaveName" => read_field(leave_name), "leaveViewUnit" =>
    read_field(leave_view_unit), "naturalDayLeave" => read_field(natural_day_leave),
    "submitTimeRule" => read_field(submit_time_rule), "visibilityRules" =>
    read_field(visibility_rules) }
}
impl rt::WriteRequest for UpdateLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_vacation_quota`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateVacationQuotaRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `body`.
    pub body: Vec<UpdateVacationQuotaRequestBody>,
}
/// The required fields of [`UpdateVacationQuotaRequest`], each named where it is set: `UpdateVacationQuotaRequest::new(UpdateVacationQuotaRequired { .. })`.
pub struct UpdateVacationQuotaRequired {
    /// `opUserId`: see [`UpdateVacationQuotaRequest::op_user_id`].
    pub op_user_id: String,
    /// `body`: see [`UpdateVacationQuotaRequest::body`].
    pub body: Vec<UpdateVacationQuotaRequestBody>,
}
impl UpdateVacationQuotaRequest {
    /// A `UpdateVacationQuotaRequest` with its required fields (`opUserId`, `body`); set the others with the methods named after them.
    pub fn new(required: UpdateVacationQuotaRequired) -> Self {
        let UpdateVacationQuotaRequired { op_user_id, body } = required;
        Self { op_user_id, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVacationQuotaRequest { "opUserId" => read_field(op_user_id), "body" =>
    read_field(body) }
}
impl rt::WriteRequest for UpdateVacationQuotaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(&self.body);
    }
}
/// An error reply of [`Api::add_leave_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddLeaveTypeError = rt::ServiceError;
/// An error reply of [`Api::attendance_ble_devices_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AttendanceBleDevicesAddError = rt::ServiceError;
/// An error reply of [`Api::attendance_ble_devices_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AttendanceBleDevicesQueryError = rt::ServiceError;
/// An error reply of [`Api::attendance_ble_devices_remove`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AttendanceBleDevicesRemoveError = rt::ServiceError;
/// An error reply of [`Api::batch_boss_check`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchBossCheckError = rt::ServiceError;
/// An error reply of [`Api::calculate_duration`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CalculateDurationError = rt::ServiceError;
/// An error reply of [`Api::check_closing_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckClosingAccountError = rt::ServiceError;
/// An error reply of [`Api::check_write_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckWritePermissionError = rt::ServiceError;
/// An error reply of [`Api::create_approve`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateApproveError = rt::ServiceError;
/// An error reply of [`Api::delete_leave_request`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteLeaveRequestError = rt::ServiceError;
/// An error reply of [`Api::delete_water_mark_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWaterMarkTemplateError = rt::ServiceError;
/// An error reply of [`Api::ding_talk_security_check`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DingTalkSecurityCheckError = rt::ServiceError;
/// An error reply of [`Api::get_at_manage_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetATManageScopeError = rt::ServiceError;
/// An error reply of [`Api::get_adjustments`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAdjustmentsError = rt::ServiceError;
/// An error reply of [`Api::get_check_in_schema_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCheckInSchemaTemplateError = rt::ServiceError;
/// An error reply of [`Api::get_checkin_record_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCheckinRecordByUserError = rt::ServiceError;
/// An error reply of [`Api::get_class_with_deleted`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetClassWithDeletedError = rt::ServiceError;
/// An error reply of [`Api::get_closing_accounts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetClosingAccountsError = rt::ServiceError;
/// An error reply of [`Api::get_columnvals`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetColumnvalsError = rt::ServiceError;
/// An error reply of [`Api::get_leave_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLeaveRecordsError = rt::ServiceError;
/// An error reply of [`Api::get_leave_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLeaveTypeError = rt::ServiceError;
/// An error reply of [`Api::get_machine`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMachineError = rt::ServiceError;
/// An error reply of [`Api::get_machine_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMachineUserError = rt::ServiceError;
/// An error reply of [`Api::get_overdraft_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOverdraftInfoError = rt::ServiceError;
/// An error reply of [`Api::get_overtime_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOvertimeSettingError = rt::ServiceError;
/// An error reply of [`Api::get_shift`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetShiftError = rt::ServiceError;
/// An error reply of [`Api::get_simple_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSimpleGroupsError = rt::ServiceError;
/// An error reply of [`Api::get_simple_overtime_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSimpleOvertimeSettingError = rt::ServiceError;
/// An error reply of [`Api::get_user_holidays`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserHolidaysError = rt::ServiceError;
/// An error reply of [`Api::group_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupAddError = rt::ServiceError;
/// An error reply of [`Api::group_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupUpdateError = rt::ServiceError;
/// An error reply of [`Api::init_and_get_leave_a_llocation_quotas`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InitAndGetLeaveALlocationQuotasError = rt::ServiceError;
/// An error reply of [`Api::list_approve_by_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListApproveByUsersError = rt::ServiceError;
/// An error reply of [`Api::modify_water_mark_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifyWaterMarkTemplateError = rt::ServiceError;
/// An error reply of [`Api::process_approve_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProcessApproveCreateError = rt::ServiceError;
/// An error reply of [`Api::process_approve_finish`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProcessApproveFinishError = rt::ServiceError;
/// An error reply of [`Api::process_hh_oem_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProcessHhOemUpdateError = rt::ServiceError;
/// An error reply of [`Api::reduce_quota_with_leave_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReduceQuotaWithLeaveRecordError = rt::ServiceError;
/// An error reply of [`Api::retain_leave_types`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetainLeaveTypesError = rt::ServiceError;
/// An error reply of [`Api::reverse_trial_advanced_leave`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReverseTrialAdvancedLeaveError = rt::ServiceError;
/// An error reply of [`Api::salary_third_data_integration`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SalaryThirdDataIntegrationError = rt::ServiceError;
/// An error reply of [`Api::save_custom_water_mark_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveCustomWaterMarkTemplateError = rt::ServiceError;
/// An error reply of [`Api::shift_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ShiftAddError = rt::ServiceError;
/// An error reply of [`Api::sync_schedule_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncScheduleInfoError = rt::ServiceError;
/// An error reply of [`Api::update_leave_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateLeaveTypeError = rt::ServiceError;
/// An error reply of [`Api::update_vacation_quota`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateVacationQuotaError = rt::ServiceError;
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
        "AddLeaveType" => {
            rt::conformance::reply(api.add_leave_type(&inputs.request(true)?)).await
        }
        "AttendanceBleDevicesAdd" => {
            rt::conformance::reply(
                    api.attendance_ble_devices_add(&inputs.request(true)?),
                )
                .await
        }
        "AttendanceBleDevicesQuery" => {
            rt::conformance::reply(
                    api.attendance_ble_devices_query(&inputs.request(true)?),
                )
                .await
        }
        "AttendanceBleDevicesRemove" => {
            rt::conformance::reply(
                    api.attendance_ble_devices_remove(&inputs.request(true)?),
                )
                .await
        }
        "BatchBossCheck" => {
            rt::conformance::reply(api.batch_boss_check(&inputs.request(true)?)).await
        }
        "CalculateDuration" => {
            rt::conformance::reply(api.calculate_duration(&inputs.request(true)?)).await
        }
        "CheckClosingAccount" => {
            rt::conformance::reply(api.check_closing_account(&inputs.request(true)?))
                .await
        }
        "CheckWritePermission" => {
            rt::conformance::reply(api.check_write_permission(&inputs.request(true)?))
                .await
        }
        "CreateApprove" => {
            rt::conformance::reply(api.create_approve(&inputs.request(true)?)).await
        }
        "DeleteLeaveRequest" => {
            rt::conformance::reply(
                    api
                        .delete_leave_request(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteWaterMarkTemplate" => {
            rt::conformance::reply(
                    api.delete_water_mark_template(&inputs.request(false)?),
                )
                .await
        }
        "DingTalkSecurityCheck" => {
            rt::conformance::reply(api.ding_talk_security_check(&inputs.request(true)?))
                .await
        }
        "GetATManageScope" => {
            rt::conformance::reply(api.get_at_manage_scope(&inputs.request(false)?))
                .await
        }
        "GetAdjustments" => {
            rt::conformance::reply(api.get_adjustments(&inputs.request(false)?)).await
        }
        "GetCheckInSchemaTemplate" => {
            rt::conformance::reply(
                    api.get_check_in_schema_template(&inputs.request(false)?),
                )
                .await
        }
        "GetCheckinRecordByUser" => {
            rt::conformance::reply(
                    api.get_checkin_record_by_user(&inputs.request(true)?),
                )
                .await
        }
        "GetClassWithDeleted" => {
            rt::conformance::reply(api.get_class_with_deleted(inputs.path(0usize)?))
                .await
        }
        "GetClosingAccounts" => {
            rt::conformance::reply(api.get_closing_accounts(&inputs.request(true)?))
                .await
        }
        "GetColumnvals" => {
            rt::conformance::reply(api.get_columnvals(&inputs.request(true)?)).await
        }
        "GetLeaveRecords" => {
            rt::conformance::reply(api.get_leave_records(&inputs.request(true)?)).await
        }
        "GetLeaveType" => {
            rt::conformance::reply(api.get_leave_type(&inputs.request(false)?)).await
        }
        "GetMachine" => {
            rt::conformance::reply(api.get_machine(inputs.path(0usize)?)).await
        }
        "GetMachineUser" => {
            rt::conformance::reply(
                    api.get_machine_user(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetOverdraftInfo" => {
            rt::conformance::reply(api.get_overdraft_info(&inputs.request(true)?)).await
        }
        "GetOvertimeSetting" => {
            rt::conformance::reply(api.get_overtime_setting(&inputs.request(true)?))
                .await
        }
        "GetShift" => {
            rt::conformance::reply(api.get_shift(&inputs.request(false)?)).await
        }
        "GetSimpleGroups" => {
            rt::conformance::reply(api.get_simple_groups(&inputs.request(false)?)).await
        }
        "GetSimpleOvertimeSetting" => {
            rt::conformance::reply(
                    api.get_simple_overtime_setting(&inputs.request(false)?),
                )
                .await
        }
        "GetUserHolidays" => {
            rt::conformance::reply(api.get_user_holidays(&inputs.request(true)?)).await
        }
        "GroupAdd" => rt::conformance::reply(api.group_add(&inputs.request(true)?)).await,
        "GroupUpdate" => {
            rt::conformance::reply(api.group_update(&inputs.request(true)?)).await
        }
        "InitAndGetLeaveALlocationQuotas" => {
            rt::conformance::reply(
                    api.init_and_get_leave_a_llocation_quotas(&inputs.request(false)?),
                )
                .await
        }
        "ListApproveByUsers" => {
            rt::conformance::reply(api.list_approve_by_users(&inputs.request(true)?))
                .await
        }
        "ModifyWaterMarkTemplate" => {
            rt::conformance::reply(
                    api.modify_water_mark_template(&inputs.request(true)?),
                )
                .await
        }
        "ProcessApproveCreate" => {
            rt::conformance::reply(api.process_approve_create(&inputs.request(true)?))
                .await
        }
        "ProcessApproveFinish" => {
            rt::conformance::reply(api.process_approve_finish(&inputs.request(true)?))
                .await
        }
        "ProcessHhOemUpdate" => {
            rt::conformance::reply(api.process_hh_oem_update(&inputs.request(true)?))
                .await
        }
        "ReduceQuotaWithLeaveRecord" => {
            rt::conformance::reply(
                    api
                        .reduce_quota_with_leave_record(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RetainLeaveTypes" => {
            rt::conformance::reply(api.retain_leave_types(&inputs.request(true)?)).await
        }
        "ReverseTrialAdvancedLeave" => {
            rt::conformance::reply(
                    api.reverse_trial_advanced_leave(&inputs.request(false)?),
                )
                .await
        }
        "SalaryThirdDataIntegration" => {
            rt::conformance::reply(
                    api.salary_third_data_integration(&inputs.request(true)?),
                )
                .await
        }
        "SaveCustomWaterMarkTemplate" => {
            rt::conformance::reply(
                    api.save_custom_water_mark_template(&inputs.request(true)?),
                )
                .await
        }
        "ShiftAdd" => rt::conformance::reply(api.shift_add(&inputs.request(true)?)).await,
        "SyncScheduleInfo" => {
            rt::conformance::reply(api.sync_schedule_info(&inputs.request(true)?)).await
        }
        "UpdateLeaveType" => {
            rt::conformance::reply(api.update_leave_type(&inputs.request(true)?)).await
        }
        "UpdateVacationQuota" => {
            rt::conformance::reply(api.update_vacation_quota(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
