// @generated from api-spec/*.yaml by `cargo xtask gen`. Do not edit by hand.
//! The API modules, one per spec file under `api-spec/`, each behind the cargo feature
//! named after it (`full` enables all); the crate root re-exports each by name
//! (`exports.rs`).
#[cfg(feature = "activity_1_0")]
pub mod activity_1_0;
#[cfg(feature = "agoal_1_0")]
pub mod agoal_1_0;
#[cfg(feature = "ai_global_e_c_1_0")]
pub mod ai_global_e_c_1_0;
#[cfg(feature = "ai_interaction_1_0")]
pub mod ai_interaction_1_0;
#[cfg(feature = "ai_paa_s_1_0")]
pub mod ai_paa_s_1_0;
#[cfg(feature = "ai_search_ask_1_0")]
pub mod ai_search_ask_1_0;
#[cfg(feature = "aiot_1_0")]
pub mod aiot_1_0;
#[cfg(feature = "algo_1_0")]
pub mod algo_1_0;
#[cfg(feature = "alitrip_1_0")]
pub mod alitrip_1_0;
#[cfg(feature = "amdp_1_0")]
pub mod amdp_1_0;
#[cfg(feature = "apaas_1_0")]
pub mod apaas_1_0;
#[cfg(feature = "app_market_1_0")]
pub mod app_market_1_0;
#[cfg(feature = "assistant_1_0")]
pub mod assistant_1_0;
#[cfg(feature = "assistant_2_0")]
pub mod assistant_2_0;
#[cfg(feature = "ats_1_0")]
pub mod ats_1_0;
#[cfg(feature = "attendance_1_0")]
pub mod attendance_1_0;
#[cfg(feature = "badge_1_0")]
pub mod badge_1_0;
#[cfg(feature = "bay_max_1_0")]
pub mod bay_max_1_0;
#[cfg(feature = "bizfinance_1_0")]
pub mod bizfinance_1_0;
#[cfg(feature = "bizfinance_2_0")]
pub mod bizfinance_2_0;
#[cfg(feature = "blackboard_1_0")]
pub mod blackboard_1_0;
#[cfg(feature = "calendar_1_0")]
pub mod calendar_1_0;
#[cfg(feature = "carbon_1_0")]
pub mod carbon_1_0;
#[cfg(feature = "card_1_0")]
pub mod card_1_0;
#[cfg(feature = "check_in_1_0")]
pub mod check_in_1_0;
#[cfg(feature = "chengfeng_1_0")]
pub mod chengfeng_1_0;
#[cfg(feature = "conference_1_0")]
pub mod conference_1_0;
#[cfg(feature = "connector_1_0")]
pub mod connector_1_0;
#[cfg(feature = "contact_1_0")]
pub mod contact_1_0;
#[cfg(feature = "content_1_0")]
pub mod content_1_0;
#[cfg(feature = "contract_1_0")]
pub mod contract_1_0;
#[cfg(feature = "conv_file_1_0")]
pub mod conv_file_1_0;
#[cfg(feature = "cool_app_1_0")]
pub mod cool_app_1_0;
#[cfg(feature = "cool_ops_1_0")]
pub mod cool_ops_1_0;
#[cfg(feature = "credit_1_0")]
pub mod credit_1_0;
#[cfg(feature = "crm_1_0")]
pub mod crm_1_0;
#[cfg(feature = "crm_2_0")]
pub mod crm_2_0;
#[cfg(feature = "custom_robot")]
pub mod custom_robot;
#[cfg(feature = "customer_1_0")]
pub mod customer_1_0;
#[cfg(feature = "customer_service_1_0")]
pub mod customer_service_1_0;
#[cfg(feature = "datacenter_1_0")]
pub mod datacenter_1_0;
#[cfg(feature = "devicemng_1_0")]
pub mod devicemng_1_0;
#[cfg(feature = "ding_one_1_0")]
pub mod ding_one_1_0;
#[cfg(feature = "ding_phone_1_0")]
pub mod ding_phone_1_0;
#[cfg(feature = "dingmi_1_0")]
pub mod dingmi_1_0;
#[cfg(feature = "diot_1_0")]
pub mod diot_1_0;
#[cfg(feature = "doc_1_0")]
pub mod doc_1_0;
#[cfg(feature = "doc_2_0")]
pub mod doc_2_0;
#[cfg(feature = "dpaas_1_0")]
pub mod dpaas_1_0;
#[cfg(feature = "drive_1_0")]
pub mod drive_1_0;
#[cfg(feature = "dvi_1_0")]
pub mod dvi_1_0;
#[cfg(feature = "edu_1_0")]
pub mod edu_1_0;
#[cfg(feature = "esign_1_0")]
pub mod esign_1_0;
#[cfg(feature = "esign_2_0")]
pub mod esign_2_0;
#[cfg(feature = "event_1_0")]
pub mod event_1_0;
#[cfg(feature = "exclusive_1_0")]
pub mod exclusive_1_0;
#[cfg(feature = "finance_1_0")]
pub mod finance_1_0;
#[cfg(feature = "flashmeeting_1_0")]
pub mod flashmeeting_1_0;
#[cfg(feature = "flashmsg_1_0")]
pub mod flashmsg_1_0;
#[cfg(feature = "gateway_1_0")]
pub mod gateway_1_0;
#[cfg(feature = "group_blackboard_1_0")]
pub mod group_blackboard_1_0;
#[cfg(feature = "h3yun_1_0")]
pub mod h3yun_1_0;
#[cfg(feature = "h5package_1_0")]
pub mod h5package_1_0;
#[cfg(feature = "hrbrain_1_0")]
pub mod hrbrain_1_0;
#[cfg(feature = "hrm_1_0")]
pub mod hrm_1_0;
#[cfg(feature = "im_1_0")]
pub mod im_1_0;
#[cfg(feature = "im_2_0")]
pub mod im_2_0;
#[cfg(feature = "impaas_1_0")]
pub mod impaas_1_0;
#[cfg(feature = "industry_1_0")]
pub mod industry_1_0;
#[cfg(feature = "jobs_1_0")]
pub mod jobs_1_0;
#[cfg(feature = "jzcrm_1_0")]
pub mod jzcrm_1_0;
#[cfg(feature = "link_1_0")]
pub mod link_1_0;
#[cfg(feature = "live_1_0")]
pub mod live_1_0;
#[cfg(feature = "live_activities_1_0")]
pub mod live_activities_1_0;
#[cfg(feature = "mail_1_0")]
pub mod mail_1_0;
#[cfg(feature = "manufacturing_1_0")]
pub mod manufacturing_1_0;
#[cfg(feature = "mcp_1_0")]
pub mod mcp_1_0;
#[cfg(feature = "meter_1_0")]
pub mod meter_1_0;
#[cfg(feature = "micro_app_1_0")]
pub mod micro_app_1_0;
#[cfg(feature = "miniapp_1_0")]
pub mod miniapp_1_0;
#[cfg(feature = "minutes_1_0")]
pub mod minutes_1_0;
#[cfg(feature = "notable_1_0")]
pub mod notable_1_0;
#[cfg(feature = "notable_2_0")]
pub mod notable_2_0;
#[cfg(feature = "oapi_contact")]
pub mod oapi_contact;
#[cfg(feature = "oapi_media")]
pub mod oapi_media;
#[cfg(feature = "oapi_message")]
pub mod oapi_message;
#[cfg(feature = "oauth2_1_0")]
pub mod oauth2_1_0;
#[cfg(feature = "occupationauth_1_0")]
pub mod occupationauth_1_0;
#[cfg(feature = "okr_1_0")]
pub mod okr_1_0;
#[cfg(feature = "org_culture_1_0")]
pub mod org_culture_1_0;
#[cfg(feature = "package_1_0")]
pub mod package_1_0;
#[cfg(feature = "pedia_1_0")]
pub mod pedia_1_0;
#[cfg(feature = "project_1_0")]
pub mod project_1_0;
#[cfg(feature = "project_integration_1_0")]
pub mod project_integration_1_0;
#[cfg(feature = "push")]
pub mod push;
#[cfg(feature = "rcs_call_1_0")]
pub mod rcs_call_1_0;
#[cfg(feature = "report_1_0")]
pub mod report_1_0;
#[cfg(feature = "resident_1_0")]
pub mod resident_1_0;
#[cfg(feature = "robot_1_0")]
pub mod robot_1_0;
#[cfg(feature = "rooms_1_0")]
pub mod rooms_1_0;
#[cfg(feature = "salary_1_0")]
pub mod salary_1_0;
#[cfg(feature = "search_1_0")]
pub mod search_1_0;
#[cfg(feature = "service_group_1_0")]
pub mod service_group_1_0;
#[cfg(feature = "shangou_1_0")]
pub mod shangou_1_0;
#[cfg(feature = "smart_device_1_0")]
pub mod smart_device_1_0;
#[cfg(feature = "sns_storage_1_0")]
pub mod sns_storage_1_0;
#[cfg(feature = "storage_1_0")]
pub mod storage_1_0;
#[cfg(feature = "storage_2_0")]
pub mod storage_2_0;
#[cfg(feature = "swform_1_0")]
pub mod swform_1_0;
#[cfg(feature = "talent_tag_1_0")]
pub mod talent_tag_1_0;
#[cfg(feature = "team_sphere_1_0")]
pub mod team_sphere_1_0;
#[cfg(feature = "todo_1_0")]
pub mod todo_1_0;
#[cfg(feature = "todo_e_e_1_0")]
pub mod todo_e_e_1_0;
#[cfg(feature = "trade_1_0")]
pub mod trade_1_0;
#[cfg(feature = "trajectory_1_0")]
pub mod trajectory_1_0;
#[cfg(feature = "transcribe_1_0")]
pub mod transcribe_1_0;
#[cfg(feature = "tre_1_0")]
pub mod tre_1_0;
#[cfg(feature = "trip_1_0")]
pub mod trip_1_0;
#[cfg(feature = "village_1_0")]
pub mod village_1_0;
#[cfg(feature = "vip_member_1_0")]
pub mod vip_member_1_0;
#[cfg(feature = "watt_1_0")]
pub mod watt_1_0;
#[cfg(feature = "wiki_1_0")]
pub mod wiki_1_0;
#[cfg(feature = "wiki_2_0")]
pub mod wiki_2_0;
#[cfg(feature = "wms_1_0")]
pub mod wms_1_0;
#[cfg(feature = "workbench_1_0")]
pub mod workbench_1_0;
#[cfg(feature = "workflow_1_0")]
pub mod workflow_1_0;
#[cfg(feature = "workrecord_1_0")]
pub mod workrecord_1_0;
#[cfg(feature = "yida_1_0")]
pub mod yida_1_0;
#[cfg(feature = "yida_2_0")]
pub mod yida_2_0;
#[cfg(feature = "yun_shu_1_0")]
pub mod yun_shu_1_0;
impl crate::Client {
    /// The operations of [`activity_1_0`](crate::activity_1_0).
    #[cfg(feature = "activity_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "activity_1_0")))]
    pub fn activity_1_0(&self) -> activity_1_0::Api {
        activity_1_0::Api::new(self)
    }
    #[cfg(not(feature = "activity_1_0"))]
    #[doc(hidden)]
    pub fn activity_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::activity_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`agoal_1_0`](crate::agoal_1_0).
    #[cfg(feature = "agoal_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "agoal_1_0")))]
    pub fn agoal_1_0(&self) -> agoal_1_0::Api {
        agoal_1_0::Api::new(self)
    }
    #[cfg(not(feature = "agoal_1_0"))]
    #[doc(hidden)]
    pub fn agoal_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::agoal_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ai_global_e_c_1_0`](crate::ai_global_e_c_1_0).
    #[cfg(feature = "ai_global_e_c_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ai_global_e_c_1_0")))]
    pub fn ai_global_e_c_1_0(&self) -> ai_global_e_c_1_0::Api {
        ai_global_e_c_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ai_global_e_c_1_0"))]
    #[doc(hidden)]
    pub fn ai_global_e_c_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ai_global_e_c_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ai_interaction_1_0`](crate::ai_interaction_1_0).
    #[cfg(feature = "ai_interaction_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ai_interaction_1_0")))]
    pub fn ai_interaction_1_0(&self) -> ai_interaction_1_0::Api {
        ai_interaction_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ai_interaction_1_0"))]
    #[doc(hidden)]
    pub fn ai_interaction_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ai_interaction_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ai_paa_s_1_0`](crate::ai_paa_s_1_0).
    #[cfg(feature = "ai_paa_s_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ai_paa_s_1_0")))]
    pub fn ai_paa_s_1_0(&self) -> ai_paa_s_1_0::Api {
        ai_paa_s_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ai_paa_s_1_0"))]
    #[doc(hidden)]
    pub fn ai_paa_s_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ai_paa_s_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ai_search_ask_1_0`](crate::ai_search_ask_1_0).
    #[cfg(feature = "ai_search_ask_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ai_search_ask_1_0")))]
    pub fn ai_search_ask_1_0(&self) -> ai_search_ask_1_0::Api {
        ai_search_ask_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ai_search_ask_1_0"))]
    #[doc(hidden)]
    pub fn ai_search_ask_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ai_search_ask_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`aiot_1_0`](crate::aiot_1_0).
    #[cfg(feature = "aiot_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "aiot_1_0")))]
    pub fn aiot_1_0(&self) -> aiot_1_0::Api {
        aiot_1_0::Api::new(self)
    }
    #[cfg(not(feature = "aiot_1_0"))]
    #[doc(hidden)]
    pub fn aiot_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::aiot_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`algo_1_0`](crate::algo_1_0).
    #[cfg(feature = "algo_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "algo_1_0")))]
    pub fn algo_1_0(&self) -> algo_1_0::Api {
        algo_1_0::Api::new(self)
    }
    #[cfg(not(feature = "algo_1_0"))]
    #[doc(hidden)]
    pub fn algo_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::algo_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`alitrip_1_0`](crate::alitrip_1_0).
    #[cfg(feature = "alitrip_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alitrip_1_0")))]
    pub fn alitrip_1_0(&self) -> alitrip_1_0::Api {
        alitrip_1_0::Api::new(self)
    }
    #[cfg(not(feature = "alitrip_1_0"))]
    #[doc(hidden)]
    pub fn alitrip_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::alitrip_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`amdp_1_0`](crate::amdp_1_0).
    #[cfg(feature = "amdp_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "amdp_1_0")))]
    pub fn amdp_1_0(&self) -> amdp_1_0::Api {
        amdp_1_0::Api::new(self)
    }
    #[cfg(not(feature = "amdp_1_0"))]
    #[doc(hidden)]
    pub fn amdp_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::amdp_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`apaas_1_0`](crate::apaas_1_0).
    #[cfg(feature = "apaas_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "apaas_1_0")))]
    pub fn apaas_1_0(&self) -> apaas_1_0::Api {
        apaas_1_0::Api::new(self)
    }
    #[cfg(not(feature = "apaas_1_0"))]
    #[doc(hidden)]
    pub fn apaas_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::apaas_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`app_market_1_0`](crate::app_market_1_0).
    #[cfg(feature = "app_market_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "app_market_1_0")))]
    pub fn app_market_1_0(&self) -> app_market_1_0::Api {
        app_market_1_0::Api::new(self)
    }
    #[cfg(not(feature = "app_market_1_0"))]
    #[doc(hidden)]
    pub fn app_market_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::app_market_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`assistant_1_0`](crate::assistant_1_0).
    #[cfg(feature = "assistant_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "assistant_1_0")))]
    pub fn assistant_1_0(&self) -> assistant_1_0::Api {
        assistant_1_0::Api::new(self)
    }
    #[cfg(not(feature = "assistant_1_0"))]
    #[doc(hidden)]
    pub fn assistant_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::assistant_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`assistant_2_0`](crate::assistant_2_0).
    #[cfg(feature = "assistant_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "assistant_2_0")))]
    pub fn assistant_2_0(&self) -> assistant_2_0::Api {
        assistant_2_0::Api::new(self)
    }
    #[cfg(not(feature = "assistant_2_0"))]
    #[doc(hidden)]
    pub fn assistant_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::assistant_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ats_1_0`](crate::ats_1_0).
    #[cfg(feature = "ats_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ats_1_0")))]
    pub fn ats_1_0(&self) -> ats_1_0::Api {
        ats_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ats_1_0"))]
    #[doc(hidden)]
    pub fn ats_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ats_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`attendance_1_0`](crate::attendance_1_0).
    #[cfg(feature = "attendance_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "attendance_1_0")))]
    pub fn attendance_1_0(&self) -> attendance_1_0::Api {
        attendance_1_0::Api::new(self)
    }
    #[cfg(not(feature = "attendance_1_0"))]
    #[doc(hidden)]
    pub fn attendance_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::attendance_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`badge_1_0`](crate::badge_1_0).
    #[cfg(feature = "badge_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "badge_1_0")))]
    pub fn badge_1_0(&self) -> badge_1_0::Api {
        badge_1_0::Api::new(self)
    }
    #[cfg(not(feature = "badge_1_0"))]
    #[doc(hidden)]
    pub fn badge_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::badge_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`bay_max_1_0`](crate::bay_max_1_0).
    #[cfg(feature = "bay_max_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bay_max_1_0")))]
    pub fn bay_max_1_0(&self) -> bay_max_1_0::Api {
        bay_max_1_0::Api::new(self)
    }
    #[cfg(not(feature = "bay_max_1_0"))]
    #[doc(hidden)]
    pub fn bay_max_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::bay_max_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`bizfinance_1_0`](crate::bizfinance_1_0).
    #[cfg(feature = "bizfinance_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bizfinance_1_0")))]
    pub fn bizfinance_1_0(&self) -> bizfinance_1_0::Api {
        bizfinance_1_0::Api::new(self)
    }
    #[cfg(not(feature = "bizfinance_1_0"))]
    #[doc(hidden)]
    pub fn bizfinance_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::bizfinance_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`bizfinance_2_0`](crate::bizfinance_2_0).
    #[cfg(feature = "bizfinance_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bizfinance_2_0")))]
    pub fn bizfinance_2_0(&self) -> bizfinance_2_0::Api {
        bizfinance_2_0::Api::new(self)
    }
    #[cfg(not(feature = "bizfinance_2_0"))]
    #[doc(hidden)]
    pub fn bizfinance_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::bizfinance_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`blackboard_1_0`](crate::blackboard_1_0).
    #[cfg(feature = "blackboard_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "blackboard_1_0")))]
    pub fn blackboard_1_0(&self) -> blackboard_1_0::Api {
        blackboard_1_0::Api::new(self)
    }
    #[cfg(not(feature = "blackboard_1_0"))]
    #[doc(hidden)]
    pub fn blackboard_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::blackboard_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`calendar_1_0`](crate::calendar_1_0).
    #[cfg(feature = "calendar_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "calendar_1_0")))]
    pub fn calendar_1_0(&self) -> calendar_1_0::Api {
        calendar_1_0::Api::new(self)
    }
    #[cfg(not(feature = "calendar_1_0"))]
    #[doc(hidden)]
    pub fn calendar_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::calendar_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`carbon_1_0`](crate::carbon_1_0).
    #[cfg(feature = "carbon_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "carbon_1_0")))]
    pub fn carbon_1_0(&self) -> carbon_1_0::Api {
        carbon_1_0::Api::new(self)
    }
    #[cfg(not(feature = "carbon_1_0"))]
    #[doc(hidden)]
    pub fn carbon_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::carbon_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`card_1_0`](crate::card_1_0).
    #[cfg(feature = "card_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "card_1_0")))]
    pub fn card_1_0(&self) -> card_1_0::Api {
        card_1_0::Api::new(self)
    }
    #[cfg(not(feature = "card_1_0"))]
    #[doc(hidden)]
    pub fn card_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::card_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`check_in_1_0`](crate::check_in_1_0).
    #[cfg(feature = "check_in_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "check_in_1_0")))]
    pub fn check_in_1_0(&self) -> check_in_1_0::Api {
        check_in_1_0::Api::new(self)
    }
    #[cfg(not(feature = "check_in_1_0"))]
    #[doc(hidden)]
    pub fn check_in_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::check_in_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`chengfeng_1_0`](crate::chengfeng_1_0).
    #[cfg(feature = "chengfeng_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "chengfeng_1_0")))]
    pub fn chengfeng_1_0(&self) -> chengfeng_1_0::Api {
        chengfeng_1_0::Api::new(self)
    }
    #[cfg(not(feature = "chengfeng_1_0"))]
    #[doc(hidden)]
    pub fn chengfeng_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::chengfeng_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`conference_1_0`](crate::conference_1_0).
    #[cfg(feature = "conference_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "conference_1_0")))]
    pub fn conference_1_0(&self) -> conference_1_0::Api {
        conference_1_0::Api::new(self)
    }
    #[cfg(not(feature = "conference_1_0"))]
    #[doc(hidden)]
    pub fn conference_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::conference_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`connector_1_0`](crate::connector_1_0).
    #[cfg(feature = "connector_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "connector_1_0")))]
    pub fn connector_1_0(&self) -> connector_1_0::Api {
        connector_1_0::Api::new(self)
    }
    #[cfg(not(feature = "connector_1_0"))]
    #[doc(hidden)]
    pub fn connector_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::connector_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`contact_1_0`](crate::contact_1_0).
    #[cfg(feature = "contact_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "contact_1_0")))]
    pub fn contact_1_0(&self) -> contact_1_0::Api {
        contact_1_0::Api::new(self)
    }
    #[cfg(not(feature = "contact_1_0"))]
    #[doc(hidden)]
    pub fn contact_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::contact_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`content_1_0`](crate::content_1_0).
    #[cfg(feature = "content_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "content_1_0")))]
    pub fn content_1_0(&self) -> content_1_0::Api {
        content_1_0::Api::new(self)
    }
    #[cfg(not(feature = "content_1_0"))]
    #[doc(hidden)]
    pub fn content_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::content_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`contract_1_0`](crate::contract_1_0).
    #[cfg(feature = "contract_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "contract_1_0")))]
    pub fn contract_1_0(&self) -> contract_1_0::Api {
        contract_1_0::Api::new(self)
    }
    #[cfg(not(feature = "contract_1_0"))]
    #[doc(hidden)]
    pub fn contract_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::contract_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`conv_file_1_0`](crate::conv_file_1_0).
    #[cfg(feature = "conv_file_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "conv_file_1_0")))]
    pub fn conv_file_1_0(&self) -> conv_file_1_0::Api {
        conv_file_1_0::Api::new(self)
    }
    #[cfg(not(feature = "conv_file_1_0"))]
    #[doc(hidden)]
    pub fn conv_file_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::conv_file_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`cool_app_1_0`](crate::cool_app_1_0).
    #[cfg(feature = "cool_app_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "cool_app_1_0")))]
    pub fn cool_app_1_0(&self) -> cool_app_1_0::Api {
        cool_app_1_0::Api::new(self)
    }
    #[cfg(not(feature = "cool_app_1_0"))]
    #[doc(hidden)]
    pub fn cool_app_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::cool_app_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`cool_ops_1_0`](crate::cool_ops_1_0).
    #[cfg(feature = "cool_ops_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "cool_ops_1_0")))]
    pub fn cool_ops_1_0(&self) -> cool_ops_1_0::Api {
        cool_ops_1_0::Api::new(self)
    }
    #[cfg(not(feature = "cool_ops_1_0"))]
    #[doc(hidden)]
    pub fn cool_ops_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::cool_ops_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`credit_1_0`](crate::credit_1_0).
    #[cfg(feature = "credit_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "credit_1_0")))]
    pub fn credit_1_0(&self) -> credit_1_0::Api {
        credit_1_0::Api::new(self)
    }
    #[cfg(not(feature = "credit_1_0"))]
    #[doc(hidden)]
    pub fn credit_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::credit_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`crm_1_0`](crate::crm_1_0).
    #[cfg(feature = "crm_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "crm_1_0")))]
    pub fn crm_1_0(&self) -> crm_1_0::Api {
        crm_1_0::Api::new(self)
    }
    #[cfg(not(feature = "crm_1_0"))]
    #[doc(hidden)]
    pub fn crm_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::crm_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`crm_2_0`](crate::crm_2_0).
    #[cfg(feature = "crm_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "crm_2_0")))]
    pub fn crm_2_0(&self) -> crm_2_0::Api {
        crm_2_0::Api::new(self)
    }
    #[cfg(not(feature = "crm_2_0"))]
    #[doc(hidden)]
    pub fn crm_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::crm_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`custom_robot`](crate::custom_robot).
    #[cfg(feature = "custom_robot")]
    #[cfg_attr(docsrs, doc(cfg(feature = "custom_robot")))]
    pub fn custom_robot(&self) -> custom_robot::Api {
        custom_robot::Api::new(self)
    }
    #[cfg(not(feature = "custom_robot"))]
    #[doc(hidden)]
    pub fn custom_robot(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::custom_robot,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`customer_1_0`](crate::customer_1_0).
    #[cfg(feature = "customer_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customer_1_0")))]
    pub fn customer_1_0(&self) -> customer_1_0::Api {
        customer_1_0::Api::new(self)
    }
    #[cfg(not(feature = "customer_1_0"))]
    #[doc(hidden)]
    pub fn customer_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::customer_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`customer_service_1_0`](crate::customer_service_1_0).
    #[cfg(feature = "customer_service_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customer_service_1_0")))]
    pub fn customer_service_1_0(&self) -> customer_service_1_0::Api {
        customer_service_1_0::Api::new(self)
    }
    #[cfg(not(feature = "customer_service_1_0"))]
    #[doc(hidden)]
    pub fn customer_service_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<
            'a,
        >: crate::feature_off::customer_service_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`datacenter_1_0`](crate::datacenter_1_0).
    #[cfg(feature = "datacenter_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "datacenter_1_0")))]
    pub fn datacenter_1_0(&self) -> datacenter_1_0::Api {
        datacenter_1_0::Api::new(self)
    }
    #[cfg(not(feature = "datacenter_1_0"))]
    #[doc(hidden)]
    pub fn datacenter_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::datacenter_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`devicemng_1_0`](crate::devicemng_1_0).
    #[cfg(feature = "devicemng_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "devicemng_1_0")))]
    pub fn devicemng_1_0(&self) -> devicemng_1_0::Api {
        devicemng_1_0::Api::new(self)
    }
    #[cfg(not(feature = "devicemng_1_0"))]
    #[doc(hidden)]
    pub fn devicemng_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::devicemng_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ding_one_1_0`](crate::ding_one_1_0).
    #[cfg(feature = "ding_one_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ding_one_1_0")))]
    pub fn ding_one_1_0(&self) -> ding_one_1_0::Api {
        ding_one_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ding_one_1_0"))]
    #[doc(hidden)]
    pub fn ding_one_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ding_one_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`ding_phone_1_0`](crate::ding_phone_1_0).
    #[cfg(feature = "ding_phone_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "ding_phone_1_0")))]
    pub fn ding_phone_1_0(&self) -> ding_phone_1_0::Api {
        ding_phone_1_0::Api::new(self)
    }
    #[cfg(not(feature = "ding_phone_1_0"))]
    #[doc(hidden)]
    pub fn ding_phone_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::ding_phone_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`dingmi_1_0`](crate::dingmi_1_0).
    #[cfg(feature = "dingmi_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "dingmi_1_0")))]
    pub fn dingmi_1_0(&self) -> dingmi_1_0::Api {
        dingmi_1_0::Api::new(self)
    }
    #[cfg(not(feature = "dingmi_1_0"))]
    #[doc(hidden)]
    pub fn dingmi_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::dingmi_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`diot_1_0`](crate::diot_1_0).
    #[cfg(feature = "diot_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "diot_1_0")))]
    pub fn diot_1_0(&self) -> diot_1_0::Api {
        diot_1_0::Api::new(self)
    }
    #[cfg(not(feature = "diot_1_0"))]
    #[doc(hidden)]
    pub fn diot_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::diot_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`doc_1_0`](crate::doc_1_0).
    #[cfg(feature = "doc_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "doc_1_0")))]
    pub fn doc_1_0(&self) -> doc_1_0::Api {
        doc_1_0::Api::new(self)
    }
    #[cfg(not(feature = "doc_1_0"))]
    #[doc(hidden)]
    pub fn doc_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::doc_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`doc_2_0`](crate::doc_2_0).
    #[cfg(feature = "doc_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "doc_2_0")))]
    pub fn doc_2_0(&self) -> doc_2_0::Api {
        doc_2_0::Api::new(self)
    }
    #[cfg(not(feature = "doc_2_0"))]
    #[doc(hidden)]
    pub fn doc_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::doc_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`dpaas_1_0`](crate::dpaas_1_0).
    #[cfg(feature = "dpaas_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "dpaas_1_0")))]
    pub fn dpaas_1_0(&self) -> dpaas_1_0::Api {
        dpaas_1_0::Api::new(self)
    }
    #[cfg(not(feature = "dpaas_1_0"))]
    #[doc(hidden)]
    pub fn dpaas_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::dpaas_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`drive_1_0`](crate::drive_1_0).
    #[cfg(feature = "drive_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "drive_1_0")))]
    pub fn drive_1_0(&self) -> drive_1_0::Api {
        drive_1_0::Api::new(self)
    }
    #[cfg(not(feature = "drive_1_0"))]
    #[doc(hidden)]
    pub fn drive_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::drive_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`dvi_1_0`](crate::dvi_1_0).
    #[cfg(feature = "dvi_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "dvi_1_0")))]
    pub fn dvi_1_0(&self) -> dvi_1_0::Api {
        dvi_1_0::Api::new(self)
    }
    #[cfg(not(feature = "dvi_1_0"))]
    #[doc(hidden)]
    pub fn dvi_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::dvi_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`edu_1_0`](crate::edu_1_0).
    #[cfg(feature = "edu_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "edu_1_0")))]
    pub fn edu_1_0(&self) -> edu_1_0::Api {
        edu_1_0::Api::new(self)
    }
    #[cfg(not(feature = "edu_1_0"))]
    #[doc(hidden)]
    pub fn edu_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::edu_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`esign_1_0`](crate::esign_1_0).
    #[cfg(feature = "esign_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "esign_1_0")))]
    pub fn esign_1_0(&self) -> esign_1_0::Api {
        esign_1_0::Api::new(self)
    }
    #[cfg(not(feature = "esign_1_0"))]
    #[doc(hidden)]
    pub fn esign_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::esign_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`esign_2_0`](crate::esign_2_0).
    #[cfg(feature = "esign_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "esign_2_0")))]
    pub fn esign_2_0(&self) -> esign_2_0::Api {
        esign_2_0::Api::new(self)
    }
    #[cfg(not(feature = "esign_2_0"))]
    #[doc(hidden)]
    pub fn esign_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::esign_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`event_1_0`](crate::event_1_0).
    #[cfg(feature = "event_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "event_1_0")))]
    pub fn event_1_0(&self) -> event_1_0::Api {
        event_1_0::Api::new(self)
    }
    #[cfg(not(feature = "event_1_0"))]
    #[doc(hidden)]
    pub fn event_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::event_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`exclusive_1_0`](crate::exclusive_1_0).
    #[cfg(feature = "exclusive_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "exclusive_1_0")))]
    pub fn exclusive_1_0(&self) -> exclusive_1_0::Api {
        exclusive_1_0::Api::new(self)
    }
    #[cfg(not(feature = "exclusive_1_0"))]
    #[doc(hidden)]
    pub fn exclusive_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::exclusive_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`finance_1_0`](crate::finance_1_0).
    #[cfg(feature = "finance_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "finance_1_0")))]
    pub fn finance_1_0(&self) -> finance_1_0::Api {
        finance_1_0::Api::new(self)
    }
    #[cfg(not(feature = "finance_1_0"))]
    #[doc(hidden)]
    pub fn finance_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::finance_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`flashmeeting_1_0`](crate::flashmeeting_1_0).
    #[cfg(feature = "flashmeeting_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "flashmeeting_1_0")))]
    pub fn flashmeeting_1_0(&self) -> flashmeeting_1_0::Api {
        flashmeeting_1_0::Api::new(self)
    }
    #[cfg(not(feature = "flashmeeting_1_0"))]
    #[doc(hidden)]
    pub fn flashmeeting_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::flashmeeting_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`flashmsg_1_0`](crate::flashmsg_1_0).
    #[cfg(feature = "flashmsg_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "flashmsg_1_0")))]
    pub fn flashmsg_1_0(&self) -> flashmsg_1_0::Api {
        flashmsg_1_0::Api::new(self)
    }
    #[cfg(not(feature = "flashmsg_1_0"))]
    #[doc(hidden)]
    pub fn flashmsg_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::flashmsg_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`gateway_1_0`](crate::gateway_1_0).
    #[cfg(feature = "gateway_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "gateway_1_0")))]
    pub fn gateway_1_0(&self) -> gateway_1_0::Api {
        gateway_1_0::Api::new(self)
    }
    #[cfg(not(feature = "gateway_1_0"))]
    #[doc(hidden)]
    pub fn gateway_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::gateway_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`group_blackboard_1_0`](crate::group_blackboard_1_0).
    #[cfg(feature = "group_blackboard_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "group_blackboard_1_0")))]
    pub fn group_blackboard_1_0(&self) -> group_blackboard_1_0::Api {
        group_blackboard_1_0::Api::new(self)
    }
    #[cfg(not(feature = "group_blackboard_1_0"))]
    #[doc(hidden)]
    pub fn group_blackboard_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<
            'a,
        >: crate::feature_off::group_blackboard_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`h3yun_1_0`](crate::h3yun_1_0).
    #[cfg(feature = "h3yun_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "h3yun_1_0")))]
    pub fn h3yun_1_0(&self) -> h3yun_1_0::Api {
        h3yun_1_0::Api::new(self)
    }
    #[cfg(not(feature = "h3yun_1_0"))]
    #[doc(hidden)]
    pub fn h3yun_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::h3yun_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`h5package_1_0`](crate::h5package_1_0).
    #[cfg(feature = "h5package_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "h5package_1_0")))]
    pub fn h5package_1_0(&self) -> h5package_1_0::Api {
        h5package_1_0::Api::new(self)
    }
    #[cfg(not(feature = "h5package_1_0"))]
    #[doc(hidden)]
    pub fn h5package_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::h5package_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`hrbrain_1_0`](crate::hrbrain_1_0).
    #[cfg(feature = "hrbrain_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "hrbrain_1_0")))]
    pub fn hrbrain_1_0(&self) -> hrbrain_1_0::Api {
        hrbrain_1_0::Api::new(self)
    }
    #[cfg(not(feature = "hrbrain_1_0"))]
    #[doc(hidden)]
    pub fn hrbrain_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::hrbrain_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`hrm_1_0`](crate::hrm_1_0).
    #[cfg(feature = "hrm_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "hrm_1_0")))]
    pub fn hrm_1_0(&self) -> hrm_1_0::Api {
        hrm_1_0::Api::new(self)
    }
    #[cfg(not(feature = "hrm_1_0"))]
    #[doc(hidden)]
    pub fn hrm_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::hrm_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`im_1_0`](crate::im_1_0).
    #[cfg(feature = "im_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "im_1_0")))]
    pub fn im_1_0(&self) -> im_1_0::Api {
        im_1_0::Api::new(self)
    }
    #[cfg(not(feature = "im_1_0"))]
    #[doc(hidden)]
    pub fn im_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::im_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`im_2_0`](crate::im_2_0).
    #[cfg(feature = "im_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "im_2_0")))]
    pub fn im_2_0(&self) -> im_2_0::Api {
        im_2_0::Api::new(self)
    }
    #[cfg(not(feature = "im_2_0"))]
    #[doc(hidden)]
    pub fn im_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::im_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`impaas_1_0`](crate::impaas_1_0).
    #[cfg(feature = "impaas_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "impaas_1_0")))]
    pub fn impaas_1_0(&self) -> impaas_1_0::Api {
        impaas_1_0::Api::new(self)
    }
    #[cfg(not(feature = "impaas_1_0"))]
    #[doc(hidden)]
    pub fn impaas_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::impaas_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`industry_1_0`](crate::industry_1_0).
    #[cfg(feature = "industry_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "industry_1_0")))]
    pub fn industry_1_0(&self) -> industry_1_0::Api {
        industry_1_0::Api::new(self)
    }
    #[cfg(not(feature = "industry_1_0"))]
    #[doc(hidden)]
    pub fn industry_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::industry_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`jobs_1_0`](crate::jobs_1_0).
    #[cfg(feature = "jobs_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "jobs_1_0")))]
    pub fn jobs_1_0(&self) -> jobs_1_0::Api {
        jobs_1_0::Api::new(self)
    }
    #[cfg(not(feature = "jobs_1_0"))]
    #[doc(hidden)]
    pub fn jobs_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::jobs_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`jzcrm_1_0`](crate::jzcrm_1_0).
    #[cfg(feature = "jzcrm_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "jzcrm_1_0")))]
    pub fn jzcrm_1_0(&self) -> jzcrm_1_0::Api {
        jzcrm_1_0::Api::new(self)
    }
    #[cfg(not(feature = "jzcrm_1_0"))]
    #[doc(hidden)]
    pub fn jzcrm_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::jzcrm_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`link_1_0`](crate::link_1_0).
    #[cfg(feature = "link_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "link_1_0")))]
    pub fn link_1_0(&self) -> link_1_0::Api {
        link_1_0::Api::new(self)
    }
    #[cfg(not(feature = "link_1_0"))]
    #[doc(hidden)]
    pub fn link_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::link_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`live_1_0`](crate::live_1_0).
    #[cfg(feature = "live_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "live_1_0")))]
    pub fn live_1_0(&self) -> live_1_0::Api {
        live_1_0::Api::new(self)
    }
    #[cfg(not(feature = "live_1_0"))]
    #[doc(hidden)]
    pub fn live_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::live_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`live_activities_1_0`](crate::live_activities_1_0).
    #[cfg(feature = "live_activities_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "live_activities_1_0")))]
    pub fn live_activities_1_0(&self) -> live_activities_1_0::Api {
        live_activities_1_0::Api::new(self)
    }
    #[cfg(not(feature = "live_activities_1_0"))]
    #[doc(hidden)]
    pub fn live_activities_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<
            'a,
        >: crate::feature_off::live_activities_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`mail_1_0`](crate::mail_1_0).
    #[cfg(feature = "mail_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "mail_1_0")))]
    pub fn mail_1_0(&self) -> mail_1_0::Api {
        mail_1_0::Api::new(self)
    }
    #[cfg(not(feature = "mail_1_0"))]
    #[doc(hidden)]
    pub fn mail_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::mail_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`manufacturing_1_0`](crate::manufacturing_1_0).
    #[cfg(feature = "manufacturing_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "manufacturing_1_0")))]
    pub fn manufacturing_1_0(&self) -> manufacturing_1_0::Api {
        manufacturing_1_0::Api::new(self)
    }
    #[cfg(not(feature = "manufacturing_1_0"))]
    #[doc(hidden)]
    pub fn manufacturing_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::manufacturing_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`mcp_1_0`](crate::mcp_1_0).
    #[cfg(feature = "mcp_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "mcp_1_0")))]
    pub fn mcp_1_0(&self) -> mcp_1_0::Api {
        mcp_1_0::Api::new(self)
    }
    #[cfg(not(feature = "mcp_1_0"))]
    #[doc(hidden)]
    pub fn mcp_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::mcp_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`meter_1_0`](crate::meter_1_0).
    #[cfg(feature = "meter_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "meter_1_0")))]
    pub fn meter_1_0(&self) -> meter_1_0::Api {
        meter_1_0::Api::new(self)
    }
    #[cfg(not(feature = "meter_1_0"))]
    #[doc(hidden)]
    pub fn meter_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::meter_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`micro_app_1_0`](crate::micro_app_1_0).
    #[cfg(feature = "micro_app_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "micro_app_1_0")))]
    pub fn micro_app_1_0(&self) -> micro_app_1_0::Api {
        micro_app_1_0::Api::new(self)
    }
    #[cfg(not(feature = "micro_app_1_0"))]
    #[doc(hidden)]
    pub fn micro_app_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::micro_app_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`miniapp_1_0`](crate::miniapp_1_0).
    #[cfg(feature = "miniapp_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "miniapp_1_0")))]
    pub fn miniapp_1_0(&self) -> miniapp_1_0::Api {
        miniapp_1_0::Api::new(self)
    }
    #[cfg(not(feature = "miniapp_1_0"))]
    #[doc(hidden)]
    pub fn miniapp_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::miniapp_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`minutes_1_0`](crate::minutes_1_0).
    #[cfg(feature = "minutes_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "minutes_1_0")))]
    pub fn minutes_1_0(&self) -> minutes_1_0::Api {
        minutes_1_0::Api::new(self)
    }
    #[cfg(not(feature = "minutes_1_0"))]
    #[doc(hidden)]
    pub fn minutes_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::minutes_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`notable_1_0`](crate::notable_1_0).
    #[cfg(feature = "notable_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "notable_1_0")))]
    pub fn notable_1_0(&self) -> notable_1_0::Api {
        notable_1_0::Api::new(self)
    }
    #[cfg(not(feature = "notable_1_0"))]
    #[doc(hidden)]
    pub fn notable_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::notable_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`notable_2_0`](crate::notable_2_0).
    #[cfg(feature = "notable_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "notable_2_0")))]
    pub fn notable_2_0(&self) -> notable_2_0::Api {
        notable_2_0::Api::new(self)
    }
    #[cfg(not(feature = "notable_2_0"))]
    #[doc(hidden)]
    pub fn notable_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::notable_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`oapi_contact`](crate::oapi_contact).
    #[cfg(feature = "oapi_contact")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oapi_contact")))]
    pub fn oapi_contact(&self) -> oapi_contact::Api {
        oapi_contact::Api::new(self)
    }
    #[cfg(not(feature = "oapi_contact"))]
    #[doc(hidden)]
    pub fn oapi_contact(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::oapi_contact,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`oapi_media`](crate::oapi_media).
    #[cfg(feature = "oapi_media")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oapi_media")))]
    pub fn oapi_media(&self) -> oapi_media::Api {
        oapi_media::Api::new(self)
    }
    #[cfg(not(feature = "oapi_media"))]
    #[doc(hidden)]
    pub fn oapi_media(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::oapi_media,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`oapi_message`](crate::oapi_message).
    #[cfg(feature = "oapi_message")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oapi_message")))]
    pub fn oapi_message(&self) -> oapi_message::Api {
        oapi_message::Api::new(self)
    }
    #[cfg(not(feature = "oapi_message"))]
    #[doc(hidden)]
    pub fn oapi_message(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::oapi_message,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`oauth2_1_0`](crate::oauth2_1_0).
    #[cfg(feature = "oauth2_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2_1_0")))]
    pub fn oauth2_1_0(&self) -> oauth2_1_0::Api {
        oauth2_1_0::Api::new(self)
    }
    #[cfg(not(feature = "oauth2_1_0"))]
    #[doc(hidden)]
    pub fn oauth2_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::oauth2_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`occupationauth_1_0`](crate::occupationauth_1_0).
    #[cfg(feature = "occupationauth_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "occupationauth_1_0")))]
    pub fn occupationauth_1_0(&self) -> occupationauth_1_0::Api {
        occupationauth_1_0::Api::new(self)
    }
    #[cfg(not(feature = "occupationauth_1_0"))]
    #[doc(hidden)]
    pub fn occupationauth_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::occupationauth_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`okr_1_0`](crate::okr_1_0).
    #[cfg(feature = "okr_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "okr_1_0")))]
    pub fn okr_1_0(&self) -> okr_1_0::Api {
        okr_1_0::Api::new(self)
    }
    #[cfg(not(feature = "okr_1_0"))]
    #[doc(hidden)]
    pub fn okr_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::okr_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`org_culture_1_0`](crate::org_culture_1_0).
    #[cfg(feature = "org_culture_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "org_culture_1_0")))]
    pub fn org_culture_1_0(&self) -> org_culture_1_0::Api {
        org_culture_1_0::Api::new(self)
    }
    #[cfg(not(feature = "org_culture_1_0"))]
    #[doc(hidden)]
    pub fn org_culture_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::org_culture_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`package_1_0`](crate::package_1_0).
    #[cfg(feature = "package_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "package_1_0")))]
    pub fn package_1_0(&self) -> package_1_0::Api {
        package_1_0::Api::new(self)
    }
    #[cfg(not(feature = "package_1_0"))]
    #[doc(hidden)]
    pub fn package_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::package_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`pedia_1_0`](crate::pedia_1_0).
    #[cfg(feature = "pedia_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "pedia_1_0")))]
    pub fn pedia_1_0(&self) -> pedia_1_0::Api {
        pedia_1_0::Api::new(self)
    }
    #[cfg(not(feature = "pedia_1_0"))]
    #[doc(hidden)]
    pub fn pedia_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::pedia_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`project_1_0`](crate::project_1_0).
    #[cfg(feature = "project_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "project_1_0")))]
    pub fn project_1_0(&self) -> project_1_0::Api {
        project_1_0::Api::new(self)
    }
    #[cfg(not(feature = "project_1_0"))]
    #[doc(hidden)]
    pub fn project_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::project_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`project_integration_1_0`](crate::project_integration_1_0).
    #[cfg(feature = "project_integration_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "project_integration_1_0")))]
    pub fn project_integration_1_0(&self) -> project_integration_1_0::Api {
        project_integration_1_0::Api::new(self)
    }
    #[cfg(not(feature = "project_integration_1_0"))]
    #[doc(hidden)]
    pub fn project_integration_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<
            'a,
        >: crate::feature_off::project_integration_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`rcs_call_1_0`](crate::rcs_call_1_0).
    #[cfg(feature = "rcs_call_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rcs_call_1_0")))]
    pub fn rcs_call_1_0(&self) -> rcs_call_1_0::Api {
        rcs_call_1_0::Api::new(self)
    }
    #[cfg(not(feature = "rcs_call_1_0"))]
    #[doc(hidden)]
    pub fn rcs_call_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::rcs_call_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`report_1_0`](crate::report_1_0).
    #[cfg(feature = "report_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "report_1_0")))]
    pub fn report_1_0(&self) -> report_1_0::Api {
        report_1_0::Api::new(self)
    }
    #[cfg(not(feature = "report_1_0"))]
    #[doc(hidden)]
    pub fn report_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::report_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`resident_1_0`](crate::resident_1_0).
    #[cfg(feature = "resident_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "resident_1_0")))]
    pub fn resident_1_0(&self) -> resident_1_0::Api {
        resident_1_0::Api::new(self)
    }
    #[cfg(not(feature = "resident_1_0"))]
    #[doc(hidden)]
    pub fn resident_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::resident_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`robot_1_0`](crate::robot_1_0).
    #[cfg(feature = "robot_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "robot_1_0")))]
    pub fn robot_1_0(&self) -> robot_1_0::Api {
        robot_1_0::Api::new(self)
    }
    #[cfg(not(feature = "robot_1_0"))]
    #[doc(hidden)]
    pub fn robot_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::robot_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`rooms_1_0`](crate::rooms_1_0).
    #[cfg(feature = "rooms_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rooms_1_0")))]
    pub fn rooms_1_0(&self) -> rooms_1_0::Api {
        rooms_1_0::Api::new(self)
    }
    #[cfg(not(feature = "rooms_1_0"))]
    #[doc(hidden)]
    pub fn rooms_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::rooms_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`salary_1_0`](crate::salary_1_0).
    #[cfg(feature = "salary_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "salary_1_0")))]
    pub fn salary_1_0(&self) -> salary_1_0::Api {
        salary_1_0::Api::new(self)
    }
    #[cfg(not(feature = "salary_1_0"))]
    #[doc(hidden)]
    pub fn salary_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::salary_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`search_1_0`](crate::search_1_0).
    #[cfg(feature = "search_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "search_1_0")))]
    pub fn search_1_0(&self) -> search_1_0::Api {
        search_1_0::Api::new(self)
    }
    #[cfg(not(feature = "search_1_0"))]
    #[doc(hidden)]
    pub fn search_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::search_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`service_group_1_0`](crate::service_group_1_0).
    #[cfg(feature = "service_group_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "service_group_1_0")))]
    pub fn service_group_1_0(&self) -> service_group_1_0::Api {
        service_group_1_0::Api::new(self)
    }
    #[cfg(not(feature = "service_group_1_0"))]
    #[doc(hidden)]
    pub fn service_group_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::service_group_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`shangou_1_0`](crate::shangou_1_0).
    #[cfg(feature = "shangou_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "shangou_1_0")))]
    pub fn shangou_1_0(&self) -> shangou_1_0::Api {
        shangou_1_0::Api::new(self)
    }
    #[cfg(not(feature = "shangou_1_0"))]
    #[doc(hidden)]
    pub fn shangou_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::shangou_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`smart_device_1_0`](crate::smart_device_1_0).
    #[cfg(feature = "smart_device_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "smart_device_1_0")))]
    pub fn smart_device_1_0(&self) -> smart_device_1_0::Api {
        smart_device_1_0::Api::new(self)
    }
    #[cfg(not(feature = "smart_device_1_0"))]
    #[doc(hidden)]
    pub fn smart_device_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::smart_device_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`sns_storage_1_0`](crate::sns_storage_1_0).
    #[cfg(feature = "sns_storage_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sns_storage_1_0")))]
    pub fn sns_storage_1_0(&self) -> sns_storage_1_0::Api {
        sns_storage_1_0::Api::new(self)
    }
    #[cfg(not(feature = "sns_storage_1_0"))]
    #[doc(hidden)]
    pub fn sns_storage_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::sns_storage_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`storage_1_0`](crate::storage_1_0).
    #[cfg(feature = "storage_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "storage_1_0")))]
    pub fn storage_1_0(&self) -> storage_1_0::Api {
        storage_1_0::Api::new(self)
    }
    #[cfg(not(feature = "storage_1_0"))]
    #[doc(hidden)]
    pub fn storage_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::storage_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`storage_2_0`](crate::storage_2_0).
    #[cfg(feature = "storage_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "storage_2_0")))]
    pub fn storage_2_0(&self) -> storage_2_0::Api {
        storage_2_0::Api::new(self)
    }
    #[cfg(not(feature = "storage_2_0"))]
    #[doc(hidden)]
    pub fn storage_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::storage_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`swform_1_0`](crate::swform_1_0).
    #[cfg(feature = "swform_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "swform_1_0")))]
    pub fn swform_1_0(&self) -> swform_1_0::Api {
        swform_1_0::Api::new(self)
    }
    #[cfg(not(feature = "swform_1_0"))]
    #[doc(hidden)]
    pub fn swform_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::swform_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`talent_tag_1_0`](crate::talent_tag_1_0).
    #[cfg(feature = "talent_tag_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "talent_tag_1_0")))]
    pub fn talent_tag_1_0(&self) -> talent_tag_1_0::Api {
        talent_tag_1_0::Api::new(self)
    }
    #[cfg(not(feature = "talent_tag_1_0"))]
    #[doc(hidden)]
    pub fn talent_tag_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::talent_tag_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`team_sphere_1_0`](crate::team_sphere_1_0).
    #[cfg(feature = "team_sphere_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "team_sphere_1_0")))]
    pub fn team_sphere_1_0(&self) -> team_sphere_1_0::Api {
        team_sphere_1_0::Api::new(self)
    }
    #[cfg(not(feature = "team_sphere_1_0"))]
    #[doc(hidden)]
    pub fn team_sphere_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::team_sphere_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`todo_1_0`](crate::todo_1_0).
    #[cfg(feature = "todo_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "todo_1_0")))]
    pub fn todo_1_0(&self) -> todo_1_0::Api {
        todo_1_0::Api::new(self)
    }
    #[cfg(not(feature = "todo_1_0"))]
    #[doc(hidden)]
    pub fn todo_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::todo_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`todo_e_e_1_0`](crate::todo_e_e_1_0).
    #[cfg(feature = "todo_e_e_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "todo_e_e_1_0")))]
    pub fn todo_e_e_1_0(&self) -> todo_e_e_1_0::Api {
        todo_e_e_1_0::Api::new(self)
    }
    #[cfg(not(feature = "todo_e_e_1_0"))]
    #[doc(hidden)]
    pub fn todo_e_e_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::todo_e_e_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`trade_1_0`](crate::trade_1_0).
    #[cfg(feature = "trade_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "trade_1_0")))]
    pub fn trade_1_0(&self) -> trade_1_0::Api {
        trade_1_0::Api::new(self)
    }
    #[cfg(not(feature = "trade_1_0"))]
    #[doc(hidden)]
    pub fn trade_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::trade_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`trajectory_1_0`](crate::trajectory_1_0).
    #[cfg(feature = "trajectory_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "trajectory_1_0")))]
    pub fn trajectory_1_0(&self) -> trajectory_1_0::Api {
        trajectory_1_0::Api::new(self)
    }
    #[cfg(not(feature = "trajectory_1_0"))]
    #[doc(hidden)]
    pub fn trajectory_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::trajectory_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`transcribe_1_0`](crate::transcribe_1_0).
    #[cfg(feature = "transcribe_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "transcribe_1_0")))]
    pub fn transcribe_1_0(&self) -> transcribe_1_0::Api {
        transcribe_1_0::Api::new(self)
    }
    #[cfg(not(feature = "transcribe_1_0"))]
    #[doc(hidden)]
    pub fn transcribe_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::transcribe_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`tre_1_0`](crate::tre_1_0).
    #[cfg(feature = "tre_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "tre_1_0")))]
    pub fn tre_1_0(&self) -> tre_1_0::Api {
        tre_1_0::Api::new(self)
    }
    #[cfg(not(feature = "tre_1_0"))]
    #[doc(hidden)]
    pub fn tre_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::tre_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`trip_1_0`](crate::trip_1_0).
    #[cfg(feature = "trip_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "trip_1_0")))]
    pub fn trip_1_0(&self) -> trip_1_0::Api {
        trip_1_0::Api::new(self)
    }
    #[cfg(not(feature = "trip_1_0"))]
    #[doc(hidden)]
    pub fn trip_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::trip_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`village_1_0`](crate::village_1_0).
    #[cfg(feature = "village_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "village_1_0")))]
    pub fn village_1_0(&self) -> village_1_0::Api {
        village_1_0::Api::new(self)
    }
    #[cfg(not(feature = "village_1_0"))]
    #[doc(hidden)]
    pub fn village_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::village_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`vip_member_1_0`](crate::vip_member_1_0).
    #[cfg(feature = "vip_member_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vip_member_1_0")))]
    pub fn vip_member_1_0(&self) -> vip_member_1_0::Api {
        vip_member_1_0::Api::new(self)
    }
    #[cfg(not(feature = "vip_member_1_0"))]
    #[doc(hidden)]
    pub fn vip_member_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::vip_member_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`watt_1_0`](crate::watt_1_0).
    #[cfg(feature = "watt_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "watt_1_0")))]
    pub fn watt_1_0(&self) -> watt_1_0::Api {
        watt_1_0::Api::new(self)
    }
    #[cfg(not(feature = "watt_1_0"))]
    #[doc(hidden)]
    pub fn watt_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::watt_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`wiki_1_0`](crate::wiki_1_0).
    #[cfg(feature = "wiki_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "wiki_1_0")))]
    pub fn wiki_1_0(&self) -> wiki_1_0::Api {
        wiki_1_0::Api::new(self)
    }
    #[cfg(not(feature = "wiki_1_0"))]
    #[doc(hidden)]
    pub fn wiki_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::wiki_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`wiki_2_0`](crate::wiki_2_0).
    #[cfg(feature = "wiki_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "wiki_2_0")))]
    pub fn wiki_2_0(&self) -> wiki_2_0::Api {
        wiki_2_0::Api::new(self)
    }
    #[cfg(not(feature = "wiki_2_0"))]
    #[doc(hidden)]
    pub fn wiki_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::wiki_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`wms_1_0`](crate::wms_1_0).
    #[cfg(feature = "wms_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "wms_1_0")))]
    pub fn wms_1_0(&self) -> wms_1_0::Api {
        wms_1_0::Api::new(self)
    }
    #[cfg(not(feature = "wms_1_0"))]
    #[doc(hidden)]
    pub fn wms_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::wms_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`workbench_1_0`](crate::workbench_1_0).
    #[cfg(feature = "workbench_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "workbench_1_0")))]
    pub fn workbench_1_0(&self) -> workbench_1_0::Api {
        workbench_1_0::Api::new(self)
    }
    #[cfg(not(feature = "workbench_1_0"))]
    #[doc(hidden)]
    pub fn workbench_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::workbench_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`workflow_1_0`](crate::workflow_1_0).
    #[cfg(feature = "workflow_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "workflow_1_0")))]
    pub fn workflow_1_0(&self) -> workflow_1_0::Api {
        workflow_1_0::Api::new(self)
    }
    #[cfg(not(feature = "workflow_1_0"))]
    #[doc(hidden)]
    pub fn workflow_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::workflow_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`workrecord_1_0`](crate::workrecord_1_0).
    #[cfg(feature = "workrecord_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "workrecord_1_0")))]
    pub fn workrecord_1_0(&self) -> workrecord_1_0::Api {
        workrecord_1_0::Api::new(self)
    }
    #[cfg(not(feature = "workrecord_1_0"))]
    #[doc(hidden)]
    pub fn workrecord_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::workrecord_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`yida_1_0`](crate::yida_1_0).
    #[cfg(feature = "yida_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "yida_1_0")))]
    pub fn yida_1_0(&self) -> yida_1_0::Api {
        yida_1_0::Api::new(self)
    }
    #[cfg(not(feature = "yida_1_0"))]
    #[doc(hidden)]
    pub fn yida_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::yida_1_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`yida_2_0`](crate::yida_2_0).
    #[cfg(feature = "yida_2_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "yida_2_0")))]
    pub fn yida_2_0(&self) -> yida_2_0::Api {
        yida_2_0::Api::new(self)
    }
    #[cfg(not(feature = "yida_2_0"))]
    #[doc(hidden)]
    pub fn yida_2_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::yida_2_0,
    {
        crate::feature_off::Disabled
    }
    /// The operations of [`yun_shu_1_0`](crate::yun_shu_1_0).
    #[cfg(feature = "yun_shu_1_0")]
    #[cfg_attr(docsrs, doc(cfg(feature = "yun_shu_1_0")))]
    pub fn yun_shu_1_0(&self) -> yun_shu_1_0::Api {
        yun_shu_1_0::Api::new(self)
    }
    #[cfg(not(feature = "yun_shu_1_0"))]
    #[doc(hidden)]
    pub fn yun_shu_1_0(&self) -> crate::feature_off::Disabled
    where
        for<'a> crate::feature_off::Features<'a>: crate::feature_off::yun_shu_1_0,
    {
        crate::feature_off::Disabled
    }
}
#[cfg(feature = "conformance")]
use crate::rt;
/// Replays a recorded call of the official SDK: the operation `operation` of the module
/// `module` (conformance tests only).
#[cfg(feature = "conformance")]
#[doc(hidden)]
pub async fn replay(
    client: &crate::Client,
    module: &str,
    operation: &str,
    inputs: &rt::conformance::Inputs,
) -> Result<rt::serde_json::Value, String> {
    match module {
        #[cfg(feature = "activity_1_0")]
        "activity_1_0" => activity_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "agoal_1_0")]
        "agoal_1_0" => agoal_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ai_global_e_c_1_0")]
        "ai_global_e_c_1_0" => ai_global_e_c_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ai_interaction_1_0")]
        "ai_interaction_1_0" => {
            ai_interaction_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "ai_paa_s_1_0")]
        "ai_paa_s_1_0" => ai_paa_s_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ai_search_ask_1_0")]
        "ai_search_ask_1_0" => ai_search_ask_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "aiot_1_0")]
        "aiot_1_0" => aiot_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "algo_1_0")]
        "algo_1_0" => algo_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "alitrip_1_0")]
        "alitrip_1_0" => alitrip_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "amdp_1_0")]
        "amdp_1_0" => amdp_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "apaas_1_0")]
        "apaas_1_0" => apaas_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "app_market_1_0")]
        "app_market_1_0" => app_market_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "assistant_1_0")]
        "assistant_1_0" => assistant_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "assistant_2_0")]
        "assistant_2_0" => assistant_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ats_1_0")]
        "ats_1_0" => ats_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "attendance_1_0")]
        "attendance_1_0" => attendance_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "badge_1_0")]
        "badge_1_0" => badge_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "bay_max_1_0")]
        "bay_max_1_0" => bay_max_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "bizfinance_1_0")]
        "bizfinance_1_0" => bizfinance_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "bizfinance_2_0")]
        "bizfinance_2_0" => bizfinance_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "blackboard_1_0")]
        "blackboard_1_0" => blackboard_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "calendar_1_0")]
        "calendar_1_0" => calendar_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "carbon_1_0")]
        "carbon_1_0" => carbon_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "card_1_0")]
        "card_1_0" => card_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "check_in_1_0")]
        "check_in_1_0" => check_in_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "chengfeng_1_0")]
        "chengfeng_1_0" => chengfeng_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "conference_1_0")]
        "conference_1_0" => conference_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "connector_1_0")]
        "connector_1_0" => connector_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "contact_1_0")]
        "contact_1_0" => contact_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "content_1_0")]
        "content_1_0" => content_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "contract_1_0")]
        "contract_1_0" => contract_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "conv_file_1_0")]
        "conv_file_1_0" => conv_file_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "cool_app_1_0")]
        "cool_app_1_0" => cool_app_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "cool_ops_1_0")]
        "cool_ops_1_0" => cool_ops_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "credit_1_0")]
        "credit_1_0" => credit_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "crm_1_0")]
        "crm_1_0" => crm_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "crm_2_0")]
        "crm_2_0" => crm_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "custom_robot")]
        "custom_robot" => custom_robot::replay(client, operation, inputs).await,
        #[cfg(feature = "customer_1_0")]
        "customer_1_0" => customer_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "customer_service_1_0")]
        "customer_service_1_0" => {
            customer_service_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "datacenter_1_0")]
        "datacenter_1_0" => datacenter_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "devicemng_1_0")]
        "devicemng_1_0" => devicemng_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ding_one_1_0")]
        "ding_one_1_0" => ding_one_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "ding_phone_1_0")]
        "ding_phone_1_0" => ding_phone_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "dingmi_1_0")]
        "dingmi_1_0" => dingmi_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "diot_1_0")]
        "diot_1_0" => diot_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "doc_1_0")]
        "doc_1_0" => doc_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "doc_2_0")]
        "doc_2_0" => doc_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "dpaas_1_0")]
        "dpaas_1_0" => dpaas_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "drive_1_0")]
        "drive_1_0" => drive_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "dvi_1_0")]
        "dvi_1_0" => dvi_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "edu_1_0")]
        "edu_1_0" => edu_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "esign_1_0")]
        "esign_1_0" => esign_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "esign_2_0")]
        "esign_2_0" => esign_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "event_1_0")]
        "event_1_0" => event_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "exclusive_1_0")]
        "exclusive_1_0" => exclusive_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "finance_1_0")]
        "finance_1_0" => finance_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "flashmeeting_1_0")]
        "flashmeeting_1_0" => flashmeeting_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "flashmsg_1_0")]
        "flashmsg_1_0" => flashmsg_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "gateway_1_0")]
        "gateway_1_0" => gateway_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "group_blackboard_1_0")]
        "group_blackboard_1_0" => {
            group_blackboard_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "h3yun_1_0")]
        "h3yun_1_0" => h3yun_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "h5package_1_0")]
        "h5package_1_0" => h5package_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "hrbrain_1_0")]
        "hrbrain_1_0" => hrbrain_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "hrm_1_0")]
        "hrm_1_0" => hrm_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "im_1_0")]
        "im_1_0" => im_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "im_2_0")]
        "im_2_0" => im_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "impaas_1_0")]
        "impaas_1_0" => impaas_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "industry_1_0")]
        "industry_1_0" => industry_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "jobs_1_0")]
        "jobs_1_0" => jobs_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "jzcrm_1_0")]
        "jzcrm_1_0" => jzcrm_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "link_1_0")]
        "link_1_0" => link_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "live_1_0")]
        "live_1_0" => live_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "live_activities_1_0")]
        "live_activities_1_0" => {
            live_activities_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "mail_1_0")]
        "mail_1_0" => mail_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "manufacturing_1_0")]
        "manufacturing_1_0" => manufacturing_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "mcp_1_0")]
        "mcp_1_0" => mcp_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "meter_1_0")]
        "meter_1_0" => meter_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "micro_app_1_0")]
        "micro_app_1_0" => micro_app_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "miniapp_1_0")]
        "miniapp_1_0" => miniapp_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "minutes_1_0")]
        "minutes_1_0" => minutes_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "notable_1_0")]
        "notable_1_0" => notable_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "notable_2_0")]
        "notable_2_0" => notable_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "oapi_contact")]
        "oapi_contact" => oapi_contact::replay(client, operation, inputs).await,
        #[cfg(feature = "oapi_media")]
        "oapi_media" => oapi_media::replay(client, operation, inputs).await,
        #[cfg(feature = "oapi_message")]
        "oapi_message" => oapi_message::replay(client, operation, inputs).await,
        #[cfg(feature = "oauth2_1_0")]
        "oauth2_1_0" => oauth2_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "occupationauth_1_0")]
        "occupationauth_1_0" => {
            occupationauth_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "okr_1_0")]
        "okr_1_0" => okr_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "org_culture_1_0")]
        "org_culture_1_0" => org_culture_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "package_1_0")]
        "package_1_0" => package_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "pedia_1_0")]
        "pedia_1_0" => pedia_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "project_1_0")]
        "project_1_0" => project_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "project_integration_1_0")]
        "project_integration_1_0" => {
            project_integration_1_0::replay(client, operation, inputs).await
        }
        #[cfg(feature = "rcs_call_1_0")]
        "rcs_call_1_0" => rcs_call_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "report_1_0")]
        "report_1_0" => report_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "resident_1_0")]
        "resident_1_0" => resident_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "robot_1_0")]
        "robot_1_0" => robot_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "rooms_1_0")]
        "rooms_1_0" => rooms_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "salary_1_0")]
        "salary_1_0" => salary_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "search_1_0")]
        "search_1_0" => search_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "service_group_1_0")]
        "service_group_1_0" => service_group_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "shangou_1_0")]
        "shangou_1_0" => shangou_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "smart_device_1_0")]
        "smart_device_1_0" => smart_device_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "sns_storage_1_0")]
        "sns_storage_1_0" => sns_storage_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "storage_1_0")]
        "storage_1_0" => storage_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "storage_2_0")]
        "storage_2_0" => storage_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "swform_1_0")]
        "swform_1_0" => swform_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "talent_tag_1_0")]
        "talent_tag_1_0" => talent_tag_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "team_sphere_1_0")]
        "team_sphere_1_0" => team_sphere_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "todo_1_0")]
        "todo_1_0" => todo_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "todo_e_e_1_0")]
        "todo_e_e_1_0" => todo_e_e_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "trade_1_0")]
        "trade_1_0" => trade_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "trajectory_1_0")]
        "trajectory_1_0" => trajectory_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "transcribe_1_0")]
        "transcribe_1_0" => transcribe_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "tre_1_0")]
        "tre_1_0" => tre_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "trip_1_0")]
        "trip_1_0" => trip_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "village_1_0")]
        "village_1_0" => village_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "vip_member_1_0")]
        "vip_member_1_0" => vip_member_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "watt_1_0")]
        "watt_1_0" => watt_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "wiki_1_0")]
        "wiki_1_0" => wiki_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "wiki_2_0")]
        "wiki_2_0" => wiki_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "wms_1_0")]
        "wms_1_0" => wms_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "workbench_1_0")]
        "workbench_1_0" => workbench_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "workflow_1_0")]
        "workflow_1_0" => workflow_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "workrecord_1_0")]
        "workrecord_1_0" => workrecord_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "yida_1_0")]
        "yida_1_0" => yida_1_0::replay(client, operation, inputs).await,
        #[cfg(feature = "yida_2_0")]
        "yida_2_0" => yida_2_0::replay(client, operation, inputs).await,
        #[cfg(feature = "yun_shu_1_0")]
        "yun_shu_1_0" => yun_shu_1_0::replay(client, operation, inputs).await,
        _ => {
            let _ = (client, inputs);
            Err(rt::conformance::unknown(&format!("{module}.{operation}")))
        }
    }
}
