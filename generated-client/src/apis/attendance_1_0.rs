// @generated from api-spec/attendance_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.attendance_1_0()`. Generated from `api-spec/attendance_1_0.yaml`.
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
    /// `POST /v1.0/attendance/leaves/types` (operation `AddLeaveType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddLeaveTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/group/bledevices` (operation `AttendanceBleDevicesAdd`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AttendanceBleDevicesAddError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/group/bledevices/query` (operation `AttendanceBleDevicesQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AttendanceBleDevicesQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/group/bledevices/remove` (operation `AttendanceBleDevicesRemove`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AttendanceBleDevicesRemoveError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/results/batch` (operation `BatchBossCheck`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchBossCheckError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/approvals/durations/calculate` (operation `CalculateDuration`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CalculateDurationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/closingAccounts/status/query` (operation `CheckClosingAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckClosingAccountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/writePermissions/query` (operation `CheckWritePermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckWritePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/approves` (operation `CreateApprove`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateApproveError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/users/{union_id}/vacations/records/revoke` (operation `DeleteLeaveRequest`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteLeaveRequestError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_leave_request(
        &self,
        union_id: &str,
        request: &DeleteLeaveRequestRequest,
    ) -> rt::Call<DeleteLeaveRequestResponseBody, DeleteLeaveRequestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteLeaveRequest",
            rt::Method::Post,
            "/v1.0/attendance/users/{union_id}/vacations/records/revoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 删除水印模板
    ///
    /// `DELETE /v1.0/attendance/watermarks/templates` (operation `DeleteWaterMarkTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWaterMarkTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/securities/check` (operation `DingTalkSecurityCheck`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DingTalkSecurityCheckError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/manageScopes` (operation `GetATManageScope`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetATManageScopeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/adjustments` (operation `GetAdjustments`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAdjustmentsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/watermarks/templates` (operation `GetCheckInSchemaTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCheckInSchemaTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/checkin/records/query` (operation `GetCheckinRecordByUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCheckinRecordByUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/classWithDeleted/{class_id}` (operation `GetClassWithDeleted`).
    ///
    /// # Path parameters
    ///
    /// - `class_id` (`class_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetClassWithDeletedError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_class_with_deleted(
        &self,
        class_id: &str,
    ) -> rt::Call<GetClassWithDeletedResponseBody, GetClassWithDeletedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetClassWithDeleted",
            rt::Method::Get,
            "/v1.0/attendance/classWithDeleted/{class_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[class_id], &())
    }
    /// 查询指定用户的封账规则
    ///
    /// `POST /v1.0/attendance/closingAccounts/rules/query` (operation `GetClosingAccounts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetClosingAccountsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/columnValues/query` (operation `GetColumnvals`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetColumnvalsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/vacations/records/query` (operation `GetLeaveRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetLeaveRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/leaves/types` (operation `GetLeaveType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetLeaveTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/machines/{dev_id}` (operation `GetMachine`).
    ///
    /// # Path parameters
    ///
    /// - `dev_id` (`dev_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMachineError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_machine(
        &self,
        dev_id: &str,
    ) -> rt::Call<GetMachineResponseBody, GetMachineError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMachine",
            rt::Method::Get,
            "/v1.0/attendance/machines/{dev_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dev_id], &())
    }
    /// 根据设备id获取员工信息
    ///
    /// `GET /v1.0/attendance/machines/getUser/{dev_id}` (operation `GetMachineUser`).
    ///
    /// # Path parameters
    ///
    /// - `dev_id` (`dev_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMachineUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_machine_user(
        &self,
        dev_id: &str,
        request: &GetMachineUserRequest,
    ) -> rt::Call<GetMachineUserResponseBody, GetMachineUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMachineUser",
            rt::Method::Get,
            "/v1.0/attendance/machines/getUser/{dev_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dev_id], request)
    }
    /// 假期透支信息查询
    ///
    /// `POST /v1.0/attendance/vacations/overdraft/get` (operation `GetOverdraftInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOverdraftInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/overtimeSettings/query` (operation `GetOvertimeSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOvertimeSettingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/shifts` (operation `GetShift`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetShiftError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/groupDetails` (operation `GetSimpleGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSimpleGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/overtimeSettings` (operation `GetSimpleOvertimeSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSimpleOvertimeSettingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/holidays` (operation `GetUserHolidays`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserHolidaysError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/groups` (operation `GroupAdd`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupAddError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/groups` (operation `GroupUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GroupUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/attendance/leaves/initializations/balances` (operation `InitAndGetLeaveALlocationQuotas`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InitAndGetLeaveALlocationQuotasError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/approvals/query` (operation `ListApproveByUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListApproveByUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/watermarks/templates` (operation `ModifyWaterMarkTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ModifyWaterMarkTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/workflows/checkInForms` (operation `ProcessApproveCreate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProcessApproveCreateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/approvals/finish` (operation `ProcessApproveFinish`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProcessApproveFinishError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/oemApps` (operation `ProcessHhOemUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProcessHhOemUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/users/{union_id}/vacations/records/modify` (operation `ReduceQuotaWithLeaveRecord`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReduceQuotaWithLeaveRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/attendance/users/{union_id}/vacations/records/modify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 修改假期规则来源
    ///
    /// `POST /v1.0/attendance/vacations/types/change` (operation `RetainLeaveTypes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetainLeaveTypesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/leaves/reverse` (operation `ReverseTrialAdvancedLeave`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReverseTrialAdvancedLeaveError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/salaries/tripartiteDatas/write` (operation `SalaryThirdDataIntegration`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SalaryThirdDataIntegrationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/watermarks/templates` (operation `SaveCustomWaterMarkTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveCustomWaterMarkTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/shifts` (operation `ShiftAdd`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ShiftAddError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/schedules/additionalInfo` (operation `SyncScheduleInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncScheduleInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/attendance/leaves/types` (operation `UpdateLeaveType`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateLeaveTypeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/attendance/leaves/quota` (operation `UpdateVacationQuota`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateVacationQuotaError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AddLeaveTypeRequestLeaveCertificate`.
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
impl rt::serde::Serialize for AddLeaveTypeRequestLeaveCertificate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("enable", &self.enable)?;
        object.optional("promptInformation", &self.prompt_information)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeRequestLeaveCertificate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeaveTypeRequestLeaveCertificate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "enable" => rt::read_field(map, &mut self.enable),
            "promptInformation" => rt::read_field(map, &mut self.prompt_information),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
/// `AddLeaveTypeRequestSubmitTimeRule`.
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
impl rt::serde::Serialize for AddLeaveTypeRequestSubmitTimeRule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableTimeLimit", &self.enable_time_limit)?;
        object.optional("timeType", &self.time_type)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.optional("timeValue", &self.time_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeRequestSubmitTimeRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeaveTypeRequestSubmitTimeRule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableTimeLimit" => rt::read_field(map, &mut self.enable_time_limit),
            "timeType" => rt::read_field(map, &mut self.time_type),
            "timeUnit" => rt::read_field(map, &mut self.time_unit),
            "timeValue" => rt::read_field(map, &mut self.time_value),
            _ => Ok(false),
        }
    }
}
/// `AddLeaveTypeRequestVisibilityRules`.
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
impl rt::serde::Serialize for AddLeaveTypeRequestVisibilityRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeRequestVisibilityRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeaveTypeRequestVisibilityRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
/// `AddLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<AddLeaveTypeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeaveTypeResponseBody {
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
impl rt::serde::Serialize for AddLeaveTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AttendanceBleDevicesAddResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddResponseBody {
    /// `errorList`.
    pub error_list: Option<Vec<AttendanceBleDevicesAddResponseBodyErrorList>>,
    /// `successList`.
    pub success_list: Option<Vec<AttendanceBleDevicesAddResponseBodySuccessList>>,
}
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesAddResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesAddResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorList" => rt::read_field(map, &mut self.error_list),
            "successList" => rt::read_field(map, &mut self.success_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AttendanceBleDevicesAddResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorList", &self.error_list)?;
        object.optional("successList", &self.success_list)?;
        object.end()
    }
}
/// `AttendanceBleDevicesQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttendanceBleDevicesQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<AttendanceBleDevicesQueryResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesQueryResponseBody {
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
impl rt::serde::Serialize for AttendanceBleDevicesQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AttendanceBleDevicesRemoveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveResponseBody {
    /// `errorList`.
    pub error_list: Option<Vec<AttendanceBleDevicesRemoveResponseBodyErrorList>>,
    /// `successList`.
    pub success_list: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesRemoveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesRemoveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorList" => rt::read_field(map, &mut self.error_list),
            "successList" => rt::read_field(map, &mut self.success_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AttendanceBleDevicesRemoveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorList", &self.error_list)?;
        object.optional("successList", &self.success_list)?;
        object.end()
    }
}
/// `BatchBossCheckRequestModels`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchBossCheckRequestModels {
    /// A `BatchBossCheckRequestModels` with its required fields (`planId`, `timeResult`); set the others with the methods named after them.
    pub fn new(plan_id: i64, time_result: impl Into<String>) -> Self {
        Self {
            absent_min: None,
            plan_id,
            remark: None,
            time_result: time_result.into(),
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
impl rt::serde::Serialize for BatchBossCheckRequestModels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("absentMin", &self.absent_min)?;
        object.field("planId", &self.plan_id)?;
        object.optional("remark", &self.remark)?;
        object.field("timeResult", &self.time_result)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchBossCheckRequestModels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchBossCheckRequestModels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "absentMin" => rt::read_field(map, &mut self.absent_min),
            "planId" => rt::read_field(map, &mut self.plan_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "timeResult" => rt::read_field(map, &mut self.time_result),
            _ => Ok(false),
        }
    }
}
/// `BatchBossCheckResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchBossCheckResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchBossCheckResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchBossCheckResponseBody {
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
impl rt::serde::Serialize for BatchBossCheckResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CalculateDurationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CalculateDurationResponseBody {
    /// `result`.
    pub result: Option<CalculateDurationResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CalculateDurationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CalculateDurationResponseBody {
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
impl rt::serde::Serialize for CalculateDurationResponseBody {
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
/// `CheckClosingAccountRequestUserTimeRange`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckClosingAccountRequestUserTimeRange {
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
}
impl CheckClosingAccountRequestUserTimeRange {
    /// A `CheckClosingAccountRequestUserTimeRange` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(end_time: i64, start_time: i64) -> Self {
        Self { end_time, start_time }
    }
}
impl rt::serde::Serialize for CheckClosingAccountRequestUserTimeRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckClosingAccountRequestUserTimeRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckClosingAccountRequestUserTimeRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
/// `CheckClosingAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckClosingAccountResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `mesage`.
    pub mesage: Option<String>,
    /// `pass`.
    pub pass: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckClosingAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckClosingAccountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "mesage" => rt::read_field(map, &mut self.mesage),
            "pass" => rt::read_field(map, &mut self.pass),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckClosingAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("mesage", &self.mesage)?;
        object.optional("pass", &self.pass)?;
        object.end()
    }
}
/// `CheckWritePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckWritePermissionResponseBody {
    /// `entityPermissionMap`.
    pub entity_permission_map: Option<rt::BTreeMap<String, bool>>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckWritePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckWritePermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityPermissionMap" => rt::read_field(map, &mut self.entity_permission_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckWritePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("entityPermissionMap", &self.entity_permission_map)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateApproveRequestPunchParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("positionId", &self.position_id)?;
        object.optional("positionName", &self.position_name)?;
        object.optional("positionType", &self.position_type)?;
        object.optional("punchTime", &self.punch_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateApproveRequestPunchParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateApproveRequestPunchParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "positionId" => rt::read_field(map, &mut self.position_id),
            "positionName" => rt::read_field(map, &mut self.position_name),
            "positionType" => rt::read_field(map, &mut self.position_type),
            "punchTime" => rt::read_field(map, &mut self.punch_time),
            _ => Ok(false),
        }
    }
}
/// `CreateApproveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateApproveResponseBody {
    /// `dingtalkApproveId`.
    pub dingtalk_approve_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateApproveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateApproveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingtalkApproveId" => rt::read_field(map, &mut self.dingtalk_approve_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateApproveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingtalkApproveId", &self.dingtalk_approve_id)?;
        object.end()
    }
}
/// `DeleteLeaveRequestResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteLeaveRequestResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteLeaveRequestResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteLeaveRequestResponseBody {
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
impl rt::serde::Serialize for DeleteLeaveRequestResponseBody {
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
/// `DeleteWaterMarkTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteWaterMarkTemplateResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteWaterMarkTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteWaterMarkTemplateResponseBody {
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
impl rt::serde::Serialize for DeleteWaterMarkTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DingTalkSecurityCheckResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DingTalkSecurityCheckResponseBody {
    /// `result`.
    pub result: Option<DingTalkSecurityCheckResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for DingTalkSecurityCheckResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DingTalkSecurityCheckResponseBody {
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
impl rt::serde::Serialize for DingTalkSecurityCheckResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetATManageScopeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetATManageScopeResponseBody {
    /// `result`.
    pub result: Option<Vec<GetATManageScopeResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetATManageScopeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetATManageScopeResponseBody {
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
impl rt::serde::Serialize for GetATManageScopeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAdjustmentsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBody {
    /// `result`.
    pub result: Option<GetAdjustmentsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAdjustmentsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAdjustmentsResponseBody {
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
impl rt::serde::Serialize for GetAdjustmentsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCheckInSchemaTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckInSchemaTemplateResponseBody {
    /// `result`.
    pub result: Option<GetCheckInSchemaTemplateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCheckInSchemaTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckInSchemaTemplateResponseBody {
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
impl rt::serde::Serialize for GetCheckInSchemaTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBody {
    /// `result`.
    pub result: Option<GetCheckinRecordByUserResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBody {
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
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBody {
    /// `result`.
    pub result: Option<GetClassWithDeletedResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetClassWithDeletedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBody {
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
impl rt::serde::Serialize for GetClassWithDeletedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetClosingAccountsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetClosingAccountsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetClosingAccountsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClosingAccountsResponseBody {
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
impl rt::serde::Serialize for GetClosingAccountsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetColumnvalsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetColumnvalsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetColumnvalsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetColumnvalsResponseBody {
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
impl rt::serde::Serialize for GetColumnvalsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetLeaveRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLeaveRecordsResponseBody {
    /// `result`.
    pub result: Option<GetLeaveRecordsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLeaveRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLeaveRecordsResponseBody {
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
impl rt::serde::Serialize for GetLeaveRecordsResponseBody {
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
/// `GetLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<GetLeaveTypeResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLeaveTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLeaveTypeResponseBody {
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
impl rt::serde::Serialize for GetLeaveTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetMachineResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMachineResponseBody {
    /// `result`.
    pub result: Option<GetMachineResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMachineResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineResponseBody {
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
impl rt::serde::Serialize for GetMachineResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetMachineUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMachineUserResponseBody {
    /// `result`.
    pub result: Option<GetMachineUserResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMachineUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineUserResponseBody {
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
impl rt::serde::Serialize for GetMachineUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetOverdraftInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOverdraftInfoResponseBody {
    /// `overdraftList`.
    pub overdraft_list: Option<Vec<GetOverdraftInfoResponseBodyOverdraftList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOverdraftInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOverdraftInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overdraftList" => rt::read_field(map, &mut self.overdraft_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOverdraftInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("overdraftList", &self.overdraft_list)?;
        object.end()
    }
}
/// `GetOvertimeSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOvertimeSettingResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOvertimeSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOvertimeSettingResponseBody {
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
impl rt::serde::Serialize for GetOvertimeSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetShiftResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShiftResponseBody {
    /// `result`.
    pub result: Option<GetShiftResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBody {
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
impl rt::serde::Serialize for GetShiftResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBody {
    /// `result`.
    pub result: Option<GetSimpleGroupsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSimpleGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBody {
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
impl rt::serde::Serialize for GetSimpleGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSimpleOvertimeSettingResponseBody`: the same model as [`GetAdjustmentsResponseBody`].
pub type GetSimpleOvertimeSettingResponseBody = GetAdjustmentsResponseBody;
/// `GetUserHolidaysResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserHolidaysResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserHolidaysResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserHolidaysResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserHolidaysResponseBody {
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
impl rt::serde::Serialize for GetUserHolidaysResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for GroupAddRequestBleDeviceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceId", &self.device_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestBleDeviceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestBleDeviceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceId" => rt::read_field(map, &mut self.device_id),
            _ => Ok(false),
        }
    }
}
/// `GroupAddRequestFreeCheckSetting`.
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
impl rt::serde::Serialize for GroupAddRequestFreeCheckSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "delimitOffsetMinutesBetweenDays",
                &self.delimit_offset_minutes_between_days,
            )?;
        object.optional("freeCheckGap", &self.free_check_gap)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestFreeCheckSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestFreeCheckSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "delimitOffsetMinutesBetweenDays" => {
                rt::read_field(map, &mut self.delimit_offset_minutes_between_days)
            }
            "freeCheckGap" => rt::read_field(map, &mut self.free_check_gap),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GroupAddRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("role", &self.role)?;
        object.optional("type", &self.r#type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "role" => rt::read_field(map, &mut self.role),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `GroupAddRequestPositions`.
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
impl rt::serde::Serialize for GroupAddRequestPositions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("offset", &self.offset)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestPositions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestPositions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "offset" => rt::read_field(map, &mut self.offset),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `GroupAddRequestShiftVOList`.
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
impl rt::serde::Serialize for GroupAddRequestShiftVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("shiftId", &self.shift_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestShiftVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestShiftVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "shiftId" => rt::read_field(map, &mut self.shift_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GroupAddRequestWifis {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("macAddr", &self.mac_addr)?;
        object.optional("ssid", &self.ssid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestWifis {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestWifis {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "macAddr" => rt::read_field(map, &mut self.mac_addr),
            "ssid" => rt::read_field(map, &mut self.ssid),
            _ => Ok(false),
        }
    }
}
/// `GroupAddResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddResponseBody {
    /// `result`.
    pub result: Option<GroupAddResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupAddResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupAddResponseBody {
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
impl rt::serde::Serialize for GroupAddResponseBody {
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
/// `GroupUpdateRequestFreeCheckSetting`: the same model as [`GroupAddRequestFreeCheckSetting`].
pub type GroupUpdateRequestFreeCheckSetting = GroupAddRequestFreeCheckSetting;
/// `GroupUpdateRequestPositions`: the same model as [`GroupAddRequestPositions`].
pub type GroupUpdateRequestPositions = GroupAddRequestPositions;
/// `GroupUpdateRequestShiftVOList`: the same model as [`GroupAddRequestShiftVOList`].
pub type GroupUpdateRequestShiftVOList = GroupAddRequestShiftVOList;
/// `GroupUpdateResponseBody`: the same model as [`GroupAddResponseBody`].
pub type GroupUpdateResponseBody = GroupAddResponseBody;
/// `InitAndGetLeaveALlocationQuotasResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InitAndGetLeaveALlocationQuotasResponseBody {
    /// `result`.
    pub result: Option<Vec<InitAndGetLeaveALlocationQuotasResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for InitAndGetLeaveALlocationQuotasResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InitAndGetLeaveALlocationQuotasResponseBody {
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
impl rt::serde::Serialize for InitAndGetLeaveALlocationQuotasResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListApproveByUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListApproveByUsersResponseBody {
    /// `result`.
    pub result: Option<Vec<ListApproveByUsersResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListApproveByUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListApproveByUsersResponseBody {
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
impl rt::serde::Serialize for ListApproveByUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ModifyWaterMarkTemplateResponseBody`: the same model as [`DeleteWaterMarkTemplateResponseBody`].
pub type ModifyWaterMarkTemplateResponseBody = DeleteWaterMarkTemplateResponseBody;
/// `ProcessApproveCreateRequestPunchParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ProcessApproveCreateRequestPunchParam {
    /// A `ProcessApproveCreateRequestPunchParam` with its required fields (`punchTime`); set the others with the methods named after them.
    pub fn new(punch_time: i64) -> Self {
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
impl rt::serde::Serialize for ProcessApproveCreateRequestPunchParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("positionId", &self.position_id)?;
        object.optional("positionName", &self.position_name)?;
        object.optional("positionType", &self.position_type)?;
        object.field("punchTime", &self.punch_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessApproveCreateRequestPunchParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessApproveCreateRequestPunchParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "positionId" => rt::read_field(map, &mut self.position_id),
            "positionName" => rt::read_field(map, &mut self.position_name),
            "positionType" => rt::read_field(map, &mut self.position_type),
            "punchTime" => rt::read_field(map, &mut self.punch_time),
            _ => Ok(false),
        }
    }
}
/// `ProcessApproveCreateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessApproveCreateResponseBody {
    /// `result`.
    pub result: Option<ProcessApproveCreateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ProcessApproveCreateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessApproveCreateResponseBody {
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
impl rt::serde::Serialize for ProcessApproveCreateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize
for ProcessApproveFinishRequestTopCalculateApproveDurationParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("calculateModel", &self.calculate_model)?;
        object.optional("durationUnit", &self.duration_unit)?;
        object.optional("fromTime", &self.from_time)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("timeZoneId", &self.time_zone_id)?;
        object.optional("toTime", &self.to_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ProcessApproveFinishRequestTopCalculateApproveDurationParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessApproveFinishRequestTopCalculateApproveDurationParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "calculateModel" => rt::read_field(map, &mut self.calculate_model),
            "durationUnit" => rt::read_field(map, &mut self.duration_unit),
            "fromTime" => rt::read_field(map, &mut self.from_time),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "timeZoneId" => rt::read_field(map, &mut self.time_zone_id),
            "toTime" => rt::read_field(map, &mut self.to_time),
            _ => Ok(false),
        }
    }
}
/// `ProcessApproveFinishResponseBody`: the same model as [`CalculateDurationResponseBody`].
pub type ProcessApproveFinishResponseBody = CalculateDurationResponseBody;
/// `ProcessHhOemUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessHhOemUpdateResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ProcessHhOemUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessHhOemUpdateResponseBody {
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
impl rt::serde::Serialize for ProcessHhOemUpdateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ReduceQuotaWithLeaveRecordResponseBody`: the same model as [`DeleteLeaveRequestResponseBody`].
pub type ReduceQuotaWithLeaveRecordResponseBody = DeleteLeaveRequestResponseBody;
/// `RetainLeaveTypesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetainLeaveTypesResponseBody {
    /// `result`.
    pub result: Option<Vec<RetainLeaveTypesResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for RetainLeaveTypesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetainLeaveTypesResponseBody {
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
impl rt::serde::Serialize for RetainLeaveTypesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ReverseTrialAdvancedLeaveResponseBody`: the same model as [`DeleteLeaveRequestResponseBody`].
pub type ReverseTrialAdvancedLeaveResponseBody = DeleteLeaveRequestResponseBody;
/// `SalaryThirdDataIntegrationRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SalaryThirdDataIntegrationRequestItems {
    /// A `SalaryThirdDataIntegrationRequestItems` with its required fields (`bizDate`, `bizId`, `userId`); set the others with the methods named after them.
    pub fn new(
        biz_date: impl Into<String>,
        biz_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_contents: None,
            biz_date: biz_date.into(),
            biz_id: biz_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for SalaryThirdDataIntegrationRequestItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizContents", &self.biz_contents)?;
        object.field("bizDate", &self.biz_date)?;
        object.field("bizId", &self.biz_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SalaryThirdDataIntegrationRequestItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SalaryThirdDataIntegrationRequestItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizContents" => rt::read_field(map, &mut self.biz_contents),
            "bizDate" => rt::read_field(map, &mut self.biz_date),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `SalaryThirdDataIntegrationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationResponseBody {
    /// `result`.
    pub result: Option<SalaryThirdDataIntegrationResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SalaryThirdDataIntegrationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SalaryThirdDataIntegrationResponseBody {
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
impl rt::serde::Serialize for SalaryThirdDataIntegrationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SaveCustomWaterMarkTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveCustomWaterMarkTemplateResponseBody {
    /// `result`.
    pub result: Option<SaveCustomWaterMarkTemplateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveCustomWaterMarkTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveCustomWaterMarkTemplateResponseBody {
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
impl rt::serde::Serialize for SaveCustomWaterMarkTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ShiftAddRequestSections`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ShiftAddRequestSections {
    /// `times`.
    pub times: Vec<ShiftAddRequestSectionsTimes>,
}
impl ShiftAddRequestSections {
    /// A `ShiftAddRequestSections` with its required fields (`times`); set the others with the methods named after them.
    pub fn new(times: impl IntoIterator<Item = ShiftAddRequestSectionsTimes>) -> Self {
        Self {
            times: times.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for ShiftAddRequestSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("times", &self.times)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "times" => rt::read_field(map, &mut self.times),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ShiftAddRequestSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("absenteeismLateMinutes", &self.absenteeism_late_minutes)?;
        object.optional("attendDays", &self.attend_days)?;
        object.optional("demandWorkTimeMinutes", &self.demand_work_time_minutes)?;
        object.optional("enableOutsideLateBack", &self.enable_outside_late_back)?;
        object.optional("extras", &self.extras)?;
        object.optional("isFlexible", &self.is_flexible)?;
        object.optional("lateBackSetting", &self.late_back_setting)?;
        object.optional("overtimeBehindDuration", &self.overtime_behind_duration)?;
        object.optional("overtimeFrontDuration", &self.overtime_front_duration)?;
        object.optional("overtimeOpen", &self.overtime_open)?;
        object.optional("overtimeType", &self.overtime_type)?;
        object.optional("referenceClassId", &self.reference_class_id)?;
        object.optional("seriousLateMinutes", &self.serious_late_minutes)?;
        object.optional("shiftType", &self.shift_type)?;
        object.optional("tags", &self.tags)?;
        object.optional("topRestTimeList", &self.top_rest_time_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "absenteeismLateMinutes" => {
                rt::read_field(map, &mut self.absenteeism_late_minutes)
            }
            "attendDays" => rt::read_field(map, &mut self.attend_days),
            "demandWorkTimeMinutes" => {
                rt::read_field(map, &mut self.demand_work_time_minutes)
            }
            "enableOutsideLateBack" => {
                rt::read_field(map, &mut self.enable_outside_late_back)
            }
            "extras" => rt::read_field(map, &mut self.extras),
            "isFlexible" => rt::read_field(map, &mut self.is_flexible),
            "lateBackSetting" => rt::read_field(map, &mut self.late_back_setting),
            "overtimeBehindDuration" => {
                rt::read_field(map, &mut self.overtime_behind_duration)
            }
            "overtimeFrontDuration" => {
                rt::read_field(map, &mut self.overtime_front_duration)
            }
            "overtimeOpen" => rt::read_field(map, &mut self.overtime_open),
            "overtimeType" => rt::read_field(map, &mut self.overtime_type),
            "referenceClassId" => rt::read_field(map, &mut self.reference_class_id),
            "seriousLateMinutes" => rt::read_field(map, &mut self.serious_late_minutes),
            "shiftType" => rt::read_field(map, &mut self.shift_type),
            "tags" => rt::read_field(map, &mut self.tags),
            "topRestTimeList" => rt::read_field(map, &mut self.top_rest_time_list),
            _ => Ok(false),
        }
    }
}
/// `ShiftAddResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddResponseBody {
    /// `result`.
    pub result: Option<ShiftAddResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ShiftAddResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ShiftAddResponseBody {
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
impl rt::serde::Serialize for ShiftAddResponseBody {
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
/// `SyncScheduleInfoRequestScheduleInfos`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncScheduleInfoRequestScheduleInfos {
    /// A `SyncScheduleInfoRequestScheduleInfos` with its required fields (`planId`); set the others with the methods named after them.
    pub fn new(plan_id: i64) -> Self {
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
impl rt::serde::Serialize for SyncScheduleInfoRequestScheduleInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("planId", &self.plan_id)?;
        object.optional("positionKeys", &self.position_keys)?;
        object.optional("retainAttendanceCheck", &self.retain_attendance_check)?;
        object.optional("wifiKeys", &self.wifi_keys)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncScheduleInfoRequestScheduleInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncScheduleInfoRequestScheduleInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "planId" => rt::read_field(map, &mut self.plan_id),
            "positionKeys" => rt::read_field(map, &mut self.position_keys),
            "retainAttendanceCheck" => {
                rt::read_field(map, &mut self.retain_attendance_check)
            }
            "wifiKeys" => rt::read_field(map, &mut self.wifi_keys),
            _ => Ok(false),
        }
    }
}
/// `UpdateLeaveTypeRequestLeaveCertificate`: the same model as [`AddLeaveTypeRequestLeaveCertificate`].
pub type UpdateLeaveTypeRequestLeaveCertificate = AddLeaveTypeRequestLeaveCertificate;
/// `UpdateLeaveTypeRequestSubmitTimeRule`: the same model as [`AddLeaveTypeRequestSubmitTimeRule`].
pub type UpdateLeaveTypeRequestSubmitTimeRule = AddLeaveTypeRequestSubmitTimeRule;
/// `UpdateLeaveTypeRequestVisibilityRules`: the same model as [`AddLeaveTypeRequestVisibilityRules`].
pub type UpdateLeaveTypeRequestVisibilityRules = AddLeaveTypeRequestVisibilityRules;
/// `UpdateLeaveTypeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateLeaveTypeResponseBody {
    /// `result`.
    pub result: Option<UpdateLeaveTypeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateLeaveTypeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateLeaveTypeResponseBody {
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
impl rt::serde::Serialize for UpdateLeaveTypeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateVacationQuotaRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateVacationQuotaRequestBody {
    /// A `UpdateVacationQuotaRequestBody` with its required fields (`leaveCode`, `userId`); set the others with the methods named after them.
    pub fn new(leave_code: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            action_type: None,
            end_time: None,
            leave_code: leave_code.into(),
            quota_cycle: None,
            quota_num_per_day: None,
            quota_num_per_hour: None,
            reason: None,
            start_time: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for UpdateVacationQuotaRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("endTime", &self.end_time)?;
        object.field("leaveCode", &self.leave_code)?;
        object.optional("quotaCycle", &self.quota_cycle)?;
        object.optional("quotaNumPerDay", &self.quota_num_per_day)?;
        object.optional("quotaNumPerHour", &self.quota_num_per_hour)?;
        object.optional("reason", &self.reason)?;
        object.optional("startTime", &self.start_time)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateVacationQuotaRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateVacationQuotaRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "quotaCycle" => rt::read_field(map, &mut self.quota_cycle),
            "quotaNumPerDay" => rt::read_field(map, &mut self.quota_num_per_day),
            "quotaNumPerHour" => rt::read_field(map, &mut self.quota_num_per_hour),
            "reason" => rt::read_field(map, &mut self.reason),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateVacationQuotaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBody {
    /// `result`.
    pub result: Option<Vec<UpdateVacationQuotaResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateVacationQuotaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateVacationQuotaResponseBody {
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
impl rt::serde::Serialize for UpdateVacationQuotaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeaveTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddLeaveTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("leaveName", &self.leave_name)?;
        object.optional("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.end()
    }
}
/// `AttendanceBleDevicesAddResponseBodyErrorList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesAddResponseBodyErrorList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesAddResponseBodyErrorList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "failureList" => rt::read_field(map, &mut self.failure_list),
            "msg" => rt::read_field(map, &mut self.msg),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AttendanceBleDevicesAddResponseBodyErrorList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("failureList", &self.failure_list)?;
        object.optional("msg", &self.msg)?;
        object.end()
    }
}
/// `AttendanceBleDevicesAddResponseBodySuccessList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddResponseBodySuccessList {
    /// `deviceId`.
    pub device_id: Option<i64>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AttendanceBleDevicesAddResponseBodySuccessList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesAddResponseBodySuccessList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AttendanceBleDevicesAddResponseBodySuccessList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("sn", &self.sn)?;
        object.end()
    }
}
/// `AttendanceBleDevicesQueryResponseBodyResult`: the same model as [`AttendanceBleDevicesAddResponseBodySuccessList`].
pub type AttendanceBleDevicesQueryResponseBodyResult = AttendanceBleDevicesAddResponseBodySuccessList;
/// `AttendanceBleDevicesRemoveResponseBodyErrorList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveResponseBodyErrorList {
    /// `code`.
    pub code: Option<String>,
    /// `failureList`.
    pub failure_list: Option<Vec<i64>>,
    /// `msg`.
    pub msg: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AttendanceBleDevicesRemoveResponseBodyErrorList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AttendanceBleDevicesRemoveResponseBodyErrorList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "failureList" => rt::read_field(map, &mut self.failure_list),
            "msg" => rt::read_field(map, &mut self.msg),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AttendanceBleDevicesRemoveResponseBodyErrorList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("failureList", &self.failure_list)?;
        object.optional("msg", &self.msg)?;
        object.end()
    }
}
/// `CalculateDurationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CalculateDurationResponseBodyResult {
    /// `duration`.
    pub duration: Option<f64>,
    /// `durationDetail`.
    pub duration_detail: Option<Vec<CalculateDurationResponseBodyResultDurationDetail>>,
}
impl<'de> rt::serde::Deserialize<'de> for CalculateDurationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CalculateDurationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "durationDetail" => rt::read_field(map, &mut self.duration_detail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CalculateDurationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("durationDetail", &self.duration_detail)?;
        object.end()
    }
}
/// `DingTalkSecurityCheckResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DingTalkSecurityCheckResponseBodyResult {
    /// `hasRisk`.
    pub has_risk: Option<bool>,
    /// `riskInfo`.
    pub risk_info: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DingTalkSecurityCheckResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DingTalkSecurityCheckResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasRisk" => rt::read_field(map, &mut self.has_risk),
            "riskInfo" => rt::read_field(map, &mut self.risk_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DingTalkSecurityCheckResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasRisk", &self.has_risk)?;
        object.optional("riskInfo", &self.risk_info)?;
        object.end()
    }
}
/// `GetATManageScopeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetATManageScopeResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `manageScope`.
    pub manage_scope: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetATManageScopeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetATManageScopeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "manageScope" => rt::read_field(map, &mut self.manage_scope),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetATManageScopeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("manageScope", &self.manage_scope)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `GetAdjustmentsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<GetAdjustmentsResponseBodyResultItems>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `totalPage`.
    pub total_page: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAdjustmentsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAdjustmentsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "totalPage" => rt::read_field(map, &mut self.total_page),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAdjustmentsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("totalPage", &self.total_page)?;
        object.end()
    }
}
/// `GetCheckInSchemaTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCheckInSchemaTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckInSchemaTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "canModifyAndAddTemplate" => {
                rt::read_field(map, &mut self.can_modify_and_add_template)
            }
            "conversationAdmin" => rt::read_field(map, &mut self.conversation_admin),
            "customTemplateMaxSize" => {
                rt::read_field(map, &mut self.custom_template_max_size)
            }
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "showStat" => rt::read_field(map, &mut self.show_stat),
            "templateDegrade" => rt::read_field(map, &mut self.template_degrade),
            "waterMarkTemplateModels" => {
                rt::read_field(map, &mut self.water_mark_template_models)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckInSchemaTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCode", &self.biz_code)?;
        object.optional("canModifyAndAddTemplate", &self.can_modify_and_add_template)?;
        object.optional("conversationAdmin", &self.conversation_admin)?;
        object.optional("customTemplateMaxSize", &self.custom_template_max_size)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("showStat", &self.show_stat)?;
        object.optional("templateDegrade", &self.template_degrade)?;
        object.optional("waterMarkTemplateModels", &self.water_mark_template_models)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `pageList`.
    pub page_list: Option<Vec<GetCheckinRecordByUserResponseBodyResultPageList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "pageList" => rt::read_field(map, &mut self.page_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("pageList", &self.page_list)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetClassWithDeletedResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classId" => rt::read_field(map, &mut self.class_id),
            "classSetting" => rt::read_field(map, &mut self.class_setting),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            "sections" => rt::read_field(map, &mut self.sections),
            "workDays" => rt::read_field(map, &mut self.work_days),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClassWithDeletedResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classId", &self.class_id)?;
        object.optional("classSetting", &self.class_setting)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.optional("sections", &self.sections)?;
        object.optional("workDays", &self.work_days)?;
        object.end()
    }
}
/// `GetClosingAccountsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetClosingAccountsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClosingAccountsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "closingAccountModel" => rt::read_field(map, &mut self.closing_account_model),
            "switchOn" => rt::read_field(map, &mut self.switch_on),
            "unsealClosingAccountModel" => {
                rt::read_field(map, &mut self.unseal_closing_account_model)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClosingAccountsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("closingAccountModel", &self.closing_account_model)?;
        object.optional("switchOn", &self.switch_on)?;
        object
            .optional("unsealClosingAccountModel", &self.unseal_closing_account_model)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetColumnvalsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBodyResult {
    /// `columnData`.
    pub column_data: Option<Vec<GetColumnvalsResponseBodyResultColumnData>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetColumnvalsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetColumnvalsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnData" => rt::read_field(map, &mut self.column_data),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetColumnvalsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columnData", &self.column_data)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetLeaveRecordsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLeaveRecordsResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `leaveRecords`.
    pub leave_records: Option<Vec<GetLeaveRecordsResponseBodyResultLeaveRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLeaveRecordsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLeaveRecordsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "leaveRecords" => rt::read_field(map, &mut self.leave_records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLeaveRecordsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("leaveRecords", &self.leave_records)?;
        object.end()
    }
}
/// `GetLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetLeaveTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLeaveTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "source" => rt::read_field(map, &mut self.source),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "validityType" => rt::read_field(map, &mut self.validity_type),
            "validityValue" => rt::read_field(map, &mut self.validity_value),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLeaveTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("leaveName", &self.leave_name)?;
        object.optional("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("source", &self.source)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("validityType", &self.validity_type)?;
        object.optional("validityValue", &self.validity_value)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.end()
    }
}
/// `GetMachineResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMachineResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atmManagerList" => rt::read_field(map, &mut self.atm_manager_list),
            "devId" => rt::read_field(map, &mut self.dev_id),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "deviceSn" => rt::read_field(map, &mut self.device_sn),
            "machineBluetoothVO" => rt::read_field(map, &mut self.machine_bluetooth_vo),
            "maxFace" => rt::read_field(map, &mut self.max_face),
            "netStatus" => rt::read_field(map, &mut self.net_status),
            "productName" => rt::read_field(map, &mut self.product_name),
            "productVersion" => rt::read_field(map, &mut self.product_version),
            "voiceMode" => rt::read_field(map, &mut self.voice_mode),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMachineResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atmManagerList", &self.atm_manager_list)?;
        object.optional("devId", &self.dev_id)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("deviceSn", &self.device_sn)?;
        object.optional("machineBluetoothVO", &self.machine_bluetooth_vo)?;
        object.optional("maxFace", &self.max_face)?;
        object.optional("netStatus", &self.net_status)?;
        object.optional("productName", &self.product_name)?;
        object.optional("productVersion", &self.product_version)?;
        object.optional("voiceMode", &self.voice_mode)?;
        object.end()
    }
}
/// `GetMachineUserResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMachineUserResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<GetMachineUserResponseBodyResultUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMachineUserResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineUserResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMachineUserResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `GetOverdraftInfoResponseBodyOverdraftList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOverdraftInfoResponseBodyOverdraftList {
    /// `overdraft`.
    pub overdraft: Option<i64>,
    /// `unit`.
    pub unit: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOverdraftInfoResponseBodyOverdraftList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOverdraftInfoResponseBodyOverdraftList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overdraft" => rt::read_field(map, &mut self.overdraft),
            "unit" => rt::read_field(map, &mut self.unit),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOverdraftInfoResponseBodyOverdraftList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("overdraft", &self.overdraft)?;
        object.optional("unit", &self.unit)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetOvertimeSettingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOvertimeSettingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOvertimeSettingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "default" => rt::read_field(map, &mut self.default),
            "durationSettings" => rt::read_field(map, &mut self.duration_settings),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "overtimeDivisions" => rt::read_field(map, &mut self.overtime_divisions),
            "settingId" => rt::read_field(map, &mut self.setting_id),
            "stepType" => rt::read_field(map, &mut self.step_type),
            "stepValue" => rt::read_field(map, &mut self.step_value),
            "warningSettings" => rt::read_field(map, &mut self.warning_settings),
            "workMinutesPerDay" => rt::read_field(map, &mut self.work_minutes_per_day),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOvertimeSettingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("default", &self.default)?;
        object.optional("durationSettings", &self.duration_settings)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("overtimeDivisions", &self.overtime_divisions)?;
        object.optional("settingId", &self.setting_id)?;
        object.optional("stepType", &self.step_type)?;
        object.optional("stepValue", &self.step_value)?;
        object.optional("warningSettings", &self.warning_settings)?;
        object.optional("workMinutesPerDay", &self.work_minutes_per_day)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "ownerList" => rt::read_field(map, &mut self.owner_list),
            "sections" => rt::read_field(map, &mut self.sections),
            "shiftGroupId" => rt::read_field(map, &mut self.shift_group_id),
            "shiftGroupName" => rt::read_field(map, &mut self.shift_group_name),
            "shiftSetting" => rt::read_field(map, &mut self.shift_setting),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("ownerList", &self.owner_list)?;
        object.optional("sections", &self.sections)?;
        object.optional("shiftGroupId", &self.shift_group_id)?;
        object.optional("shiftGroupName", &self.shift_group_name)?;
        object.optional("shiftSetting", &self.shift_setting)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResult {
    /// `groups`.
    pub groups: Option<Vec<GetSimpleGroupsResponseBodyResultGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSimpleGroupsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groups" => rt::read_field(map, &mut self.groups),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSimpleGroupsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groups", &self.groups)?;
        object.optional("hasMore", &self.has_more)?;
        object.end()
    }
}
/// `GetSimpleOvertimeSettingResponseBodyResult`: the same model as [`GetAdjustmentsResponseBodyResult`].
pub type GetSimpleOvertimeSettingResponseBodyResult = GetAdjustmentsResponseBodyResult;
/// `GetUserHolidaysResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserHolidaysResponseBodyResult {
    /// `holidays`.
    pub holidays: Option<Vec<GetUserHolidaysResponseBodyResultHolidays>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserHolidaysResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserHolidaysResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "holidays" => rt::read_field(map, &mut self.holidays),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserHolidaysResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("holidays", &self.holidays)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GroupAddRequestFreeCheckSettingFreeCheckGap`.
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
impl rt::serde::Serialize for GroupAddRequestFreeCheckSettingFreeCheckGap {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("offOnCheckGapMinutes", &self.off_on_check_gap_minutes)?;
        object.optional("onOffCheckGapMinutes", &self.on_off_check_gap_minutes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequestFreeCheckSettingFreeCheckGap {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequestFreeCheckSettingFreeCheckGap {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "offOnCheckGapMinutes" => {
                rt::read_field(map, &mut self.off_on_check_gap_minutes)
            }
            "onOffCheckGapMinutes" => {
                rt::read_field(map, &mut self.on_off_check_gap_minutes)
            }
            _ => Ok(false),
        }
    }
}
/// `GroupAddResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GroupAddResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GroupAddResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GroupAddResponseBodyResult {
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
impl rt::serde::Serialize for GroupAddResponseBodyResult {
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
/// `GroupUpdateRequestFreeCheckSettingFreeCheckGap`: the same model as [`GroupAddRequestFreeCheckSettingFreeCheckGap`].
pub type GroupUpdateRequestFreeCheckSettingFreeCheckGap = GroupAddRequestFreeCheckSettingFreeCheckGap;
/// `GroupUpdateResponseBodyResult`: the same model as [`GroupAddResponseBodyResult`].
pub type GroupUpdateResponseBodyResult = GroupAddResponseBodyResult;
/// `InitAndGetLeaveALlocationQuotasResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for InitAndGetLeaveALlocationQuotasResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InitAndGetLeaveALlocationQuotasResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "quotaCycle" => rt::read_field(map, &mut self.quota_cycle),
            "quotaId" => rt::read_field(map, &mut self.quota_id),
            "quotaNumPerDay" => rt::read_field(map, &mut self.quota_num_per_day),
            "quotaNumPerHour" => rt::read_field(map, &mut self.quota_num_per_hour),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "usedNumPerDay" => rt::read_field(map, &mut self.used_num_per_day),
            "usedNumPerHour" => rt::read_field(map, &mut self.used_num_per_hour),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InitAndGetLeaveALlocationQuotasResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("quotaCycle", &self.quota_cycle)?;
        object.optional("quotaId", &self.quota_id)?;
        object.optional("quotaNumPerDay", &self.quota_num_per_day)?;
        object.optional("quotaNumPerHour", &self.quota_num_per_hour)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("usedNumPerDay", &self.used_num_per_day)?;
        object.optional("usedNumPerHour", &self.used_num_per_hour)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListApproveByUsersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListApproveByUsersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListApproveByUsersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveId" => rt::read_field(map, &mut self.approve_id),
            "beginTime" => rt::read_field(map, &mut self.begin_time),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "calculateModel" => rt::read_field(map, &mut self.calculate_model),
            "durationUnit" => rt::read_field(map, &mut self.duration_unit),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "subType" => rt::read_field(map, &mut self.sub_type),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListApproveByUsersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveId", &self.approve_id)?;
        object.optional("beginTime", &self.begin_time)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("calculateModel", &self.calculate_model)?;
        object.optional("durationUnit", &self.duration_unit)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("subType", &self.sub_type)?;
        object.optional("tagName", &self.tag_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ProcessApproveCreateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProcessApproveCreateResponseBodyResult {
    /// `dingtalkApproveId`.
    pub dingtalk_approve_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ProcessApproveCreateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProcessApproveCreateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingtalkApproveId" => rt::read_field(map, &mut self.dingtalk_approve_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ProcessApproveCreateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingtalkApproveId", &self.dingtalk_approve_id)?;
        object.end()
    }
}
/// `ProcessApproveFinishResponseBodyResult`: the same model as [`CalculateDurationResponseBodyResult`].
pub type ProcessApproveFinishResponseBodyResult = CalculateDurationResponseBodyResult;
/// `RetainLeaveTypesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RetainLeaveTypesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetainLeaveTypesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveHourCeil" => rt::read_field(map, &mut self.leave_hour_ceil),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveTimeCeil" => rt::read_field(map, &mut self.leave_time_ceil),
            "leaveTimeCeilMinUnit" => {
                rt::read_field(map, &mut self.leave_time_ceil_min_unit)
            }
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "lieuDelayNum" => rt::read_field(map, &mut self.lieu_delay_num),
            "lieuDelayUnit" => rt::read_field(map, &mut self.lieu_delay_unit),
            "maxLeaveTime" => rt::read_field(map, &mut self.max_leave_time),
            "minLeaveHour" => rt::read_field(map, &mut self.min_leave_hour),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "paidLeave" => rt::read_field(map, &mut self.paid_leave),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            "whenCanLeave" => rt::read_field(map, &mut self.when_can_leave),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetainLeaveTypesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("leaveHourCeil", &self.leave_hour_ceil)?;
        object.optional("leaveName", &self.leave_name)?;
        object.optional("leaveTimeCeil", &self.leave_time_ceil)?;
        object.optional("leaveTimeCeilMinUnit", &self.leave_time_ceil_min_unit)?;
        object.optional("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("lieuDelayNum", &self.lieu_delay_num)?;
        object.optional("lieuDelayUnit", &self.lieu_delay_unit)?;
        object.optional("maxLeaveTime", &self.max_leave_time)?;
        object.optional("minLeaveHour", &self.min_leave_hour)?;
        object.optional("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("paidLeave", &self.paid_leave)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.optional("whenCanLeave", &self.when_can_leave)?;
        object.end()
    }
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
impl rt::serde::Serialize for SalaryThirdDataIntegrationRequestItemsBizContents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SalaryThirdDataIntegrationRequestItemsBizContents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SalaryThirdDataIntegrationRequestItemsBizContents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `SalaryThirdDataIntegrationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationResponseBodyResult {
    /// `reason`.
    pub reason: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for SalaryThirdDataIntegrationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SalaryThirdDataIntegrationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "reason" => rt::read_field(map, &mut self.reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SalaryThirdDataIntegrationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("reason", &self.reason)?;
        object.end()
    }
}
/// `SaveCustomWaterMarkTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveCustomWaterMarkTemplateResponseBodyResult {
    /// `formCode`.
    pub form_code: Option<String>,
    /// `waterMarkId`.
    pub water_mark_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveCustomWaterMarkTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveCustomWaterMarkTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "waterMarkId" => rt::read_field(map, &mut self.water_mark_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SaveCustomWaterMarkTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("waterMarkId", &self.water_mark_id)?;
        object.end()
    }
}
/// `ShiftAddRequestSectionsTimes`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ShiftAddRequestSectionsTimes {
    /// A `ShiftAddRequestSectionsTimes` with its required fields (`across`, `checkTime`, `checkType`); set the others with the methods named after them.
    pub fn new(across: i64, check_time: i64, check_type: impl Into<String>) -> Self {
        Self {
            across,
            begin_min: None,
            check_time,
            check_type: check_type.into(),
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
impl rt::serde::Serialize for ShiftAddRequestSectionsTimes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("across", &self.across)?;
        object.optional("beginMin", &self.begin_min)?;
        object.field("checkTime", &self.check_time)?;
        object.field("checkType", &self.check_type)?;
        object.optional("endMin", &self.end_min)?;
        object.optional("flexMinutes", &self.flex_minutes)?;
        object.optional("freeCheck", &self.free_check)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSectionsTimes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSectionsTimes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "beginMin" => rt::read_field(map, &mut self.begin_min),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            "endMin" => rt::read_field(map, &mut self.end_min),
            "flexMinutes" => rt::read_field(map, &mut self.flex_minutes),
            "freeCheck" => rt::read_field(map, &mut self.free_check),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ShiftAddRequestSettingLateBackSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enable", &self.enable)?;
        object.optional("sections", &self.sections)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSettingLateBackSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSettingLateBackSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enable" => rt::read_field(map, &mut self.enable),
            "sections" => rt::read_field(map, &mut self.sections),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ShiftAddRequestSettingTopRestTimeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("across", &self.across)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("checkType", &self.check_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSettingTopRestTimeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSettingTopRestTimeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            _ => Ok(false),
        }
    }
}
/// `ShiftAddResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShiftAddResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `shiftId`.
    pub shift_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ShiftAddResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ShiftAddResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "shiftId" => rt::read_field(map, &mut self.shift_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ShiftAddResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("shiftId", &self.shift_id)?;
        object.end()
    }
}
/// `UpdateLeaveTypeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UpdateLeaveTypeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateLeaveTypeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "freedomLeave" => rt::read_field(map, &mut self.freedom_leave),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateLeaveTypeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("freedomLeave", &self.freedom_leave)?;
        object.optional("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("leaveName", &self.leave_name)?;
        object.optional("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.end()
    }
}
/// `UpdateVacationQuotaResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBodyResult {
    /// `quota`.
    pub quota: Option<UpdateVacationQuotaResponseBodyResultQuota>,
    /// `reason`.
    pub reason: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateVacationQuotaResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateVacationQuotaResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quota" => rt::read_field(map, &mut self.quota),
            "reason" => rt::read_field(map, &mut self.reason),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateVacationQuotaResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("quota", &self.quota)?;
        object.optional("reason", &self.reason)?;
        object.end()
    }
}
/// `AddLeaveTypeResponseBodyResultLeaveCertificate`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for AddLeaveTypeResponseBodyResultLeaveCertificate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeaveTypeResponseBodyResultLeaveCertificate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "enable" => rt::read_field(map, &mut self.enable),
            "promptInformation" => rt::read_field(map, &mut self.prompt_information),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddLeaveTypeResponseBodyResultLeaveCertificate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("enable", &self.enable)?;
        object.optional("promptInformation", &self.prompt_information)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
}
/// `AddLeaveTypeResponseBodyResultSubmitTimeRule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeResponseBodyResultSubmitTimeRule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeaveTypeResponseBodyResultSubmitTimeRule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableTimeLimit" => rt::read_field(map, &mut self.enable_time_limit),
            "timeType" => rt::read_field(map, &mut self.time_type),
            "timeUnit" => rt::read_field(map, &mut self.time_unit),
            "timeValue" => rt::read_field(map, &mut self.time_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddLeaveTypeResponseBodyResultSubmitTimeRule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableTimeLimit", &self.enable_time_limit)?;
        object.optional("timeType", &self.time_type)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.optional("timeValue", &self.time_value)?;
        object.end()
    }
}
/// `AddLeaveTypeResponseBodyResultVisibilityRules`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddLeaveTypeResponseBodyResultVisibilityRules {
    /// `type`.
    pub r#type: Option<String>,
    /// `visible`.
    pub visible: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeResponseBodyResultVisibilityRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddLeaveTypeResponseBodyResultVisibilityRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddLeaveTypeResponseBodyResultVisibilityRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `AttendanceBleDevicesAddResponseBodyErrorListFailureList`: the same model as [`AttendanceBleDevicesAddResponseBodySuccessList`].
pub type AttendanceBleDevicesAddResponseBodyErrorListFailureList = AttendanceBleDevicesAddResponseBodySuccessList;
/// `CalculateDurationResponseBodyResultDurationDetail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CalculateDurationResponseBodyResultDurationDetail {
    /// `date`.
    pub date: Option<String>,
    /// `duration`.
    pub duration: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de>
for CalculateDurationResponseBodyResultDurationDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CalculateDurationResponseBodyResultDurationDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "duration" => rt::read_field(map, &mut self.duration),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CalculateDurationResponseBodyResultDurationDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("duration", &self.duration)?;
        object.end()
    }
}
/// `GetAdjustmentsResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAdjustmentsResponseBodyResultItems {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `settingId`.
    pub setting_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAdjustmentsResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAdjustmentsResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "settingId" => rt::read_field(map, &mut self.setting_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAdjustmentsResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("settingId", &self.setting_id)?;
        object.end()
    }
}
/// `GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canModify" => rt::read_field(map, &mut self.can_modify),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "icon" => rt::read_field(map, &mut self.icon),
            "layoutDesign" => rt::read_field(map, &mut self.layout_design),
            "sceneCode" => rt::read_field(map, &mut self.scene_code),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "suiteKey" => rt::read_field(map, &mut self.suite_key),
            "systemTemplate" => rt::read_field(map, &mut self.system_template),
            "title" => rt::read_field(map, &mut self.title),
            "waterMarkId" => rt::read_field(map, &mut self.water_mark_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCheckInSchemaTemplateResponseBodyResultWaterMarkTemplateModels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canModify", &self.can_modify)?;
        object.optional("formCode", &self.form_code)?;
        object.optional("icon", &self.icon)?;
        object.optional("layoutDesign", &self.layout_design)?;
        object.optional("sceneCode", &self.scene_code)?;
        object.optional("schemaContent", &self.schema_content)?;
        object.optional("suiteKey", &self.suite_key)?;
        object.optional("systemTemplate", &self.system_template)?;
        object.optional("title", &self.title)?;
        object.optional("waterMarkId", &self.water_mark_id)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResultPageList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetCheckinRecordByUserResponseBodyResultPageList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResultPageList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkinTime" => rt::read_field(map, &mut self.checkin_time),
            "checkinType" => rt::read_field(map, &mut self.checkin_type),
            "customDataList" => rt::read_field(map, &mut self.custom_data_list),
            "detailPlace" => rt::read_field(map, &mut self.detail_place),
            "imageList" => rt::read_field(map, &mut self.image_list),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "place" => rt::read_field(map, &mut self.place),
            "remark" => rt::read_field(map, &mut self.remark),
            "userId" => rt::read_field(map, &mut self.user_id),
            "visitUser" => rt::read_field(map, &mut self.visit_user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBodyResultPageList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkinTime", &self.checkin_time)?;
        object.optional("checkinType", &self.checkin_type)?;
        object.optional("customDataList", &self.custom_data_list)?;
        object.optional("detailPlace", &self.detail_place)?;
        object.optional("imageList", &self.image_list)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("place", &self.place)?;
        object.optional("remark", &self.remark)?;
        object.optional("userId", &self.user_id)?;
        object.optional("visitUser", &self.visit_user)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultClassSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSetting {
    /// `classSettingId`.
    pub class_setting_id: Option<i64>,
    /// `restTimeList`.
    pub rest_time_list: Option<
        Vec<GetClassWithDeletedResponseBodyResultClassSettingRestTimeList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetClassWithDeletedResponseBodyResultClassSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResultClassSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classSettingId" => rt::read_field(map, &mut self.class_setting_id),
            "restTimeList" => rt::read_field(map, &mut self.rest_time_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClassWithDeletedResponseBodyResultClassSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classSettingId", &self.class_setting_id)?;
        object.optional("restTimeList", &self.rest_time_list)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultSections`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultSections {
    /// `times`.
    pub times: Option<Vec<GetClassWithDeletedResponseBodyResultSectionsTimes>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetClassWithDeletedResponseBodyResultSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResultSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "times" => rt::read_field(map, &mut self.times),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClassWithDeletedResponseBodyResultSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("times", &self.times)?;
        object.end()
    }
}
/// `GetClosingAccountsResponseBodyResultClosingAccountModel`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetClosingAccountsResponseBodyResultClosingAccountModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClosingAccountsResponseBodyResultClosingAccountModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "closingDay" => rt::read_field(map, &mut self.closing_day),
            "closingHourMinutes" => rt::read_field(map, &mut self.closing_hour_minutes),
            "endDay" => rt::read_field(map, &mut self.end_day),
            "endMonth" => rt::read_field(map, &mut self.end_month),
            "startDay" => rt::read_field(map, &mut self.start_day),
            "startMonth" => rt::read_field(map, &mut self.start_month),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClosingAccountsResponseBodyResultClosingAccountModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("closingDay", &self.closing_day)?;
        object.optional("closingHourMinutes", &self.closing_hour_minutes)?;
        object.optional("endDay", &self.end_day)?;
        object.optional("endMonth", &self.end_month)?;
        object.optional("startDay", &self.start_day)?;
        object.optional("startMonth", &self.start_month)?;
        object.end()
    }
}
/// `GetClosingAccountsResponseBodyResultUnsealClosingAccountModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClosingAccountsResponseBodyResultUnsealClosingAccountModel {
    /// `invalidTimeStamp`.
    pub invalid_time_stamp: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetClosingAccountsResponseBodyResultUnsealClosingAccountModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClosingAccountsResponseBodyResultUnsealClosingAccountModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invalidTimeStamp" => rt::read_field(map, &mut self.invalid_time_stamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetClosingAccountsResponseBodyResultUnsealClosingAccountModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invalidTimeStamp", &self.invalid_time_stamp)?;
        object.end()
    }
}
/// `GetColumnvalsResponseBodyResultColumnData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetColumnvalsResponseBodyResultColumnData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetColumnvalsResponseBodyResultColumnData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnValues" => rt::read_field(map, &mut self.column_values),
            "fixedValue" => rt::read_field(map, &mut self.fixed_value),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetColumnvalsResponseBodyResultColumnData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columnValues", &self.column_values)?;
        object.optional("fixedValue", &self.fixed_value)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `GetLeaveRecordsResponseBodyResultLeaveRecords`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetLeaveRecordsResponseBodyResultLeaveRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLeaveRecordsResponseBodyResultLeaveRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calType" => rt::read_field(map, &mut self.cal_type),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveReason" => rt::read_field(map, &mut self.leave_reason),
            "leaveRecordType" => rt::read_field(map, &mut self.leave_record_type),
            "leaveStatus" => rt::read_field(map, &mut self.leave_status),
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "quotaId" => rt::read_field(map, &mut self.quota_id),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "recordNumPerDay" => rt::read_field(map, &mut self.record_num_per_day),
            "recordNumPerHour" => rt::read_field(map, &mut self.record_num_per_hour),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLeaveRecordsResponseBodyResultLeaveRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calType", &self.cal_type)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("leaveReason", &self.leave_reason)?;
        object.optional("leaveRecordType", &self.leave_record_type)?;
        object.optional("leaveStatus", &self.leave_status)?;
        object.optional("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.optional("quotaId", &self.quota_id)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("recordNumPerDay", &self.record_num_per_day)?;
        object.optional("recordNumPerHour", &self.record_num_per_hour)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetLeaveTypeResponseBodyResultLeaveCertificate`: the same model as [`AddLeaveTypeResponseBodyResultLeaveCertificate`].
pub type GetLeaveTypeResponseBodyResultLeaveCertificate = AddLeaveTypeResponseBodyResultLeaveCertificate;
/// `GetLeaveTypeResponseBodyResultSubmitTimeRule`: the same model as [`AddLeaveTypeResponseBodyResultSubmitTimeRule`].
pub type GetLeaveTypeResponseBodyResultSubmitTimeRule = AddLeaveTypeResponseBodyResultSubmitTimeRule;
/// `GetLeaveTypeResponseBodyResultVisibilityRules`: the same model as [`AddLeaveTypeResponseBodyResultVisibilityRules`].
pub type GetLeaveTypeResponseBodyResultVisibilityRules = AddLeaveTypeResponseBodyResultVisibilityRules;
/// `GetMachineResponseBodyResultMachineBluetoothVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMachineResponseBodyResultMachineBluetoothVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineResponseBodyResultMachineBluetoothVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "bluetoothCheckWithFace" => {
                rt::read_field(map, &mut self.bluetooth_check_with_face)
            }
            "bluetoothDistanceMode" => {
                rt::read_field(map, &mut self.bluetooth_distance_mode)
            }
            "bluetoothDistanceModeDesc" => {
                rt::read_field(map, &mut self.bluetooth_distance_mode_desc)
            }
            "bluetoothValue" => rt::read_field(map, &mut self.bluetooth_value),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "limitUserDeviceCount" => {
                rt::read_field(map, &mut self.limit_user_device_count)
            }
            "longitude" => rt::read_field(map, &mut self.longitude),
            "monitorLocationAbnormal" => {
                rt::read_field(map, &mut self.monitor_location_abnormal)
            }
            "userDeviceCount" => rt::read_field(map, &mut self.user_device_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMachineResponseBodyResultMachineBluetoothVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("bluetoothCheckWithFace", &self.bluetooth_check_with_face)?;
        object.optional("bluetoothDistanceMode", &self.bluetooth_distance_mode)?;
        object
            .optional("bluetoothDistanceModeDesc", &self.bluetooth_distance_mode_desc)?;
        object.optional("bluetoothValue", &self.bluetooth_value)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("limitUserDeviceCount", &self.limit_user_device_count)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("monitorLocationAbnormal", &self.monitor_location_abnormal)?;
        object.optional("userDeviceCount", &self.user_device_count)?;
        object.end()
    }
}
/// `GetMachineUserResponseBodyResultUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMachineUserResponseBodyResultUserList {
    /// `hasFace`.
    pub has_face: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMachineUserResponseBodyResultUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMachineUserResponseBodyResultUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasFace" => rt::read_field(map, &mut self.has_face),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMachineUserResponseBodyResultUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasFace", &self.has_face)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ResultDurationSettingsValue`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ResultDurationSettingsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultDurationSettingsValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calcType" => rt::read_field(map, &mut self.calc_type),
            "durationType" => rt::read_field(map, &mut self.duration_type),
            "overtimeRedress" => rt::read_field(map, &mut self.overtime_redress),
            "settings" => rt::read_field(map, &mut self.settings),
            "overtimeRedressBy" => rt::read_field(map, &mut self.overtime_redress_by),
            "vacationRate" => rt::read_field(map, &mut self.vacation_rate),
            "skipTime" => rt::read_field(map, &mut self.skip_time),
            "skipTimeByFrames" => rt::read_field(map, &mut self.skip_time_by_frames),
            "skipTimeByDurations" => {
                rt::read_field(map, &mut self.skip_time_by_durations)
            }
            "holidayPlanOvertimeRedress" => {
                rt::read_field(map, &mut self.holiday_plan_overtime_redress)
            }
            "holidayPlanOvertimeRedressBy" => {
                rt::read_field(map, &mut self.holiday_plan_overtime_redress_by)
            }
            "holidayPlanVacationRate" => {
                rt::read_field(map, &mut self.holiday_plan_vacation_rate)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultDurationSettingsValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calcType", &self.calc_type)?;
        object.optional("durationType", &self.duration_type)?;
        object.optional("overtimeRedress", &self.overtime_redress)?;
        object.optional("settings", &self.settings)?;
        object.optional("overtimeRedressBy", &self.overtime_redress_by)?;
        object.optional("vacationRate", &self.vacation_rate)?;
        object.optional("skipTime", &self.skip_time)?;
        object.optional("skipTimeByFrames", &self.skip_time_by_frames)?;
        object.optional("skipTimeByDurations", &self.skip_time_by_durations)?;
        object
            .optional(
                "holidayPlanOvertimeRedress",
                &self.holiday_plan_overtime_redress,
            )?;
        object
            .optional(
                "holidayPlanOvertimeRedressBy",
                &self.holiday_plan_overtime_redress_by,
            )?;
        object.optional("holidayPlanVacationRate", &self.holiday_plan_vacation_rate)?;
        object.end()
    }
}
/// `GetOvertimeSettingResponseBodyResultOvertimeDivisions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBodyResultOvertimeDivisions {
    /// `nextDayType`.
    pub next_day_type: Option<String>,
    /// `previousDayType`.
    pub previous_day_type: Option<String>,
    /// `timeSplitPoint`.
    pub time_split_point: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOvertimeSettingResponseBodyResultOvertimeDivisions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOvertimeSettingResponseBodyResultOvertimeDivisions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextDayType" => rt::read_field(map, &mut self.next_day_type),
            "previousDayType" => rt::read_field(map, &mut self.previous_day_type),
            "timeSplitPoint" => rt::read_field(map, &mut self.time_split_point),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOvertimeSettingResponseBodyResultOvertimeDivisions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextDayType", &self.next_day_type)?;
        object.optional("previousDayType", &self.previous_day_type)?;
        object.optional("timeSplitPoint", &self.time_split_point)?;
        object.end()
    }
}
/// `GetOvertimeSettingResponseBodyResultWarningSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOvertimeSettingResponseBodyResultWarningSettings {
    /// `action`.
    pub action: Option<String>,
    /// `threshold`.
    pub threshold: Option<i64>,
    /// `time`.
    pub time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetOvertimeSettingResponseBodyResultWarningSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOvertimeSettingResponseBodyResultWarningSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "threshold" => rt::read_field(map, &mut self.threshold),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOvertimeSettingResponseBodyResultWarningSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("threshold", &self.threshold)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResultSections`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSections {
    /// `punches`.
    pub punches: Option<Vec<GetShiftResponseBodyResultSectionsPunches>>,
    /// `rests`.
    pub rests: Option<Vec<GetShiftResponseBodyResultSectionsRests>>,
    /// `sectionId`.
    pub section_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBodyResultSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResultSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "punches" => rt::read_field(map, &mut self.punches),
            "rests" => rt::read_field(map, &mut self.rests),
            "sectionId" => rt::read_field(map, &mut self.section_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResultSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("punches", &self.punches)?;
        object.optional("rests", &self.rests)?;
        object.optional("sectionId", &self.section_id)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResultShiftSetting`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBodyResultShiftSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResultShiftSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendDays" => rt::read_field(map, &mut self.attend_days),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "overtimeBehindDuration" => {
                rt::read_field(map, &mut self.overtime_behind_duration)
            }
            "overtimeFrontDuration" => {
                rt::read_field(map, &mut self.overtime_front_duration)
            }
            "overtimeOpen" => rt::read_field(map, &mut self.overtime_open),
            "overtimeType" => rt::read_field(map, &mut self.overtime_type),
            "shiftId" => rt::read_field(map, &mut self.shift_id),
            "shiftSettingId" => rt::read_field(map, &mut self.shift_setting_id),
            "shiftType" => rt::read_field(map, &mut self.shift_type),
            "workTimeMinutes" => rt::read_field(map, &mut self.work_time_minutes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResultShiftSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendDays", &self.attend_days)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("overtimeBehindDuration", &self.overtime_behind_duration)?;
        object.optional("overtimeFrontDuration", &self.overtime_front_duration)?;
        object.optional("overtimeOpen", &self.overtime_open)?;
        object.optional("overtimeType", &self.overtime_type)?;
        object.optional("shiftId", &self.shift_id)?;
        object.optional("shiftSettingId", &self.shift_setting_id)?;
        object.optional("shiftType", &self.shift_type)?;
        object.optional("workTimeMinutes", &self.work_time_minutes)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroups`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSimpleGroupsResponseBodyResultGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResultGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classesList" => rt::read_field(map, &mut self.classes_list),
            "defaultClassId" => rt::read_field(map, &mut self.default_class_id),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "deptNameList" => rt::read_field(map, &mut self.dept_name_list),
            "disableCheckWhenRest" => {
                rt::read_field(map, &mut self.disable_check_when_rest)
            }
            "disableCheckWithoutSchedule" => {
                rt::read_field(map, &mut self.disable_check_without_schedule)
            }
            "enableEmpSelectClass" => {
                rt::read_field(map, &mut self.enable_emp_select_class)
            }
            "freeCheckDayStartMinOffset" => {
                rt::read_field(map, &mut self.free_check_day_start_min_offset)
            }
            "freecheckWorkDays" => rt::read_field(map, &mut self.freecheck_work_days),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "isDefault" => rt::read_field(map, &mut self.is_default),
            "managerList" => rt::read_field(map, &mut self.manager_list),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "selectedClass" => rt::read_field(map, &mut self.selected_class),
            "type" => rt::read_field(map, &mut self.r#type),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "workDayList" => rt::read_field(map, &mut self.work_day_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSimpleGroupsResponseBodyResultGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classesList", &self.classes_list)?;
        object.optional("defaultClassId", &self.default_class_id)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("deptNameList", &self.dept_name_list)?;
        object.optional("disableCheckWhenRest", &self.disable_check_when_rest)?;
        object
            .optional(
                "disableCheckWithoutSchedule",
                &self.disable_check_without_schedule,
            )?;
        object.optional("enableEmpSelectClass", &self.enable_emp_select_class)?;
        object
            .optional(
                "freeCheckDayStartMinOffset",
                &self.free_check_day_start_min_offset,
            )?;
        object.optional("freecheckWorkDays", &self.freecheck_work_days)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("isDefault", &self.is_default)?;
        object.optional("managerList", &self.manager_list)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("selectedClass", &self.selected_class)?;
        object.optional("type", &self.r#type)?;
        object.optional("userIds", &self.user_ids)?;
        object.optional("workDayList", &self.work_day_list)?;
        object.end()
    }
}
/// `GetSimpleOvertimeSettingResponseBodyResultItems`: the same model as [`GetAdjustmentsResponseBodyResultItems`].
pub type GetSimpleOvertimeSettingResponseBodyResultItems = GetAdjustmentsResponseBodyResultItems;
/// `GetUserHolidaysResponseBodyResultHolidays`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserHolidaysResponseBodyResultHolidays {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserHolidaysResponseBodyResultHolidays {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "holidayName" => rt::read_field(map, &mut self.holiday_name),
            "holidayType" => rt::read_field(map, &mut self.holiday_type),
            "realWorkDate" => rt::read_field(map, &mut self.real_work_date),
            "workDate" => rt::read_field(map, &mut self.work_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserHolidaysResponseBodyResultHolidays {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("holidayName", &self.holiday_name)?;
        object.optional("holidayType", &self.holiday_type)?;
        object.optional("realWorkDate", &self.real_work_date)?;
        object.optional("workDate", &self.work_date)?;
        object.end()
    }
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
impl rt::serde::Serialize for ShiftAddRequestSettingLateBackSettingSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extra", &self.extra)?;
        object.optional("late", &self.late)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequestSettingLateBackSettingSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequestSettingLateBackSettingSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extra" => rt::read_field(map, &mut self.extra),
            "late" => rt::read_field(map, &mut self.late),
            _ => Ok(false),
        }
    }
}
/// `UpdateLeaveTypeResponseBodyResultLeaveCertificate`: the same model as [`AddLeaveTypeResponseBodyResultLeaveCertificate`].
pub type UpdateLeaveTypeResponseBodyResultLeaveCertificate = AddLeaveTypeResponseBodyResultLeaveCertificate;
/// `UpdateLeaveTypeResponseBodyResultSubmitTimeRule`: the same model as [`AddLeaveTypeResponseBodyResultSubmitTimeRule`].
pub type UpdateLeaveTypeResponseBodyResultSubmitTimeRule = AddLeaveTypeResponseBodyResultSubmitTimeRule;
/// `UpdateLeaveTypeResponseBodyResultVisibilityRules`: the same model as [`AddLeaveTypeResponseBodyResultVisibilityRules`].
pub type UpdateLeaveTypeResponseBodyResultVisibilityRules = AddLeaveTypeResponseBodyResultVisibilityRules;
/// `UpdateVacationQuotaResponseBodyResultQuota`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateVacationQuotaResponseBodyResultQuota {
    /// `leaveCode`.
    pub leave_code: Option<String>,
    /// `quotaCycle`.
    pub quota_cycle: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateVacationQuotaResponseBodyResultQuota {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateVacationQuotaResponseBodyResultQuota {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "quotaCycle" => rt::read_field(map, &mut self.quota_cycle),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateVacationQuotaResponseBodyResultQuota {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("quotaCycle", &self.quota_cycle)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResultPageListCustomDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSettingRestTimeList {
    /// `begin`.
    pub begin: Option<
        GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin,
    >,
    /// `end`.
    pub end: Option<GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetClassWithDeletedResponseBodyResultClassSettingRestTimeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResultClassSettingRestTimeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "begin" => rt::read_field(map, &mut self.begin),
            "end" => rt::read_field(map, &mut self.end),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetClassWithDeletedResponseBodyResultClassSettingRestTimeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("begin", &self.begin)?;
        object.optional("end", &self.end)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultSectionsTimes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetClassWithDeletedResponseBodyResultSectionsTimes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResultSectionsTimes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "beginMin" => rt::read_field(map, &mut self.begin_min),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            "endMin" => rt::read_field(map, &mut self.end_min),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetClassWithDeletedResponseBodyResultSectionsTimes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("across", &self.across)?;
        object.optional("beginMin", &self.begin_min)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("checkType", &self.check_type)?;
        object.optional("endMin", &self.end_min)?;
        object.end()
    }
}
/// `GetColumnvalsResponseBodyResultColumnDataColumnValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetColumnvalsResponseBodyResultColumnDataColumnValues {
    /// `date`.
    pub date: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetColumnvalsResponseBodyResultColumnDataColumnValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetColumnvalsResponseBodyResultColumnDataColumnValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetColumnvalsResponseBodyResultColumnDataColumnValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ResultDurationSettingsValueSkipTimeByFrames`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultDurationSettingsValueSkipTimeByFrames {
    /// `startTime`.
    pub start_time: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `valid`.
    pub valid: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ResultDurationSettingsValueSkipTimeByFrames {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultDurationSettingsValueSkipTimeByFrames {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "startTime" => rt::read_field(map, &mut self.start_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "valid" => rt::read_field(map, &mut self.valid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultDurationSettingsValueSkipTimeByFrames {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("valid", &self.valid)?;
        object.end()
    }
}
/// `ResultDurationSettingsValueSkipTimeByDurations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultDurationSettingsValueSkipTimeByDurations {
    /// `duration`.
    pub duration: Option<i64>,
    /// `minus`.
    pub minus: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ResultDurationSettingsValueSkipTimeByDurations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultDurationSettingsValueSkipTimeByDurations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "minus" => rt::read_field(map, &mut self.minus),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultDurationSettingsValueSkipTimeByDurations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("minus", &self.minus)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResultSectionsPunches`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBodyResultSectionsPunches {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResultSectionsPunches {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "absenteeismLateMinutes" => {
                rt::read_field(map, &mut self.absenteeism_late_minutes)
            }
            "across" => rt::read_field(map, &mut self.across),
            "beginMin" => rt::read_field(map, &mut self.begin_min),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            "endMin" => rt::read_field(map, &mut self.end_min),
            "flexMinutes" => rt::read_field(map, &mut self.flex_minutes),
            "freeCheck" => rt::read_field(map, &mut self.free_check),
            "lateBackSetting" => rt::read_field(map, &mut self.late_back_setting),
            "permitMinutes" => rt::read_field(map, &mut self.permit_minutes),
            "puncheId" => rt::read_field(map, &mut self.punche_id),
            "seriousLateMinutes" => rt::read_field(map, &mut self.serious_late_minutes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResultSectionsPunches {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("absenteeismLateMinutes", &self.absenteeism_late_minutes)?;
        object.optional("across", &self.across)?;
        object.optional("beginMin", &self.begin_min)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("checkType", &self.check_type)?;
        object.optional("endMin", &self.end_min)?;
        object.optional("flexMinutes", &self.flex_minutes)?;
        object.optional("freeCheck", &self.free_check)?;
        object.optional("lateBackSetting", &self.late_back_setting)?;
        object.optional("permitMinutes", &self.permit_minutes)?;
        object.optional("puncheId", &self.punche_id)?;
        object.optional("seriousLateMinutes", &self.serious_late_minutes)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResultSectionsRests`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetShiftResponseBodyResultSectionsRests {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResultSectionsRests {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            "restId" => rt::read_field(map, &mut self.rest_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResultSectionsRests {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("across", &self.across)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("checkType", &self.check_type)?;
        object.optional("restId", &self.rest_id)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClass`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetSimpleGroupsResponseBodyResultGroupsSelectedClass {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResultGroupsSelectedClass {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "classId" => rt::read_field(map, &mut self.class_id),
            "className" => rt::read_field(map, &mut self.class_name),
            "sections" => rt::read_field(map, &mut self.sections),
            "setting" => rt::read_field(map, &mut self.setting),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSimpleGroupsResponseBodyResultGroupsSelectedClass {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("classId", &self.class_id)?;
        object.optional("className", &self.class_name)?;
        object.optional("sections", &self.sections)?;
        object.optional("setting", &self.setting)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("across", &self.across)?;
        object.optional("checkTime", &self.check_time)?;
        object.end()
    }
}
/// `GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetClassWithDeletedResponseBodyResultClassSettingRestTimeListEnd = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// `GetShiftResponseBodyResultSectionsPunchesLateBackSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsPunchesLateBackSetting {
    /// `lateBackPairs`.
    pub late_back_pairs: Option<
        Vec<GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetShiftResponseBodyResultSectionsPunchesLateBackSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetShiftResponseBodyResultSectionsPunchesLateBackSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lateBackPairs" => rt::read_field(map, &mut self.late_back_pairs),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetShiftResponseBodyResultSectionsPunchesLateBackSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lateBackPairs", &self.late_back_pairs)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections {
    /// `times`.
    pub times: Option<
        Vec<GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "times" => rt::read_field(map, &mut self.times),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSections {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("times", &self.times)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "absenteeismLateMinutes" => {
                rt::read_field(map, &mut self.absenteeism_late_minutes)
            }
            "classSettingId" => rt::read_field(map, &mut self.class_setting_id),
            "isOffDutyFreeCheck" => rt::read_field(map, &mut self.is_off_duty_free_check),
            "permitLateMinutes" => rt::read_field(map, &mut self.permit_late_minutes),
            "restTimeList" => rt::read_field(map, &mut self.rest_time_list),
            "seriousLateMinutes" => rt::read_field(map, &mut self.serious_late_minutes),
            "workTimeMinutes" => rt::read_field(map, &mut self.work_time_minutes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("absenteeismLateMinutes", &self.absenteeism_late_minutes)?;
        object.optional("classSettingId", &self.class_setting_id)?;
        object.optional("isOffDutyFreeCheck", &self.is_off_duty_free_check)?;
        object.optional("permitLateMinutes", &self.permit_late_minutes)?;
        object.optional("restTimeList", &self.rest_time_list)?;
        object.optional("seriousLateMinutes", &self.serious_late_minutes)?;
        object.optional("workTimeMinutes", &self.work_time_minutes)?;
        object.end()
    }
}
/// `GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs {
    /// `extra`.
    pub extra: Option<i64>,
    /// `late`.
    pub late: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extra" => rt::read_field(map, &mut self.extra),
            "late" => rt::read_field(map, &mut self.late),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetShiftResponseBodyResultSectionsPunchesLateBackSettingLateBackPairs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extra", &self.extra)?;
        object.optional("late", &self.late)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes {
    /// `across`.
    pub across: Option<i64>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `checkType`.
    pub check_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "across" => rt::read_field(map, &mut self.across),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "checkType" => rt::read_field(map, &mut self.check_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetSimpleGroupsResponseBodyResultGroupsSelectedClassSectionsTimes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("across", &self.across)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("checkType", &self.check_type)?;
        object.end()
    }
}
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeList`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeList = GetClassWithDeletedResponseBodyResultClassSettingRestTimeList;
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListBegin`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListBegin = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// `GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListEnd`: the same model as [`GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin`].
pub type GetSimpleGroupsResponseBodyResultGroupsSelectedClassSettingRestTimeListEnd = GetClassWithDeletedResponseBodyResultClassSettingRestTimeListBegin;
/// The request of [`Api::add_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddLeaveTypeRequest {
    /// A `AddLeaveTypeRequest` with its required fields (`opUserId`, `bizType`, `hoursInPerDay`, `leaveName`, `leaveViewUnit`, `naturalDayLeave`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        biz_type: impl Into<String>,
        hours_in_per_day: i64,
        leave_name: impl Into<String>,
        leave_view_unit: impl Into<String>,
        natural_day_leave: bool,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            biz_type: biz_type.into(),
            extras: None,
            freedom_leave: None,
            hours_in_per_day,
            leave_certificate: None,
            leave_hour_ceil: None,
            leave_name: leave_name.into(),
            leave_time_ceil: None,
            leave_time_ceil_min_unit: None,
            leave_view_unit: leave_view_unit.into(),
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
impl rt::serde::Serialize for AddLeaveTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.optional("extras", &self.extras)?;
        object.optional("freedomLeave", &self.freedom_leave)?;
        object.field("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.optional("leaveHourCeil", &self.leave_hour_ceil)?;
        object.field("leaveName", &self.leave_name)?;
        object.optional("leaveTimeCeil", &self.leave_time_ceil)?;
        object.optional("leaveTimeCeilMinUnit", &self.leave_time_ceil_min_unit)?;
        object.field("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("maxLeaveTime", &self.max_leave_time)?;
        object.optional("minLeaveHour", &self.min_leave_hour)?;
        object.field("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("paidLeave", &self.paid_leave)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.optional("whenCanLeave", &self.when_can_leave)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddLeaveTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddLeaveTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "extras" => rt::read_field(map, &mut self.extras),
            "freedomLeave" => rt::read_field(map, &mut self.freedom_leave),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveHourCeil" => rt::read_field(map, &mut self.leave_hour_ceil),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveTimeCeil" => rt::read_field(map, &mut self.leave_time_ceil),
            "leaveTimeCeilMinUnit" => {
                rt::read_field(map, &mut self.leave_time_ceil_min_unit)
            }
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "maxLeaveTime" => rt::read_field(map, &mut self.max_leave_time),
            "minLeaveHour" => rt::read_field(map, &mut self.min_leave_hour),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "paidLeave" => rt::read_field(map, &mut self.paid_leave),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            "whenCanLeave" => rt::read_field(map, &mut self.when_can_leave),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesAddRequest {
    /// `deviceIdList`.
    pub device_id_list: Vec<i64>,
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
impl AttendanceBleDevicesAddRequest {
    /// A `AttendanceBleDevicesAddRequest` with its required fields (`deviceIdList`, `groupKey`); set the others with the methods named after them.
    pub fn new(
        device_id_list: impl IntoIterator<Item = i64>,
        group_key: impl Into<String>,
    ) -> Self {
        Self {
            device_id_list: device_id_list.into_iter().collect(),
            group_key: group_key.into(),
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AttendanceBleDevicesAddRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceIdList", &self.device_id_list)?;
        object.field("groupKey", &self.group_key)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesAddRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AttendanceBleDevicesAddRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceIdList" => rt::read_field(map, &mut self.device_id_list),
            "groupKey" => rt::read_field(map, &mut self.group_key),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AttendanceBleDevicesAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesQueryRequest {
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
impl AttendanceBleDevicesQueryRequest {
    /// A `AttendanceBleDevicesQueryRequest` with its required fields (`groupKey`); set the others with the methods named after them.
    pub fn new(group_key: impl Into<String>) -> Self {
        Self {
            group_key: group_key.into(),
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AttendanceBleDevicesQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupKey", &self.group_key)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AttendanceBleDevicesQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupKey" => rt::read_field(map, &mut self.group_key),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AttendanceBleDevicesQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::attendance_ble_devices_remove`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AttendanceBleDevicesRemoveRequest {
    /// `deviceIdList`.
    pub device_id_list: Vec<i64>,
    /// `groupKey`.
    pub group_key: String,
    /// `opUserId`.
    pub op_user_id: Option<String>,
}
impl AttendanceBleDevicesRemoveRequest {
    /// A `AttendanceBleDevicesRemoveRequest` with its required fields (`deviceIdList`, `groupKey`); set the others with the methods named after them.
    pub fn new(
        device_id_list: impl IntoIterator<Item = i64>,
        group_key: impl Into<String>,
    ) -> Self {
        Self {
            device_id_list: device_id_list.into_iter().collect(),
            group_key: group_key.into(),
            op_user_id: None,
        }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AttendanceBleDevicesRemoveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceIdList", &self.device_id_list)?;
        object.field("groupKey", &self.group_key)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AttendanceBleDevicesRemoveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AttendanceBleDevicesRemoveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceIdList" => rt::read_field(map, &mut self.device_id_list),
            "groupKey" => rt::read_field(map, &mut self.group_key),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AttendanceBleDevicesRemoveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_boss_check`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchBossCheckRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `models`.
    pub models: Option<Vec<BatchBossCheckRequestModels>>,
}
impl BatchBossCheckRequest {
    /// A `BatchBossCheckRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            models: None,
        }
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
impl rt::serde::Serialize for BatchBossCheckRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("models", &self.models)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchBossCheckRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchBossCheckRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "models" => rt::read_field(map, &mut self.models),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CalculateDurationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("calculateModel", &self.calculate_model)?;
        object.optional("durationUnit", &self.duration_unit)?;
        object.optional("fromTime", &self.from_time)?;
        object.optional("leaveCode", &self.leave_code)?;
        object.optional("timeZoneId", &self.time_zone_id)?;
        object.optional("toTime", &self.to_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CalculateDurationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CalculateDurationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "calculateModel" => rt::read_field(map, &mut self.calculate_model),
            "durationUnit" => rt::read_field(map, &mut self.duration_unit),
            "fromTime" => rt::read_field(map, &mut self.from_time),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "timeZoneId" => rt::read_field(map, &mut self.time_zone_id),
            "toTime" => rt::read_field(map, &mut self.to_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CalculateDurationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::check_closing_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckClosingAccountRequest {
    /// `bizCode`.
    pub biz_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `userTimeRange`.
    pub user_time_range: Vec<CheckClosingAccountRequestUserTimeRange>,
}
impl CheckClosingAccountRequest {
    /// A `CheckClosingAccountRequest` with its required fields (`bizCode`, `userIds`, `userTimeRange`); set the others with the methods named after them.
    pub fn new(
        biz_code: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        user_time_range: impl IntoIterator<
            Item = CheckClosingAccountRequestUserTimeRange,
        >,
    ) -> Self {
        Self {
            biz_code: biz_code.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
            user_time_range: user_time_range.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for CheckClosingAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizCode", &self.biz_code)?;
        object.field("userIds", &self.user_ids)?;
        object.field("userTimeRange", &self.user_time_range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckClosingAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckClosingAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "userTimeRange" => rt::read_field(map, &mut self.user_time_range),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckClosingAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_write_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CheckWritePermissionRequest {
    /// A `CheckWritePermissionRequest` with its required fields (`category`, `entityIds`, `opUserId`, `resourceKey`); set the others with the methods named after them.
    pub fn new(
        category: impl Into<String>,
        entity_ids: impl IntoIterator<Item = i64>,
        op_user_id: impl Into<String>,
        resource_key: impl Into<String>,
    ) -> Self {
        Self {
            category: category.into(),
            entity_ids: entity_ids.into_iter().collect(),
            op_user_id: op_user_id.into(),
            resource_key: resource_key.into(),
        }
    }
}
impl rt::serde::Serialize for CheckWritePermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("category", &self.category)?;
        object.field("entityIds", &self.entity_ids)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("resourceKey", &self.resource_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckWritePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckWritePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "entityIds" => rt::read_field(map, &mut self.entity_ids),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "resourceKey" => rt::read_field(map, &mut self.resource_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckWritePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateApproveRequest {
    /// A `CreateApproveRequest` with its required fields (`userid`); set the others with the methods named after them.
    pub fn new(userid: impl Into<String>) -> Self {
        Self {
            approve_id: None,
            op_userid: None,
            punch_param: None,
            sub_type: None,
            tag_name: None,
            userid: userid.into(),
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
impl rt::serde::Serialize for CreateApproveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveId", &self.approve_id)?;
        object.optional("opUserid", &self.op_userid)?;
        object.optional("punchParam", &self.punch_param)?;
        object.optional("subType", &self.sub_type)?;
        object.optional("tagName", &self.tag_name)?;
        object.field("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateApproveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateApproveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveId" => rt::read_field(map, &mut self.approve_id),
            "opUserid" => rt::read_field(map, &mut self.op_userid),
            "punchParam" => rt::read_field(map, &mut self.punch_param),
            "subType" => rt::read_field(map, &mut self.sub_type),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_leave_request`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteLeaveRequestRequest {
    /// `outerId`.
    pub outer_id: String,
}
impl DeleteLeaveRequestRequest {
    /// A `DeleteLeaveRequestRequest` with its required fields (`outerId`); set the others with the methods named after them.
    pub fn new(outer_id: impl Into<String>) -> Self {
        Self { outer_id: outer_id.into() }
    }
}
impl rt::serde::Serialize for DeleteLeaveRequestRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("outerId", &self.outer_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteLeaveRequestRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteLeaveRequestRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outerId" => rt::read_field(map, &mut self.outer_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteLeaveRequestRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeleteWaterMarkTemplateRequest {
    /// A `DeleteWaterMarkTemplateRequest` with its required fields (`formCode`, `openConversationId`, `systemTemplate`, `userId`); set the others with the methods named after them.
    pub fn new(
        form_code: impl Into<String>,
        open_conversation_id: impl Into<String>,
        system_template: bool,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            form_code: form_code.into(),
            form_content: None,
            open_conversation_id: open_conversation_id.into(),
            system_template,
            user_id: user_id.into(),
        }
    }
    /// Sets `formContent`.
    pub fn form_content(mut self, value: impl Into<String>) -> Self {
        self.form_content = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWaterMarkTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWaterMarkTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formCode" => rt::read_field(map, &mut self.form_code),
            "formContent" => rt::read_field(map, &mut self.form_content),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "systemTemplate" => rt::read_field(map, &mut self.system_template),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DingTalkSecurityCheckRequest {
    /// A `DingTalkSecurityCheckRequest` with its required fields (`clientVer`, `platform`, `platformVer`, `sec`, `userId`); set the others with the methods named after them.
    pub fn new(
        client_ver: impl Into<String>,
        platform: impl Into<String>,
        platform_ver: impl Into<String>,
        sec: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            client_ver: client_ver.into(),
            platform: platform.into(),
            platform_ver: platform_ver.into(),
            sec: sec.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for DingTalkSecurityCheckRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("clientVer", &self.client_ver)?;
        object.field("platform", &self.platform)?;
        object.field("platformVer", &self.platform_ver)?;
        object.field("sec", &self.sec)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DingTalkSecurityCheckRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DingTalkSecurityCheckRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientVer" => rt::read_field(map, &mut self.client_ver),
            "platform" => rt::read_field(map, &mut self.platform),
            "platformVer" => rt::read_field(map, &mut self.platform_ver),
            "sec" => rt::read_field(map, &mut self.sec),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DingTalkSecurityCheckRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_at_manage_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetATManageScopeRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetATManageScopeRequest {
    /// A `GetATManageScopeRequest` with its required fields (`maxResults`, `nextToken`, `userId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token: next_token.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetATManageScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetATManageScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAdjustmentsRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl GetAdjustmentsRequest {
    /// A `GetAdjustmentsRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAdjustmentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAdjustmentsRequest {
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
impl rt::WriteRequest for GetAdjustmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_check_in_schema_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCheckInSchemaTemplateRequest {
    /// A `GetCheckInSchemaTemplateRequest` with its required fields (`bizCode`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        biz_code: impl Into<String>,
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_code: biz_code.into(),
            open_conversation_id: open_conversation_id.into(),
            scene_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `sceneCode`.
    pub fn scene_code(mut self, value: impl Into<String>) -> Self {
        self.scene_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCheckInSchemaTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCheckInSchemaTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sceneCode" => rt::read_field(map, &mut self.scene_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCheckinRecordByUserRequest {
    /// A `GetCheckinRecordByUserRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operatorUserId`, `startTime`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        max_results: i64,
        next_token: i64,
        operator_user_id: impl Into<String>,
        start_time: i64,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            end_time,
            max_results,
            next_token,
            operator_user_id: operator_user_id.into(),
            start_time,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetCheckinRecordByUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("startTime", &self.start_time)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCheckinRecordByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCheckinRecordByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_closing_accounts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetClosingAccountsRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl GetClosingAccountsRequest {
    /// A `GetClosingAccountsRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetClosingAccountsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetClosingAccountsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetClosingAccountsRequest {
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
impl rt::WriteRequest for GetClosingAccountsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_columnvals`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetColumnvalsRequest {
    /// A `GetColumnvalsRequest` with its required fields (`columnIdList`, `fromDate`, `toDate`, `userIds`); set the others with the methods named after them.
    pub fn new(
        column_id_list: impl IntoIterator<Item = impl Into<String>>,
        from_date: i64,
        to_date: i64,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            column_id_list: column_id_list.into_iter().map(Into::into).collect(),
            from_date,
            to_date,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetColumnvalsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("columnIdList", &self.column_id_list)?;
        object.field("fromDate", &self.from_date)?;
        object.field("toDate", &self.to_date)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetColumnvalsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetColumnvalsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnIdList" => rt::read_field(map, &mut self.column_id_list),
            "fromDate" => rt::read_field(map, &mut self.from_date),
            "toDate" => rt::read_field(map, &mut self.to_date),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetColumnvalsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_leave_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetLeaveRecordsRequest {
    /// A `GetLeaveRecordsRequest` with its required fields (`leaveCode`, `opUserId`, `pageNumber`, `pageSize`, `userIds`); set the others with the methods named after them.
    pub fn new(
        leave_code: impl Into<String>,
        op_user_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            leave_code: leave_code.into(),
            op_user_id: op_user_id.into(),
            page_number,
            page_size,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetLeaveRecordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("leaveCode", &self.leave_code)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetLeaveRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetLeaveRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetLeaveRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetLeaveTypeRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `vacationSource`: a query parameter.
    pub vacation_source: Option<String>,
}
impl GetLeaveTypeRequest {
    /// A `GetLeaveTypeRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            vacation_source: None,
        }
    }
    /// Sets `vacationSource`.
    pub fn vacation_source(mut self, value: impl Into<String>) -> Self {
        self.vacation_source = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetLeaveTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetLeaveTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "vacationSource" => rt::read_field(map, &mut self.vacation_source),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("vacationSource", &self.vacation_source);
    }
}
/// The request of [`Api::get_machine_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMachineUserRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl GetMachineUserRequest {
    /// A `GetMachineUserRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: next_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMachineUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMachineUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMachineUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_overdraft_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOverdraftInfoRequest {
    /// `leaveCode`.
    pub leave_code: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl GetOverdraftInfoRequest {
    /// A `GetOverdraftInfoRequest` with its required fields (`leaveCode`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        leave_code: impl Into<String>,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            leave_code: leave_code.into(),
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetOverdraftInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("leaveCode", &self.leave_code)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOverdraftInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOverdraftInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetOvertimeSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("overtimeSettingIds", &self.overtime_setting_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOvertimeSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOvertimeSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "overtimeSettingIds" => rt::read_field(map, &mut self.overtime_setting_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOvertimeSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_shift`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetShiftRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: Option<String>,
    /// `shiftId`: a query parameter.
    pub shift_id: i64,
}
impl GetShiftRequest {
    /// A `GetShiftRequest` with its required fields (`shiftId`); set the others with the methods named after them.
    pub fn new(shift_id: i64) -> Self {
        Self { op_user_id: None, shift_id }
    }
    /// Sets `opUserId`.
    pub fn op_user_id(mut self, value: impl Into<String>) -> Self {
        self.op_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetShiftRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetShiftRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "shiftId" => rt::read_field(map, &mut self.shift_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetShiftRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("shiftId", &self.shift_id);
    }
}
/// The request of [`Api::get_simple_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSimpleGroupsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl GetSimpleGroupsRequest {
    /// A `GetSimpleGroupsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSimpleGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSimpleGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSimpleGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_simple_overtime_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSimpleOvertimeSettingRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl GetSimpleOvertimeSettingRequest {
    /// A `GetSimpleOvertimeSettingRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSimpleOvertimeSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSimpleOvertimeSettingRequest {
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
impl rt::WriteRequest for GetSimpleOvertimeSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::get_user_holidays`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserHolidaysRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `workDateFrom`.
    pub work_date_from: i64,
    /// `workDateTo`.
    pub work_date_to: i64,
}
impl GetUserHolidaysRequest {
    /// A `GetUserHolidaysRequest` with its required fields (`userIds`, `workDateFrom`, `workDateTo`); set the others with the methods named after them.
    pub fn new(
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        work_date_from: i64,
        work_date_to: i64,
    ) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
            work_date_from,
            work_date_to,
        }
    }
}
impl rt::serde::Serialize for GetUserHolidaysRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.field("workDateFrom", &self.work_date_from)?;
        object.field("workDateTo", &self.work_date_to)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserHolidaysRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserHolidaysRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "workDateFrom" => rt::read_field(map, &mut self.work_date_from),
            "workDateTo" => rt::read_field(map, &mut self.work_date_to),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserHolidaysRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::group_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GroupAddRequest {
    /// A `GroupAddRequest` with its required fields (`opUserId`, `groupName`, `type`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        group_name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
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
            group_name: group_name.into(),
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
            r#type: r#type.into(),
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
impl rt::serde::Serialize for GroupAddRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adjustmentSettingId", &self.adjustment_setting_id)?;
        object.optional("bleDeviceList", &self.ble_device_list)?;
        object.optional("checkNeedHealthyCode", &self.check_need_healthy_code)?;
        object.optional("defaultClassId", &self.default_class_id)?;
        object.optional("disableCheckWhenRest", &self.disable_check_when_rest)?;
        object
            .optional(
                "disableCheckWithoutSchedule",
                &self.disable_check_without_schedule,
            )?;
        object.optional("enableCameraCheck", &self.enable_camera_check)?;
        object.optional("enableEmpSelectClass", &self.enable_emp_select_class)?;
        object.optional("enableFaceCheck", &self.enable_face_check)?;
        object.optional("enableFaceStrictMode", &self.enable_face_strict_mode)?;
        object.optional("enableNextDay", &self.enable_next_day)?;
        object
            .optional(
                "enableOutSideUpdateNormalCheck",
                &self.enable_out_side_update_normal_check,
            )?;
        object.optional("enableOutsideApply", &self.enable_outside_apply)?;
        object.optional("enableOutsideCameraCheck", &self.enable_outside_camera_check)?;
        object.optional("enableOutsideCheck", &self.enable_outside_check)?;
        object.optional("enableOutsideRemark", &self.enable_outside_remark)?;
        object.optional("enablePositionBle", &self.enable_position_ble)?;
        object.optional("enableTrimDistance", &self.enable_trim_distance)?;
        object.optional("forbidHideOutSideAddress", &self.forbid_hide_out_side_address)?;
        object
            .optional(
                "freeCheckDemandWorkMinutes",
                &self.free_check_demand_work_minutes,
            )?;
        object.optional("freeCheckSetting", &self.free_check_setting)?;
        object.optional("freeCheckTypeId", &self.free_check_type_id)?;
        object
            .optional(
                "freecheckDayStartMinOffset",
                &self.freecheck_day_start_min_offset,
            )?;
        object.optional("freecheckWorkDays", &self.freecheck_work_days)?;
        object.optional("groupId", &self.group_id)?;
        object.field("groupName", &self.group_name)?;
        object.optional("managerList", &self.manager_list)?;
        object.optional("members", &self.members)?;
        object.optional("modifyMember", &self.modify_member)?;
        object.optional("offset", &self.offset)?;
        object.optional("onlyMachineCheck", &self.only_machine_check)?;
        object.optional("openCameraCheck", &self.open_camera_check)?;
        object.optional("openFaceCheck", &self.open_face_check)?;
        object
            .optional("outsideCheckApproveModeId", &self.outside_check_approve_mode_id)?;
        object.optional("overtimeSettingId", &self.overtime_setting_id)?;
        object.optional("owner", &self.owner)?;
        object.optional("positions", &self.positions)?;
        object.optional("resourcePermissionMap", &self.resource_permission_map)?;
        object.optional("shiftVOList", &self.shift_vo_list)?;
        object.optional("skipHolidays", &self.skip_holidays)?;
        object.optional("specialDays", &self.special_days)?;
        object.optional("trimDistance", &self.trim_distance)?;
        object.field("type", &self.r#type)?;
        object.optional("wifis", &self.wifis)?;
        object.optional("workdayClassList", &self.workday_class_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupAddRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupAddRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "adjustmentSettingId" => rt::read_field(map, &mut self.adjustment_setting_id),
            "bleDeviceList" => rt::read_field(map, &mut self.ble_device_list),
            "checkNeedHealthyCode" => {
                rt::read_field(map, &mut self.check_need_healthy_code)
            }
            "defaultClassId" => rt::read_field(map, &mut self.default_class_id),
            "disableCheckWhenRest" => {
                rt::read_field(map, &mut self.disable_check_when_rest)
            }
            "disableCheckWithoutSchedule" => {
                rt::read_field(map, &mut self.disable_check_without_schedule)
            }
            "enableCameraCheck" => rt::read_field(map, &mut self.enable_camera_check),
            "enableEmpSelectClass" => {
                rt::read_field(map, &mut self.enable_emp_select_class)
            }
            "enableFaceCheck" => rt::read_field(map, &mut self.enable_face_check),
            "enableFaceStrictMode" => {
                rt::read_field(map, &mut self.enable_face_strict_mode)
            }
            "enableNextDay" => rt::read_field(map, &mut self.enable_next_day),
            "enableOutSideUpdateNormalCheck" => {
                rt::read_field(map, &mut self.enable_out_side_update_normal_check)
            }
            "enableOutsideApply" => rt::read_field(map, &mut self.enable_outside_apply),
            "enableOutsideCameraCheck" => {
                rt::read_field(map, &mut self.enable_outside_camera_check)
            }
            "enableOutsideCheck" => rt::read_field(map, &mut self.enable_outside_check),
            "enableOutsideRemark" => rt::read_field(map, &mut self.enable_outside_remark),
            "enablePositionBle" => rt::read_field(map, &mut self.enable_position_ble),
            "enableTrimDistance" => rt::read_field(map, &mut self.enable_trim_distance),
            "forbidHideOutSideAddress" => {
                rt::read_field(map, &mut self.forbid_hide_out_side_address)
            }
            "freeCheckDemandWorkMinutes" => {
                rt::read_field(map, &mut self.free_check_demand_work_minutes)
            }
            "freeCheckSetting" => rt::read_field(map, &mut self.free_check_setting),
            "freeCheckTypeId" => rt::read_field(map, &mut self.free_check_type_id),
            "freecheckDayStartMinOffset" => {
                rt::read_field(map, &mut self.freecheck_day_start_min_offset)
            }
            "freecheckWorkDays" => rt::read_field(map, &mut self.freecheck_work_days),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "managerList" => rt::read_field(map, &mut self.manager_list),
            "members" => rt::read_field(map, &mut self.members),
            "modifyMember" => rt::read_field(map, &mut self.modify_member),
            "offset" => rt::read_field(map, &mut self.offset),
            "onlyMachineCheck" => rt::read_field(map, &mut self.only_machine_check),
            "openCameraCheck" => rt::read_field(map, &mut self.open_camera_check),
            "openFaceCheck" => rt::read_field(map, &mut self.open_face_check),
            "outsideCheckApproveModeId" => {
                rt::read_field(map, &mut self.outside_check_approve_mode_id)
            }
            "overtimeSettingId" => rt::read_field(map, &mut self.overtime_setting_id),
            "owner" => rt::read_field(map, &mut self.owner),
            "positions" => rt::read_field(map, &mut self.positions),
            "resourcePermissionMap" => {
                rt::read_field(map, &mut self.resource_permission_map)
            }
            "shiftVOList" => rt::read_field(map, &mut self.shift_vo_list),
            "skipHolidays" => rt::read_field(map, &mut self.skip_holidays),
            "specialDays" => rt::read_field(map, &mut self.special_days),
            "trimDistance" => rt::read_field(map, &mut self.trim_distance),
            "type" => rt::read_field(map, &mut self.r#type),
            "wifis" => rt::read_field(map, &mut self.wifis),
            "workdayClassList" => rt::read_field(map, &mut self.workday_class_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::group_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GroupUpdateRequest {
    /// A `GroupUpdateRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>) -> Self {
        Self {
            op_user_id: op_user_id.into(),
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
impl rt::serde::Serialize for GroupUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adjustmentSettingId", &self.adjustment_setting_id)?;
        object.optional("defaultClassId", &self.default_class_id)?;
        object.optional("disableCheckWhenRest", &self.disable_check_when_rest)?;
        object
            .optional(
                "disableCheckWithoutSchedule",
                &self.disable_check_without_schedule,
            )?;
        object.optional("enableCameraCheck", &self.enable_camera_check)?;
        object.optional("enableEmpSelectClass", &self.enable_emp_select_class)?;
        object.optional("enableFaceCheck", &self.enable_face_check)?;
        object.optional("enableFaceStrictMode", &self.enable_face_strict_mode)?;
        object
            .optional(
                "enableOutSideUpdateNormalCheck",
                &self.enable_out_side_update_normal_check,
            )?;
        object.optional("enableOutsideApply", &self.enable_outside_apply)?;
        object.optional("enableOutsideCameraCheck", &self.enable_outside_camera_check)?;
        object.optional("enableOutsideCheck", &self.enable_outside_check)?;
        object.optional("enableOutsideRemark", &self.enable_outside_remark)?;
        object.optional("enableTrimDistance", &self.enable_trim_distance)?;
        object.optional("forbidHideOutSideAddress", &self.forbid_hide_out_side_address)?;
        object.optional("freeCheckSetting", &self.free_check_setting)?;
        object.optional("freeCheckTypeId", &self.free_check_type_id)?;
        object
            .optional(
                "freecheckDayStartMinOffset",
                &self.freecheck_day_start_min_offset,
            )?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("managerList", &self.manager_list)?;
        object.optional("offset", &self.offset)?;
        object.optional("onlyMachineCheck", &self.only_machine_check)?;
        object.optional("openCameraCheck", &self.open_camera_check)?;
        object.optional("openFaceCheck", &self.open_face_check)?;
        object
            .optional("outsideCheckApproveModeId", &self.outside_check_approve_mode_id)?;
        object.optional("overtimeSettingId", &self.overtime_setting_id)?;
        object.optional("owner", &self.owner)?;
        object.optional("positions", &self.positions)?;
        object.optional("resourcePermissionMap", &self.resource_permission_map)?;
        object.optional("shiftVOList", &self.shift_vo_list)?;
        object.optional("skipHolidays", &self.skip_holidays)?;
        object.optional("trimDistance", &self.trim_distance)?;
        object.optional("workdayClassList", &self.workday_class_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GroupUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GroupUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "adjustmentSettingId" => rt::read_field(map, &mut self.adjustment_setting_id),
            "defaultClassId" => rt::read_field(map, &mut self.default_class_id),
            "disableCheckWhenRest" => {
                rt::read_field(map, &mut self.disable_check_when_rest)
            }
            "disableCheckWithoutSchedule" => {
                rt::read_field(map, &mut self.disable_check_without_schedule)
            }
            "enableCameraCheck" => rt::read_field(map, &mut self.enable_camera_check),
            "enableEmpSelectClass" => {
                rt::read_field(map, &mut self.enable_emp_select_class)
            }
            "enableFaceCheck" => rt::read_field(map, &mut self.enable_face_check),
            "enableFaceStrictMode" => {
                rt::read_field(map, &mut self.enable_face_strict_mode)
            }
            "enableOutSideUpdateNormalCheck" => {
                rt::read_field(map, &mut self.enable_out_side_update_normal_check)
            }
            "enableOutsideApply" => rt::read_field(map, &mut self.enable_outside_apply),
            "enableOutsideCameraCheck" => {
                rt::read_field(map, &mut self.enable_outside_camera_check)
            }
            "enableOutsideCheck" => rt::read_field(map, &mut self.enable_outside_check),
            "enableOutsideRemark" => rt::read_field(map, &mut self.enable_outside_remark),
            "enableTrimDistance" => rt::read_field(map, &mut self.enable_trim_distance),
            "forbidHideOutSideAddress" => {
                rt::read_field(map, &mut self.forbid_hide_out_side_address)
            }
            "freeCheckSetting" => rt::read_field(map, &mut self.free_check_setting),
            "freeCheckTypeId" => rt::read_field(map, &mut self.free_check_type_id),
            "freecheckDayStartMinOffset" => {
                rt::read_field(map, &mut self.freecheck_day_start_min_offset)
            }
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "managerList" => rt::read_field(map, &mut self.manager_list),
            "offset" => rt::read_field(map, &mut self.offset),
            "onlyMachineCheck" => rt::read_field(map, &mut self.only_machine_check),
            "openCameraCheck" => rt::read_field(map, &mut self.open_camera_check),
            "openFaceCheck" => rt::read_field(map, &mut self.open_face_check),
            "outsideCheckApproveModeId" => {
                rt::read_field(map, &mut self.outside_check_approve_mode_id)
            }
            "overtimeSettingId" => rt::read_field(map, &mut self.overtime_setting_id),
            "owner" => rt::read_field(map, &mut self.owner),
            "positions" => rt::read_field(map, &mut self.positions),
            "resourcePermissionMap" => {
                rt::read_field(map, &mut self.resource_permission_map)
            }
            "shiftVOList" => rt::read_field(map, &mut self.shift_vo_list),
            "skipHolidays" => rt::read_field(map, &mut self.skip_holidays),
            "trimDistance" => rt::read_field(map, &mut self.trim_distance),
            "workdayClassList" => rt::read_field(map, &mut self.workday_class_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GroupUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::init_and_get_leave_a_llocation_quotas`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InitAndGetLeaveALlocationQuotasRequest {
    /// `leaveCode`: a query parameter.
    pub leave_code: Option<String>,
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl InitAndGetLeaveALlocationQuotasRequest {
    /// A `InitAndGetLeaveALlocationQuotasRequest` with its required fields (`opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            leave_code: None,
            op_user_id: op_user_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `leaveCode`.
    pub fn leave_code(mut self, value: impl Into<String>) -> Self {
        self.leave_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InitAndGetLeaveALlocationQuotasRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InitAndGetLeaveALlocationQuotasRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ListApproveByUsersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTypes", &self.biz_types)?;
        object.optional("fromDateTime", &self.from_date_time)?;
        object.optional("toDateTime", &self.to_date_time)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListApproveByUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListApproveByUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTypes" => rt::read_field(map, &mut self.biz_types),
            "fromDateTime" => rt::read_field(map, &mut self.from_date_time),
            "toDateTime" => rt::read_field(map, &mut self.to_date_time),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListApproveByUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::modify_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ModifyWaterMarkTemplateRequest {
    /// A `ModifyWaterMarkTemplateRequest` with its required fields (`openConversationId`, `userId`, `formCode`, `schemaContent`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
        form_code: impl Into<String>,
        schema_content: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
            form_code: form_code.into(),
            icon: None,
            layout_design_id: None,
            schema_content: schema_content.into(),
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
impl rt::serde::Serialize for ModifyWaterMarkTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("formCode", &self.form_code)?;
        object.optional("icon", &self.icon)?;
        object.optional("layoutDesignId", &self.layout_design_id)?;
        object.field("schemaContent", &self.schema_content)?;
        object.optional("title", &self.title)?;
        object.optional("waterMarkId", &self.water_mark_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ModifyWaterMarkTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ModifyWaterMarkTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "formCode" => rt::read_field(map, &mut self.form_code),
            "icon" => rt::read_field(map, &mut self.icon),
            "layoutDesignId" => rt::read_field(map, &mut self.layout_design_id),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "title" => rt::read_field(map, &mut self.title),
            "waterMarkId" => rt::read_field(map, &mut self.water_mark_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ProcessApproveCreateRequest {
    /// A `ProcessApproveCreateRequest` with its required fields (`approveId`, `opUserId`, `punchParam`, `subType`, `tagName`, `userId`); set the others with the methods named after them.
    pub fn new(
        approve_id: impl Into<String>,
        op_user_id: impl Into<String>,
        punch_param: ProcessApproveCreateRequestPunchParam,
        sub_type: impl Into<String>,
        tag_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            approve_id: approve_id.into(),
            op_user_id: op_user_id.into(),
            punch_param,
            sub_type: sub_type.into(),
            tag_name: tag_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ProcessApproveCreateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("approveId", &self.approve_id)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("punchParam", &self.punch_param)?;
        object.field("subType", &self.sub_type)?;
        object.field("tagName", &self.tag_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessApproveCreateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessApproveCreateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveId" => rt::read_field(map, &mut self.approve_id),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "punchParam" => rt::read_field(map, &mut self.punch_param),
            "subType" => rt::read_field(map, &mut self.sub_type),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ProcessApproveFinishRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveId", &self.approve_id)?;
        object.optional("jumpUrl", &self.jump_url)?;
        object.optional("overTimeToMore", &self.over_time_to_more)?;
        object.optional("overtimeDuration", &self.overtime_duration)?;
        object.optional("subType", &self.sub_type)?;
        object.optional("tagName", &self.tag_name)?;
        object
            .optional(
                "topCalculateApproveDurationParam",
                &self.top_calculate_approve_duration_param,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessApproveFinishRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessApproveFinishRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "approveId" => rt::read_field(map, &mut self.approve_id),
            "jumpUrl" => rt::read_field(map, &mut self.jump_url),
            "overTimeToMore" => rt::read_field(map, &mut self.over_time_to_more),
            "overtimeDuration" => rt::read_field(map, &mut self.overtime_duration),
            "subType" => rt::read_field(map, &mut self.sub_type),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "topCalculateApproveDurationParam" => {
                rt::read_field(map, &mut self.top_calculate_approve_duration_param)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ProcessApproveFinishRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::process_hh_oem_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ProcessHhOemUpdateRequest {
    /// `bindOemApp`.
    pub bind_oem_app: bool,
    /// `corpIdList`.
    pub corp_id_list: Vec<String>,
    /// `useOemApp`.
    pub use_oem_app: bool,
}
impl ProcessHhOemUpdateRequest {
    /// A `ProcessHhOemUpdateRequest` with its required fields (`bindOemApp`, `corpIdList`, `useOemApp`); set the others with the methods named after them.
    pub fn new(
        bind_oem_app: bool,
        corp_id_list: impl IntoIterator<Item = impl Into<String>>,
        use_oem_app: bool,
    ) -> Self {
        Self {
            bind_oem_app,
            corp_id_list: corp_id_list.into_iter().map(Into::into).collect(),
            use_oem_app,
        }
    }
}
impl rt::serde::Serialize for ProcessHhOemUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bindOemApp", &self.bind_oem_app)?;
        object.field("corpIdList", &self.corp_id_list)?;
        object.field("useOemApp", &self.use_oem_app)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProcessHhOemUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProcessHhOemUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindOemApp" => rt::read_field(map, &mut self.bind_oem_app),
            "corpIdList" => rt::read_field(map, &mut self.corp_id_list),
            "useOemApp" => rt::read_field(map, &mut self.use_oem_app),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ProcessHhOemUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::reduce_quota_with_leave_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ReduceQuotaWithLeaveRecordRequest {
    /// A `ReduceQuotaWithLeaveRecordRequest` with its required fields (`endTime`, `leaveCode`, `outerId`, `quotaNum`, `startTime`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        leave_code: impl Into<String>,
        outer_id: impl Into<String>,
        quota_num: i64,
        start_time: i64,
    ) -> Self {
        Self {
            end_time,
            leave_code: leave_code.into(),
            outer_id: outer_id.into(),
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
impl rt::serde::Serialize for ReduceQuotaWithLeaveRecordRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("leaveCode", &self.leave_code)?;
        object.field("outerId", &self.outer_id)?;
        object.field("quotaNum", &self.quota_num)?;
        object.optional("reason", &self.reason)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReduceQuotaWithLeaveRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReduceQuotaWithLeaveRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "outerId" => rt::read_field(map, &mut self.outer_id),
            "quotaNum" => rt::read_field(map, &mut self.quota_num),
            "reason" => rt::read_field(map, &mut self.reason),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReduceQuotaWithLeaveRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::retain_leave_types`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RetainLeaveTypesRequest {
    /// `leaveCodes`.
    pub leave_codes: Option<Vec<String>>,
    /// `opUserId`.
    pub op_user_id: Option<String>,
    /// `source`.
    pub source: i64,
}
impl RetainLeaveTypesRequest {
    /// A `RetainLeaveTypesRequest` with its required fields (`source`); set the others with the methods named after them.
    pub fn new(source: i64) -> Self {
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
impl rt::serde::Serialize for RetainLeaveTypesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("leaveCodes", &self.leave_codes)?;
        object.optional("opUserId", &self.op_user_id)?;
        object.field("source", &self.source)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetainLeaveTypesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetainLeaveTypesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveCodes" => rt::read_field(map, &mut self.leave_codes),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReverseTrialAdvancedLeaveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReverseTrialAdvancedLeaveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "servCode" => rt::read_field(map, &mut self.serv_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReverseTrialAdvancedLeaveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.query("servCode", &self.serv_code);
    }
}
/// The request of [`Api::salary_third_data_integration`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SalaryThirdDataIntegrationRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `items`.
    pub items: Option<Vec<SalaryThirdDataIntegrationRequestItems>>,
}
impl SalaryThirdDataIntegrationRequest {
    /// A `SalaryThirdDataIntegrationRequest` with its required fields (`bizType`); set the others with the methods named after them.
    pub fn new(biz_type: impl Into<String>) -> Self {
        Self {
            biz_type: biz_type.into(),
            items: None,
        }
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
impl rt::serde::Serialize for SalaryThirdDataIntegrationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.optional("items", &self.items)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SalaryThirdDataIntegrationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SalaryThirdDataIntegrationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SalaryThirdDataIntegrationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_custom_water_mark_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SaveCustomWaterMarkTemplateRequest {
    /// A `SaveCustomWaterMarkTemplateRequest` with its required fields (`openConversationId`, `userId`, `bizCode`, `icon`, `layoutDesignId`, `sceneCode`, `schemaContent`, `title`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
        biz_code: impl Into<String>,
        icon: impl Into<String>,
        layout_design_id: impl Into<String>,
        scene_code: impl Into<String>,
        schema_content: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
            biz_code: biz_code.into(),
            icon: icon.into(),
            layout_design_id: layout_design_id.into(),
            scene_code: scene_code.into(),
            schema_content: schema_content.into(),
            title: title.into(),
        }
    }
}
impl rt::serde::Serialize for SaveCustomWaterMarkTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizCode", &self.biz_code)?;
        object.field("icon", &self.icon)?;
        object.field("layoutDesignId", &self.layout_design_id)?;
        object.field("sceneCode", &self.scene_code)?;
        object.field("schemaContent", &self.schema_content)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveCustomWaterMarkTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveCustomWaterMarkTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "icon" => rt::read_field(map, &mut self.icon),
            "layoutDesignId" => rt::read_field(map, &mut self.layout_design_id),
            "sceneCode" => rt::read_field(map, &mut self.scene_code),
            "schemaContent" => rt::read_field(map, &mut self.schema_content),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ShiftAddRequest {
    /// A `ShiftAddRequest` with its required fields (`opUserId`, `name`, `sections`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        name: impl Into<String>,
        sections: impl IntoIterator<Item = ShiftAddRequestSections>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            name: name.into(),
            owner: None,
            sections: sections.into_iter().collect(),
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
impl rt::serde::Serialize for ShiftAddRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.field("sections", &self.sections)?;
        object.optional("serviceId", &self.service_id)?;
        object.optional("setting", &self.setting)?;
        object.optional("shiftId", &self.shift_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShiftAddRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShiftAddRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "sections" => rt::read_field(map, &mut self.sections),
            "serviceId" => rt::read_field(map, &mut self.service_id),
            "setting" => rt::read_field(map, &mut self.setting),
            "shiftId" => rt::read_field(map, &mut self.shift_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ShiftAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sync_schedule_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SyncScheduleInfoRequest {
    /// `opUserId`.
    pub op_user_id: String,
    /// `scheduleInfos`.
    pub schedule_infos: Vec<SyncScheduleInfoRequestScheduleInfos>,
}
impl SyncScheduleInfoRequest {
    /// A `SyncScheduleInfoRequest` with its required fields (`opUserId`, `scheduleInfos`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        schedule_infos: impl IntoIterator<Item = SyncScheduleInfoRequestScheduleInfos>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            schedule_infos: schedule_infos.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for SyncScheduleInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("scheduleInfos", &self.schedule_infos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncScheduleInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncScheduleInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "scheduleInfos" => rt::read_field(map, &mut self.schedule_infos),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SyncScheduleInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_leave_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateLeaveTypeRequest {
    /// A `UpdateLeaveTypeRequest` with its required fields (`opUserId`, `bizType`, `leaveCode`, `leaveViewUnit`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        biz_type: impl Into<String>,
        leave_code: impl Into<String>,
        leave_view_unit: impl Into<String>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            biz_type: biz_type.into(),
            extras: None,
            freedom_leave: None,
            hours_in_per_day: None,
            leave_certificate: None,
            leave_code: leave_code.into(),
            leave_name: None,
            leave_view_unit: leave_view_unit.into(),
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
impl rt::serde::Serialize for UpdateLeaveTypeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.optional("extras", &self.extras)?;
        object.optional("freedomLeave", &self.freedom_leave)?;
        object.optional("hoursInPerDay", &self.hours_in_per_day)?;
        object.optional("leaveCertificate", &self.leave_certificate)?;
        object.field("leaveCode", &self.leave_code)?;
        object.optional("leaveName", &self.leave_name)?;
        object.field("leaveViewUnit", &self.leave_view_unit)?;
        object.optional("naturalDayLeave", &self.natural_day_leave)?;
        object.optional("submitTimeRule", &self.submit_time_rule)?;
        object.optional("visibilityRules", &self.visibility_rules)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateLeaveTypeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateLeaveTypeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "extras" => rt::read_field(map, &mut self.extras),
            "freedomLeave" => rt::read_field(map, &mut self.freedom_leave),
            "hoursInPerDay" => rt::read_field(map, &mut self.hours_in_per_day),
            "leaveCertificate" => rt::read_field(map, &mut self.leave_certificate),
            "leaveCode" => rt::read_field(map, &mut self.leave_code),
            "leaveName" => rt::read_field(map, &mut self.leave_name),
            "leaveViewUnit" => rt::read_field(map, &mut self.leave_view_unit),
            "naturalDayLeave" => rt::read_field(map, &mut self.natural_day_leave),
            "submitTimeRule" => rt::read_field(map, &mut self.submit_time_rule),
            "visibilityRules" => rt::read_field(map, &mut self.visibility_rules),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateLeaveTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_vacation_quota`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateVacationQuotaRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
    /// `body`.
    pub body: Vec<UpdateVacationQuotaRequestBody>,
}
impl UpdateVacationQuotaRequest {
    /// A `UpdateVacationQuotaRequest` with its required fields (`opUserId`, `body`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        body: impl IntoIterator<Item = UpdateVacationQuotaRequestBody>,
    ) -> Self {
        Self {
            op_user_id: op_user_id.into(),
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateVacationQuotaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateVacationQuotaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
