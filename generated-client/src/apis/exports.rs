// @generated from api-spec/*.yaml by `cargo xtask gen`. Do not edit by hand.
#[cfg(feature = "activity_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "activity_1_0")))]
#[doc(alias = "activity")]
#[doc(alias = "活动")]
#[doc(alias = "Activities")]
pub use apis::activity_1_0;
#[cfg(feature = "agoal_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "agoal_1_0")))]
#[doc(alias = "agoal")]
#[doc(alias = "Agoal")]
#[doc(alias = "目标管理")]
#[doc(alias = "Goals")]
pub use apis::agoal_1_0;
#[cfg(feature = "ai_global_e_c_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ai_global_e_c_1_0")))]
#[doc(alias = "aiGlobalEC")]
#[doc(alias = "AI Global E-commerce")]
pub use apis::ai_global_e_c_1_0;
#[cfg(feature = "ai_interaction_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ai_interaction_1_0")))]
#[doc(alias = "aiInteraction")]
#[doc(alias = "智能交互")]
#[doc(alias = "AI Interaction")]
pub use apis::ai_interaction_1_0;
#[cfg(feature = "ai_paa_s_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ai_paa_s_1_0")))]
#[doc(alias = "aiPaaS")]
#[doc(alias = "AI PaaS")]
#[doc(alias = "炼丹炉")]
pub use apis::ai_paa_s_1_0;
#[cfg(feature = "ai_search_ask_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ai_search_ask_1_0")))]
#[doc(alias = "aiSearchAsk")]
#[doc(alias = "AI 搜问")]
#[doc(alias = "AI Search")]
pub use apis::ai_search_ask_1_0;
#[cfg(feature = "aiot_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "aiot_1_0")))]
#[doc(alias = "aiot")]
#[doc(alias = "AIoT 平台")]
#[doc(alias = "智能硬件")]
#[doc(alias = "AIoT")]
pub use apis::aiot_1_0;
#[cfg(feature = "algo_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "algo_1_0")))]
#[doc(alias = "algo")]
#[doc(alias = "算法")]
#[doc(alias = "Algorithms")]
pub use apis::algo_1_0;
#[cfg(feature = "alitrip_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "alitrip_1_0")))]
#[doc(alias = "alitrip")]
#[doc(alias = "阿里商旅")]
#[doc(alias = "Alitrip")]
pub use apis::alitrip_1_0;
#[cfg(feature = "amdp_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "amdp_1_0")))]
#[doc(alias = "amdp")]
#[doc(alias = "HCM 主数据")]
#[doc(alias = "人员主数据")]
#[doc(alias = "AMDP")]
pub use apis::amdp_1_0;
#[cfg(feature = "apaas_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "apaas_1_0")))]
#[doc(alias = "apaas")]
#[doc(alias = "钉钉 aPaaS 模板")]
#[doc(alias = "aPaaS")]
pub use apis::apaas_1_0;
#[cfg(feature = "app_market_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "app_market_1_0")))]
#[doc(alias = "appMarket")]
#[doc(alias = "应用市场")]
#[doc(alias = "App Market")]
pub use apis::app_market_1_0;
#[cfg(feature = "assistant_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "assistant_1_0")))]
#[doc(alias = "assistant")]
#[doc(alias = "AI 助理")]
#[doc(alias = "AI Assistant")]
pub use apis::assistant_1_0;
#[cfg(feature = "assistant_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "assistant_2_0")))]
#[doc(alias = "assistant")]
#[doc(alias = "AI 助理 2.0")]
#[doc(alias = "AI Assistant 2.0")]
pub use apis::assistant_2_0;
#[cfg(feature = "ats_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ats_1_0")))]
#[doc(alias = "ats")]
#[doc(alias = "智能招聘")]
#[doc(alias = "ATS")]
pub use apis::ats_1_0;
#[cfg(feature = "attendance_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "attendance_1_0")))]
#[doc(alias = "attendance")]
#[doc(alias = "考勤")]
#[doc(alias = "Attendance")]
pub use apis::attendance_1_0;
#[cfg(feature = "badge_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "badge_1_0")))]
#[doc(alias = "badge")]
#[doc(alias = "钉工牌")]
#[doc(alias = "Badge")]
pub use apis::badge_1_0;
#[cfg(feature = "bay_max_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "bay_max_1_0")))]
#[doc(alias = "bayMax")]
#[doc(alias = "Baymax 技能")]
#[doc(alias = "Baymax")]
pub use apis::bay_max_1_0;
#[cfg(feature = "bizfinance_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "bizfinance_1_0")))]
#[doc(alias = "bizfinance")]
#[doc(alias = "智能财务")]
#[doc(alias = "Business Finance")]
pub use apis::bizfinance_1_0;
#[cfg(feature = "bizfinance_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "bizfinance_2_0")))]
#[doc(alias = "bizfinance")]
#[doc(alias = "智能财务 2.0")]
#[doc(alias = "Business Finance 2.0")]
pub use apis::bizfinance_2_0;
#[cfg(feature = "blackboard_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "blackboard_1_0")))]
#[doc(alias = "blackboard")]
#[doc(alias = "公告")]
#[doc(alias = "Blackboard")]
pub use apis::blackboard_1_0;
#[cfg(feature = "calendar_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "calendar_1_0")))]
#[doc(alias = "calendar")]
#[doc(alias = "日程")]
#[doc(alias = "Calendar")]
pub use apis::calendar_1_0;
#[cfg(feature = "carbon_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "carbon_1_0")))]
#[doc(alias = "carbon")]
#[doc(alias = "钉钉碳中和")]
#[doc(alias = "碳能量")]
#[doc(alias = "Carbon")]
pub use apis::carbon_1_0;
#[cfg(feature = "card_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "card_1_0")))]
#[doc(alias = "card")]
#[doc(alias = "互动卡片")]
#[doc(alias = "Interactive Cards")]
pub use apis::card_1_0;
#[cfg(feature = "check_in_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "check_in_1_0")))]
#[doc(alias = "checkIn")]
#[doc(alias = "签到")]
#[doc(alias = "Check-in")]
pub use apis::check_in_1_0;
#[cfg(feature = "chengfeng_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "chengfeng_1_0")))]
#[doc(alias = "chengfeng")]
#[doc(alias = "Chengfeng")]
pub use apis::chengfeng_1_0;
#[cfg(feature = "conference_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "conference_1_0")))]
#[doc(alias = "conference")]
#[doc(alias = "视频会议")]
#[doc(alias = "Video Conference")]
pub use apis::conference_1_0;
#[cfg(feature = "connector_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "connector_1_0")))]
#[doc(alias = "connector")]
#[doc(alias = "连接器")]
#[doc(alias = "Connector")]
pub use apis::connector_1_0;
#[cfg(feature = "contact_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "contact_1_0")))]
#[doc(alias = "contact")]
#[doc(alias = "通讯录")]
#[doc(alias = "Contacts")]
pub use apis::contact_1_0;
#[cfg(feature = "content_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "content_1_0")))]
#[doc(alias = "content")]
#[doc(alias = "内容")]
#[doc(alias = "Content")]
pub use apis::content_1_0;
#[cfg(feature = "contract_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "contract_1_0")))]
#[doc(alias = "contract")]
#[doc(alias = "智能合同")]
#[doc(alias = "Contract")]
pub use apis::contract_1_0;
#[cfg(feature = "conv_file_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "conv_file_1_0")))]
#[doc(alias = "convFile")]
#[doc(alias = "群文件")]
#[doc(alias = "会话文件")]
#[doc(alias = "Conversation Files")]
pub use apis::conv_file_1_0;
#[cfg(feature = "cool_app_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "cool_app_1_0")))]
#[doc(alias = "coolApp")]
#[doc(alias = "酷应用")]
#[doc(alias = "Cool App")]
pub use apis::cool_app_1_0;
#[cfg(feature = "cool_ops_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "cool_ops_1_0")))]
#[doc(alias = "coolOps")]
pub use apis::cool_ops_1_0;
#[cfg(feature = "credit_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "credit_1_0")))]
#[doc(alias = "credit")]
#[doc(alias = "金融评分")]
#[doc(alias = "Credit")]
pub use apis::credit_1_0;
#[cfg(feature = "crm_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "crm_1_0")))]
#[doc(alias = "crm")]
#[doc(alias = "客户管理")]
#[doc(alias = "CRM")]
pub use apis::crm_1_0;
#[cfg(feature = "crm_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "crm_2_0")))]
#[doc(alias = "crm")]
#[doc(alias = "客户管理 2.0")]
#[doc(alias = "CRM 2.0")]
pub use apis::crm_2_0;
#[cfg(feature = "custom_robot")]
#[cfg_attr(docsrs, doc(cfg(feature = "custom_robot")))]
#[doc(alias = "自定义机器人")]
#[doc(alias = "Custom robot")]
pub use apis::custom_robot;
#[cfg(feature = "customer_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer_1_0")))]
#[doc(alias = "customer")]
#[doc(alias = "大客户")]
#[doc(alias = "Key Accounts")]
pub use apis::customer_1_0;
#[cfg(feature = "customer_service_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer_service_1_0")))]
#[doc(alias = "customerService")]
#[doc(alias = "智能客服")]
#[doc(alias = "Customer Service")]
pub use apis::customer_service_1_0;
#[cfg(feature = "datacenter_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "datacenter_1_0")))]
#[doc(alias = "datacenter")]
#[doc(alias = "数据目录")]
#[doc(alias = "数据资产平台")]
#[doc(alias = "数据流通中心")]
#[doc(alias = "Data Center")]
pub use apis::datacenter_1_0;
#[cfg(feature = "devicemng_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "devicemng_1_0")))]
#[doc(alias = "devicemng")]
#[doc(alias = "设备上钉")]
#[doc(alias = "行业连接")]
#[doc(alias = "Device Management")]
pub use apis::devicemng_1_0;
#[cfg(feature = "ding_one_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ding_one_1_0")))]
#[doc(alias = "dingOne")]
#[doc(alias = "钉钉 One")]
#[doc(alias = "DingTalk One")]
pub use apis::ding_one_1_0;
#[cfg(feature = "ding_phone_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "ding_phone_1_0")))]
#[doc(alias = "dingPhone")]
#[doc(alias = "钉钉电话")]
#[doc(alias = "DingTalk Phone")]
pub use apis::ding_phone_1_0;
#[cfg(feature = "dingmi_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "dingmi_1_0")))]
#[doc(alias = "dingmi")]
#[doc(alias = "小蜜客服")]
#[doc(alias = "智能客服机器人")]
#[doc(alias = "Dingmi")]
pub use apis::dingmi_1_0;
#[cfg(feature = "diot_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "diot_1_0")))]
#[doc(alias = "diot")]
#[doc(alias = "钉钉物联")]
#[doc(alias = "DIoT")]
pub use apis::diot_1_0;
#[cfg(feature = "doc_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "doc_1_0")))]
#[doc(alias = "doc")]
#[doc(alias = "钉钉文档")]
#[doc(alias = "Docs")]
pub use apis::doc_1_0;
#[cfg(feature = "doc_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "doc_2_0")))]
#[doc(alias = "doc")]
#[doc(alias = "钉钉文档 2.0")]
#[doc(alias = "Docs 2.0")]
pub use apis::doc_2_0;
#[cfg(feature = "dpaas_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "dpaas_1_0")))]
#[doc(alias = "dpaas")]
#[doc(alias = "DPaaS")]
#[doc(alias = "酷应用")]
pub use apis::dpaas_1_0;
#[cfg(feature = "drive_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "drive_1_0")))]
#[doc(alias = "drive")]
#[doc(alias = "钉盘")]
#[doc(alias = "云盘")]
#[doc(alias = "Drive")]
pub use apis::drive_1_0;
#[cfg(feature = "dvi_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "dvi_1_0")))]
#[doc(alias = "dvi")]
#[doc(alias = "视听智能服务")]
#[doc(alias = "DVI")]
pub use apis::dvi_1_0;
#[cfg(feature = "edu_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "edu_1_0")))]
#[doc(alias = "edu")]
#[doc(alias = "新教育")]
#[doc(alias = "家校通讯录")]
#[doc(alias = "高校通讯录")]
#[doc(alias = "Education")]
pub use apis::edu_1_0;
#[cfg(feature = "esign_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "esign_1_0")))]
#[doc(alias = "esign")]
#[doc(alias = "e签宝")]
#[doc(alias = "电子签名")]
#[doc(alias = "E-signature")]
pub use apis::esign_1_0;
#[cfg(feature = "esign_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "esign_2_0")))]
#[doc(alias = "esign")]
#[doc(alias = "e签宝 2.0")]
#[doc(alias = "电子签名 2.0")]
#[doc(alias = "E-signature 2.0")]
pub use apis::esign_2_0;
#[cfg(feature = "event_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "event_1_0")))]
#[doc(alias = "event")]
#[doc(alias = "事件订阅")]
#[doc(alias = "Events")]
pub use apis::event_1_0;
#[cfg(feature = "exclusive_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "exclusive_1_0")))]
#[doc(alias = "exclusive")]
#[doc(alias = "专属钉钉")]
#[doc(alias = "Exclusive DingTalk")]
pub use apis::exclusive_1_0;
#[cfg(feature = "finance_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "finance_1_0")))]
#[doc(alias = "finance")]
#[doc(alias = "钉工牌付款码")]
#[doc(alias = "Finance")]
pub use apis::finance_1_0;
#[cfg(feature = "flashmeeting_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "flashmeeting_1_0")))]
#[doc(alias = "flashmeeting")]
#[doc(alias = "钉闪会")]
#[doc(alias = "Flash Meeting")]
pub use apis::flashmeeting_1_0;
#[cfg(feature = "flashmsg_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "flashmsg_1_0")))]
#[doc(alias = "flashmsg")]
#[doc(alias = "闪读")]
#[doc(alias = "Flash Message")]
pub use apis::flashmsg_1_0;
#[cfg(feature = "gateway_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "gateway_1_0")))]
#[doc(alias = "gateway")]
#[doc(alias = "云上网关")]
#[doc(alias = "Gateway")]
pub use apis::gateway_1_0;
#[cfg(feature = "group_blackboard_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "group_blackboard_1_0")))]
#[doc(alias = "groupBlackboard")]
#[doc(alias = "群公告")]
#[doc(alias = "Group Announcements")]
pub use apis::group_blackboard_1_0;
#[cfg(feature = "h3yun_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "h3yun_1_0")))]
#[doc(alias = "h3yun")]
#[doc(alias = "氚云")]
#[doc(alias = "H3 Yun")]
pub use apis::h3yun_1_0;
#[cfg(feature = "h5package_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "h5package_1_0")))]
#[doc(alias = "h5package")]
#[doc(alias = "H5 离线包")]
#[doc(alias = "H5 Packages")]
pub use apis::h5package_1_0;
#[cfg(feature = "hrbrain_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "hrbrain_1_0")))]
#[doc(alias = "hrbrain")]
#[doc(alias = "组织大脑")]
#[doc(alias = "HR Brain")]
pub use apis::hrbrain_1_0;
#[cfg(feature = "hrm_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "hrm_1_0")))]
#[doc(alias = "hrm")]
#[doc(alias = "智能人事")]
#[doc(alias = "HRM")]
pub use apis::hrm_1_0;
#[cfg(feature = "im_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "im_1_0")))]
#[doc(alias = "im")]
#[doc(alias = "即时通信")]
#[doc(alias = "群聊")]
#[doc(alias = "钉钉客联")]
#[doc(alias = "IM")]
pub use apis::im_1_0;
#[cfg(feature = "im_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "im_2_0")))]
#[doc(alias = "im")]
#[doc(alias = "即时通信 2.0")]
#[doc(alias = "IM 2.0")]
pub use apis::im_2_0;
#[cfg(feature = "impaas_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "impaas_1_0")))]
#[doc(alias = "impaas")]
#[doc(alias = "IM PaaS")]
pub use apis::impaas_1_0;
#[cfg(feature = "industry_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "industry_1_0")))]
#[doc(alias = "industry")]
#[doc(alias = "行业开放")]
#[doc(alias = "行业方案")]
#[doc(alias = "Industry")]
pub use apis::industry_1_0;
#[cfg(feature = "jobs_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobs_1_0")))]
#[doc(alias = "jobs")]
#[doc(alias = "钉钉招聘")]
#[doc(alias = "Jobs")]
pub use apis::jobs_1_0;
#[cfg(feature = "jzcrm_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "jzcrm_1_0")))]
#[doc(alias = "jzcrm")]
#[doc(alias = "金智CRM")]
#[doc(alias = "JZ CRM")]
pub use apis::jzcrm_1_0;
#[cfg(feature = "link_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "link_1_0")))]
#[doc(alias = "link")]
#[doc(alias = "服务窗")]
#[doc(alias = "Service Window")]
pub use apis::link_1_0;
#[cfg(feature = "live_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "live_1_0")))]
#[doc(alias = "live")]
#[doc(alias = "直播")]
#[doc(alias = "Live")]
pub use apis::live_1_0;
#[cfg(feature = "live_activities_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "live_activities_1_0")))]
#[doc(alias = "liveActivities")]
#[doc(alias = "实时活动")]
#[doc(alias = "Live Activities")]
pub use apis::live_activities_1_0;
#[cfg(feature = "mail_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "mail_1_0")))]
#[doc(alias = "mail")]
#[doc(alias = "企业邮箱")]
#[doc(alias = "Mail")]
pub use apis::mail_1_0;
#[cfg(feature = "manufacturing_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "manufacturing_1_0")))]
#[doc(alias = "manufacturing")]
#[doc(alias = "制造业")]
#[doc(alias = "计件报工")]
#[doc(alias = "Manufacturing")]
pub use apis::manufacturing_1_0;
#[cfg(feature = "mcp_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "mcp_1_0")))]
#[doc(alias = "mcp")]
#[doc(alias = "MCP 服务")]
#[doc(alias = "MCP")]
pub use apis::mcp_1_0;
#[cfg(feature = "meter_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "meter_1_0")))]
#[doc(alias = "meter")]
#[doc(alias = "资源用量")]
#[doc(alias = "Meter")]
pub use apis::meter_1_0;
#[cfg(feature = "micro_app_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "micro_app_1_0")))]
#[doc(alias = "microApp")]
#[doc(alias = "应用管理")]
#[doc(alias = "Micro Apps")]
pub use apis::micro_app_1_0;
#[cfg(feature = "miniapp_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "miniapp_1_0")))]
#[doc(alias = "miniapp")]
#[doc(alias = "小程序")]
#[doc(alias = "Mini Programs")]
pub use apis::miniapp_1_0;
#[cfg(feature = "minutes_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "minutes_1_0")))]
#[doc(alias = "minutes")]
#[doc(alias = "听记")]
#[doc(alias = "闪记")]
#[doc(alias = "DingTalk A1")]
#[doc(alias = "Minutes")]
pub use apis::minutes_1_0;
#[cfg(feature = "notable_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "notable_1_0")))]
#[doc(alias = "notable")]
#[doc(alias = "AI 表格")]
#[doc(alias = "多维表")]
#[doc(alias = "Notable")]
pub use apis::notable_1_0;
#[cfg(feature = "notable_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "notable_2_0")))]
#[doc(alias = "notable")]
#[doc(alias = "AI 表格 2.0")]
#[doc(alias = "多维表 2.0")]
#[doc(alias = "Notable 2.0")]
pub use apis::notable_2_0;
#[cfg(feature = "oapi_contact")]
#[cfg_attr(docsrs, doc(cfg(feature = "oapi_contact")))]
#[doc(alias = "通讯录 (旧版)")]
#[doc(alias = "Legacy contacts")]
pub use apis::oapi_contact;
#[cfg(feature = "oapi_media")]
#[cfg_attr(docsrs, doc(cfg(feature = "oapi_media")))]
pub use apis::oapi_media;
#[cfg(feature = "oapi_message")]
#[cfg_attr(docsrs, doc(cfg(feature = "oapi_message")))]
#[doc(alias = "工作通知")]
#[doc(alias = "Work notifications")]
pub use apis::oapi_message;
#[cfg(feature = "oauth2_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth2_1_0")))]
#[doc(alias = "oauth2")]
#[doc(alias = "身份验证")]
#[doc(alias = "OAuth 2.0")]
pub use apis::oauth2_1_0;
#[cfg(feature = "occupationauth_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "occupationauth_1_0")))]
#[doc(alias = "occupationauth")]
#[doc(alias = "数字化管理师")]
#[doc(alias = "职业认证")]
#[doc(alias = "Occupation Auth")]
pub use apis::occupationauth_1_0;
#[cfg(feature = "okr_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "okr_1_0")))]
#[doc(alias = "okr")]
#[doc(alias = "OKR")]
pub use apis::okr_1_0;
#[cfg(feature = "org_culture_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "org_culture_1_0")))]
#[doc(alias = "orgCulture")]
#[doc(alias = "组织文化")]
#[doc(alias = "Org Culture")]
pub use apis::org_culture_1_0;
#[cfg(feature = "package_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "package_1_0")))]
#[doc(alias = "package")]
#[doc(alias = "应用离线包")]
#[doc(alias = "Packages")]
pub use apis::package_1_0;
#[cfg(feature = "pedia_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "pedia_1_0")))]
#[doc(alias = "pedia")]
#[doc(alias = "企业百科")]
#[doc(alias = "Pedia")]
pub use apis::pedia_1_0;
#[cfg(feature = "project_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "project_1_0")))]
#[doc(alias = "project")]
#[doc(alias = "项目管理")]
#[doc(alias = "Teambition Projects")]
pub use apis::project_1_0;
#[cfg(feature = "project_integration_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "project_integration_1_0")))]
#[doc(alias = "projectIntegration")]
#[doc(alias = "项目集成")]
#[doc(alias = "Project Integration")]
pub use apis::project_integration_1_0;
#[cfg(feature = "push")]
#[cfg_attr(docsrs, doc(cfg(feature = "push")))]
pub use apis::push;
#[cfg(feature = "rcs_call_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "rcs_call_1_0")))]
#[doc(alias = "rcsCall")]
#[doc(alias = "免费电话")]
#[doc(alias = "RCS Call")]
pub use apis::rcs_call_1_0;
#[cfg(feature = "report_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "report_1_0")))]
#[doc(alias = "report")]
#[doc(alias = "日志")]
#[doc(alias = "Reports")]
pub use apis::report_1_0;
#[cfg(feature = "resident_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "resident_1_0")))]
#[doc(alias = "resident")]
#[doc(alias = "数字乡村")]
#[doc(alias = "居民积分")]
#[doc(alias = "Residents")]
pub use apis::resident_1_0;
#[cfg(feature = "robot_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "robot_1_0")))]
#[doc(alias = "robot")]
#[doc(alias = "机器人")]
#[doc(alias = "Robots")]
pub use apis::robot_1_0;
#[cfg(feature = "rooms_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "rooms_1_0")))]
#[doc(alias = "rooms")]
#[doc(alias = "智能会议室")]
#[doc(alias = "会议室")]
#[doc(alias = "Meeting Rooms")]
pub use apis::rooms_1_0;
#[cfg(feature = "salary_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "salary_1_0")))]
#[doc(alias = "salary")]
#[doc(alias = "小微薪酬")]
#[doc(alias = "Salary")]
pub use apis::salary_1_0;
#[cfg(feature = "search_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "search_1_0")))]
#[doc(alias = "search")]
#[doc(alias = "搜索")]
#[doc(alias = "Search")]
pub use apis::search_1_0;
#[cfg(feature = "service_group_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "service_group_1_0")))]
#[doc(alias = "serviceGroup")]
#[doc(alias = "服务群")]
#[doc(alias = "Service Groups")]
pub use apis::service_group_1_0;
#[cfg(feature = "shangou_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "shangou_1_0")))]
#[doc(alias = "shangou")]
#[doc(alias = "Shangou")]
pub use apis::shangou_1_0;
#[cfg(feature = "smart_device_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "smart_device_1_0")))]
#[doc(alias = "smartDevice")]
#[doc(alias = "智能硬件")]
#[doc(alias = "Smart Devices")]
pub use apis::smart_device_1_0;
#[cfg(feature = "sns_storage_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "sns_storage_1_0")))]
#[doc(alias = "snsStorage")]
#[doc(alias = "三方个人应用存储")]
#[doc(alias = "SNS Storage")]
pub use apis::sns_storage_1_0;
#[cfg(feature = "storage_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "storage_1_0")))]
#[doc(alias = "storage")]
#[doc(alias = "钉钉存储")]
#[doc(alias = "Storage")]
pub use apis::storage_1_0;
#[cfg(feature = "storage_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "storage_2_0")))]
#[doc(alias = "storage")]
#[doc(alias = "钉钉存储 2.0")]
#[doc(alias = "Storage 2.0")]
pub use apis::storage_2_0;
#[cfg(feature = "swform_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "swform_1_0")))]
#[doc(alias = "swform")]
#[doc(alias = "智能填表")]
#[doc(alias = "填表")]
#[doc(alias = "Forms")]
pub use apis::swform_1_0;
#[cfg(feature = "talent_tag_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "talent_tag_1_0")))]
#[doc(alias = "talentTag")]
#[doc(alias = "人才标签")]
#[doc(alias = "Talent Tags")]
pub use apis::talent_tag_1_0;
#[cfg(feature = "team_sphere_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "team_sphere_1_0")))]
#[doc(alias = "teamSphere")]
#[doc(alias = "钉钉快办")]
#[doc(alias = "协作空间")]
#[doc(alias = "Teambition")]
#[doc(alias = "Team Sphere")]
pub use apis::team_sphere_1_0;
#[cfg(feature = "todo_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "todo_1_0")))]
#[doc(alias = "todo")]
#[doc(alias = "待办")]
#[doc(alias = "To-dos")]
pub use apis::todo_1_0;
#[cfg(feature = "todo_e_e_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "todo_e_e_1_0")))]
#[doc(alias = "todoEE")]
#[doc(alias = "专属待办")]
#[doc(alias = "Exclusive To-dos")]
pub use apis::todo_e_e_1_0;
#[cfg(feature = "trade_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "trade_1_0")))]
#[doc(alias = "trade")]
#[doc(alias = "商机")]
#[doc(alias = "Trade")]
pub use apis::trade_1_0;
#[cfg(feature = "trajectory_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "trajectory_1_0")))]
#[doc(alias = "trajectory")]
#[doc(alias = "轨迹")]
#[doc(alias = "Trajectory")]
pub use apis::trajectory_1_0;
#[cfg(feature = "transcribe_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "transcribe_1_0")))]
#[doc(alias = "transcribe")]
#[doc(alias = "闪记")]
#[doc(alias = "Transcribe")]
pub use apis::transcribe_1_0;
#[cfg(feature = "tre_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "tre_1_0")))]
#[doc(alias = "tre")]
#[doc(alias = "TRE 拉铃")]
#[doc(alias = "TRE")]
pub use apis::tre_1_0;
#[cfg(feature = "trip_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "trip_1_0")))]
#[doc(alias = "trip")]
#[doc(alias = "差旅")]
#[doc(alias = "Trip")]
pub use apis::trip_1_0;
#[cfg(feature = "village_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "village_1_0")))]
#[doc(alias = "village")]
#[doc(alias = "居民通讯录")]
#[doc(alias = "Village")]
pub use apis::village_1_0;
#[cfg(feature = "vip_member_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "vip_member_1_0")))]
#[doc(alias = "vipMember")]
#[doc(alias = "钉钉 365 会员")]
#[doc(alias = "VIP Membership")]
pub use apis::vip_member_1_0;
#[cfg(feature = "watt_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "watt_1_0")))]
#[doc(alias = "watt")]
#[doc(alias = "钉钉投放")]
#[doc(alias = "Watt")]
pub use apis::watt_1_0;
#[cfg(feature = "wiki_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "wiki_1_0")))]
#[doc(alias = "wiki")]
#[doc(alias = "企业百科")]
#[doc(alias = "百科词库")]
#[doc(alias = "Wiki")]
pub use apis::wiki_1_0;
#[cfg(feature = "wiki_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "wiki_2_0")))]
#[doc(alias = "wiki")]
#[doc(alias = "知识库")]
#[doc(alias = "Wiki 2.0")]
pub use apis::wiki_2_0;
#[cfg(feature = "wms_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "wms_1_0")))]
#[doc(alias = "wms")]
#[doc(alias = "仓储物料")]
#[doc(alias = "WMS")]
pub use apis::wms_1_0;
#[cfg(feature = "workbench_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "workbench_1_0")))]
#[doc(alias = "workbench")]
#[doc(alias = "工作台")]
#[doc(alias = "Workbench")]
pub use apis::workbench_1_0;
#[cfg(feature = "workflow_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "workflow_1_0")))]
#[doc(alias = "workflow")]
#[doc(alias = "OA 审批")]
#[doc(alias = "审批")]
#[doc(alias = "Workflow")]
pub use apis::workflow_1_0;
#[cfg(feature = "workrecord_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "workrecord_1_0")))]
#[doc(alias = "workrecord")]
#[doc(alias = "待办记录")]
#[doc(alias = "Work Records")]
pub use apis::workrecord_1_0;
#[cfg(feature = "yida_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "yida_1_0")))]
#[doc(alias = "yida")]
#[doc(alias = "宜搭")]
#[doc(alias = "Yida")]
pub use apis::yida_1_0;
#[cfg(feature = "yida_2_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "yida_2_0")))]
#[doc(alias = "yida")]
#[doc(alias = "宜搭 2.0")]
#[doc(alias = "Yida 2.0")]
pub use apis::yida_2_0;
#[cfg(feature = "yun_shu_1_0")]
#[cfg_attr(docsrs, doc(cfg(feature = "yun_shu_1_0")))]
#[doc(alias = "yunShu")]
#[doc(alias = "Yunshu")]
pub use apis::yun_shu_1_0;
#[cfg(feature = "conformance")]
#[doc(hidden)]
pub use apis::replay;
/// What `client.<module>()` is while the module's feature is off: a method whose bound
/// cannot hold, so that calling it is an error naming the feature to enable.
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub mod feature_off {
    /// Implements none of the traits here; higher-ranked, so a bound on it is checked
    /// where the method is called.
    pub struct Features<'a>(::core::marker::PhantomData<&'a ()>);
    /// What the method would return, were its bound to hold.
    pub struct Disabled;
    #[cfg(not(feature = "activity_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::activity_1_0` needs the cargo feature `activity_1_0`, which is off",
        label = "needs the cargo feature `activity_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"activity_1_0\"]` (`full` enables every module)"
    )]
    pub trait activity_1_0 {}
    #[cfg(not(feature = "agoal_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::agoal_1_0` needs the cargo feature `agoal_1_0`, which is off",
        label = "needs the cargo feature `agoal_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"agoal_1_0\"]` (`full` enables every module)"
    )]
    pub trait agoal_1_0 {}
    #[cfg(not(feature = "ai_global_e_c_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ai_global_e_c_1_0` needs the cargo feature `ai_global_e_c_1_0`, which is off",
        label = "needs the cargo feature `ai_global_e_c_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ai_global_e_c_1_0\"]` (`full` enables every module)"
    )]
    pub trait ai_global_e_c_1_0 {}
    #[cfg(not(feature = "ai_interaction_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ai_interaction_1_0` needs the cargo feature `ai_interaction_1_0`, which is off",
        label = "needs the cargo feature `ai_interaction_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ai_interaction_1_0\"]` (`full` enables every module)"
    )]
    pub trait ai_interaction_1_0 {}
    #[cfg(not(feature = "ai_paa_s_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ai_paa_s_1_0` needs the cargo feature `ai_paa_s_1_0`, which is off",
        label = "needs the cargo feature `ai_paa_s_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ai_paa_s_1_0\"]` (`full` enables every module)"
    )]
    pub trait ai_paa_s_1_0 {}
    #[cfg(not(feature = "ai_search_ask_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ai_search_ask_1_0` needs the cargo feature `ai_search_ask_1_0`, which is off",
        label = "needs the cargo feature `ai_search_ask_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ai_search_ask_1_0\"]` (`full` enables every module)"
    )]
    pub trait ai_search_ask_1_0 {}
    #[cfg(not(feature = "aiot_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::aiot_1_0` needs the cargo feature `aiot_1_0`, which is off",
        label = "needs the cargo feature `aiot_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"aiot_1_0\"]` (`full` enables every module)"
    )]
    pub trait aiot_1_0 {}
    #[cfg(not(feature = "algo_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::algo_1_0` needs the cargo feature `algo_1_0`, which is off",
        label = "needs the cargo feature `algo_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"algo_1_0\"]` (`full` enables every module)"
    )]
    pub trait algo_1_0 {}
    #[cfg(not(feature = "alitrip_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::alitrip_1_0` needs the cargo feature `alitrip_1_0`, which is off",
        label = "needs the cargo feature `alitrip_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"alitrip_1_0\"]` (`full` enables every module)"
    )]
    pub trait alitrip_1_0 {}
    #[cfg(not(feature = "amdp_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::amdp_1_0` needs the cargo feature `amdp_1_0`, which is off",
        label = "needs the cargo feature `amdp_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"amdp_1_0\"]` (`full` enables every module)"
    )]
    pub trait amdp_1_0 {}
    #[cfg(not(feature = "apaas_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::apaas_1_0` needs the cargo feature `apaas_1_0`, which is off",
        label = "needs the cargo feature `apaas_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"apaas_1_0\"]` (`full` enables every module)"
    )]
    pub trait apaas_1_0 {}
    #[cfg(not(feature = "app_market_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::app_market_1_0` needs the cargo feature `app_market_1_0`, which is off",
        label = "needs the cargo feature `app_market_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"app_market_1_0\"]` (`full` enables every module)"
    )]
    pub trait app_market_1_0 {}
    #[cfg(not(feature = "assistant_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::assistant_1_0` needs the cargo feature `assistant_1_0`, which is off",
        label = "needs the cargo feature `assistant_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"assistant_1_0\"]` (`full` enables every module)"
    )]
    pub trait assistant_1_0 {}
    #[cfg(not(feature = "assistant_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::assistant_2_0` needs the cargo feature `assistant_2_0`, which is off",
        label = "needs the cargo feature `assistant_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"assistant_2_0\"]` (`full` enables every module)"
    )]
    pub trait assistant_2_0 {}
    #[cfg(not(feature = "ats_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ats_1_0` needs the cargo feature `ats_1_0`, which is off",
        label = "needs the cargo feature `ats_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ats_1_0\"]` (`full` enables every module)"
    )]
    pub trait ats_1_0 {}
    #[cfg(not(feature = "attendance_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::attendance_1_0` needs the cargo feature `attendance_1_0`, which is off",
        label = "needs the cargo feature `attendance_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"attendance_1_0\"]` (`full` enables every module)"
    )]
    pub trait attendance_1_0 {}
    #[cfg(not(feature = "badge_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::badge_1_0` needs the cargo feature `badge_1_0`, which is off",
        label = "needs the cargo feature `badge_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"badge_1_0\"]` (`full` enables every module)"
    )]
    pub trait badge_1_0 {}
    #[cfg(not(feature = "bay_max_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::bay_max_1_0` needs the cargo feature `bay_max_1_0`, which is off",
        label = "needs the cargo feature `bay_max_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"bay_max_1_0\"]` (`full` enables every module)"
    )]
    pub trait bay_max_1_0 {}
    #[cfg(not(feature = "bizfinance_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::bizfinance_1_0` needs the cargo feature `bizfinance_1_0`, which is off",
        label = "needs the cargo feature `bizfinance_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"bizfinance_1_0\"]` (`full` enables every module)"
    )]
    pub trait bizfinance_1_0 {}
    #[cfg(not(feature = "bizfinance_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::bizfinance_2_0` needs the cargo feature `bizfinance_2_0`, which is off",
        label = "needs the cargo feature `bizfinance_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"bizfinance_2_0\"]` (`full` enables every module)"
    )]
    pub trait bizfinance_2_0 {}
    #[cfg(not(feature = "blackboard_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::blackboard_1_0` needs the cargo feature `blackboard_1_0`, which is off",
        label = "needs the cargo feature `blackboard_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"blackboard_1_0\"]` (`full` enables every module)"
    )]
    pub trait blackboard_1_0 {}
    #[cfg(not(feature = "calendar_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::calendar_1_0` needs the cargo feature `calendar_1_0`, which is off",
        label = "needs the cargo feature `calendar_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"calendar_1_0\"]` (`full` enables every module)"
    )]
    pub trait calendar_1_0 {}
    #[cfg(not(feature = "carbon_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::carbon_1_0` needs the cargo feature `carbon_1_0`, which is off",
        label = "needs the cargo feature `carbon_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"carbon_1_0\"]` (`full` enables every module)"
    )]
    pub trait carbon_1_0 {}
    #[cfg(not(feature = "card_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::card_1_0` needs the cargo feature `card_1_0`, which is off",
        label = "needs the cargo feature `card_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"card_1_0\"]` (`full` enables every module)"
    )]
    pub trait card_1_0 {}
    #[cfg(not(feature = "check_in_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::check_in_1_0` needs the cargo feature `check_in_1_0`, which is off",
        label = "needs the cargo feature `check_in_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"check_in_1_0\"]` (`full` enables every module)"
    )]
    pub trait check_in_1_0 {}
    #[cfg(not(feature = "chengfeng_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::chengfeng_1_0` needs the cargo feature `chengfeng_1_0`, which is off",
        label = "needs the cargo feature `chengfeng_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"chengfeng_1_0\"]` (`full` enables every module)"
    )]
    pub trait chengfeng_1_0 {}
    #[cfg(not(feature = "conference_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::conference_1_0` needs the cargo feature `conference_1_0`, which is off",
        label = "needs the cargo feature `conference_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"conference_1_0\"]` (`full` enables every module)"
    )]
    pub trait conference_1_0 {}
    #[cfg(not(feature = "connector_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::connector_1_0` needs the cargo feature `connector_1_0`, which is off",
        label = "needs the cargo feature `connector_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"connector_1_0\"]` (`full` enables every module)"
    )]
    pub trait connector_1_0 {}
    #[cfg(not(feature = "contact_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::contact_1_0` needs the cargo feature `contact_1_0`, which is off",
        label = "needs the cargo feature `contact_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"contact_1_0\"]` (`full` enables every module)"
    )]
    pub trait contact_1_0 {}
    #[cfg(not(feature = "content_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::content_1_0` needs the cargo feature `content_1_0`, which is off",
        label = "needs the cargo feature `content_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"content_1_0\"]` (`full` enables every module)"
    )]
    pub trait content_1_0 {}
    #[cfg(not(feature = "contract_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::contract_1_0` needs the cargo feature `contract_1_0`, which is off",
        label = "needs the cargo feature `contract_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"contract_1_0\"]` (`full` enables every module)"
    )]
    pub trait contract_1_0 {}
    #[cfg(not(feature = "conv_file_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::conv_file_1_0` needs the cargo feature `conv_file_1_0`, which is off",
        label = "needs the cargo feature `conv_file_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"conv_file_1_0\"]` (`full` enables every module)"
    )]
    pub trait conv_file_1_0 {}
    #[cfg(not(feature = "cool_app_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::cool_app_1_0` needs the cargo feature `cool_app_1_0`, which is off",
        label = "needs the cargo feature `cool_app_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"cool_app_1_0\"]` (`full` enables every module)"
    )]
    pub trait cool_app_1_0 {}
    #[cfg(not(feature = "cool_ops_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::cool_ops_1_0` needs the cargo feature `cool_ops_1_0`, which is off",
        label = "needs the cargo feature `cool_ops_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"cool_ops_1_0\"]` (`full` enables every module)"
    )]
    pub trait cool_ops_1_0 {}
    #[cfg(not(feature = "credit_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::credit_1_0` needs the cargo feature `credit_1_0`, which is off",
        label = "needs the cargo feature `credit_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"credit_1_0\"]` (`full` enables every module)"
    )]
    pub trait credit_1_0 {}
    #[cfg(not(feature = "crm_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::crm_1_0` needs the cargo feature `crm_1_0`, which is off",
        label = "needs the cargo feature `crm_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"crm_1_0\"]` (`full` enables every module)"
    )]
    pub trait crm_1_0 {}
    #[cfg(not(feature = "crm_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::crm_2_0` needs the cargo feature `crm_2_0`, which is off",
        label = "needs the cargo feature `crm_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"crm_2_0\"]` (`full` enables every module)"
    )]
    pub trait crm_2_0 {}
    #[cfg(not(feature = "custom_robot"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::custom_robot` needs the cargo feature `custom_robot`, which is off",
        label = "needs the cargo feature `custom_robot`",
        note = "enable it where `generated-client` is a dependency: `features = [\"custom_robot\"]` (`full` enables every module)"
    )]
    pub trait custom_robot {}
    #[cfg(not(feature = "customer_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::customer_1_0` needs the cargo feature `customer_1_0`, which is off",
        label = "needs the cargo feature `customer_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"customer_1_0\"]` (`full` enables every module)"
    )]
    pub trait customer_1_0 {}
    #[cfg(not(feature = "customer_service_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::customer_service_1_0` needs the cargo feature `customer_service_1_0`, which is off",
        label = "needs the cargo feature `customer_service_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"customer_service_1_0\"]` (`full` enables every module)"
    )]
    pub trait customer_service_1_0 {}
    #[cfg(not(feature = "datacenter_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::datacenter_1_0` needs the cargo feature `datacenter_1_0`, which is off",
        label = "needs the cargo feature `datacenter_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"datacenter_1_0\"]` (`full` enables every module)"
    )]
    pub trait datacenter_1_0 {}
    #[cfg(not(feature = "devicemng_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::devicemng_1_0` needs the cargo feature `devicemng_1_0`, which is off",
        label = "needs the cargo feature `devicemng_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"devicemng_1_0\"]` (`full` enables every module)"
    )]
    pub trait devicemng_1_0 {}
    #[cfg(not(feature = "ding_one_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ding_one_1_0` needs the cargo feature `ding_one_1_0`, which is off",
        label = "needs the cargo feature `ding_one_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ding_one_1_0\"]` (`full` enables every module)"
    )]
    pub trait ding_one_1_0 {}
    #[cfg(not(feature = "ding_phone_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::ding_phone_1_0` needs the cargo feature `ding_phone_1_0`, which is off",
        label = "needs the cargo feature `ding_phone_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"ding_phone_1_0\"]` (`full` enables every module)"
    )]
    pub trait ding_phone_1_0 {}
    #[cfg(not(feature = "dingmi_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::dingmi_1_0` needs the cargo feature `dingmi_1_0`, which is off",
        label = "needs the cargo feature `dingmi_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"dingmi_1_0\"]` (`full` enables every module)"
    )]
    pub trait dingmi_1_0 {}
    #[cfg(not(feature = "diot_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::diot_1_0` needs the cargo feature `diot_1_0`, which is off",
        label = "needs the cargo feature `diot_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"diot_1_0\"]` (`full` enables every module)"
    )]
    pub trait diot_1_0 {}
    #[cfg(not(feature = "doc_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::doc_1_0` needs the cargo feature `doc_1_0`, which is off",
        label = "needs the cargo feature `doc_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"doc_1_0\"]` (`full` enables every module)"
    )]
    pub trait doc_1_0 {}
    #[cfg(not(feature = "doc_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::doc_2_0` needs the cargo feature `doc_2_0`, which is off",
        label = "needs the cargo feature `doc_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"doc_2_0\"]` (`full` enables every module)"
    )]
    pub trait doc_2_0 {}
    #[cfg(not(feature = "dpaas_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::dpaas_1_0` needs the cargo feature `dpaas_1_0`, which is off",
        label = "needs the cargo feature `dpaas_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"dpaas_1_0\"]` (`full` enables every module)"
    )]
    pub trait dpaas_1_0 {}
    #[cfg(not(feature = "drive_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::drive_1_0` needs the cargo feature `drive_1_0`, which is off",
        label = "needs the cargo feature `drive_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"drive_1_0\"]` (`full` enables every module)"
    )]
    pub trait drive_1_0 {}
    #[cfg(not(feature = "dvi_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::dvi_1_0` needs the cargo feature `dvi_1_0`, which is off",
        label = "needs the cargo feature `dvi_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"dvi_1_0\"]` (`full` enables every module)"
    )]
    pub trait dvi_1_0 {}
    #[cfg(not(feature = "edu_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::edu_1_0` needs the cargo feature `edu_1_0`, which is off",
        label = "needs the cargo feature `edu_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"edu_1_0\"]` (`full` enables every module)"
    )]
    pub trait edu_1_0 {}
    #[cfg(not(feature = "esign_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::esign_1_0` needs the cargo feature `esign_1_0`, which is off",
        label = "needs the cargo feature `esign_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"esign_1_0\"]` (`full` enables every module)"
    )]
    pub trait esign_1_0 {}
    #[cfg(not(feature = "esign_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::esign_2_0` needs the cargo feature `esign_2_0`, which is off",
        label = "needs the cargo feature `esign_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"esign_2_0\"]` (`full` enables every module)"
    )]
    pub trait esign_2_0 {}
    #[cfg(not(feature = "event_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::event_1_0` needs the cargo feature `event_1_0`, which is off",
        label = "needs the cargo feature `event_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"event_1_0\"]` (`full` enables every module)"
    )]
    pub trait event_1_0 {}
    #[cfg(not(feature = "exclusive_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::exclusive_1_0` needs the cargo feature `exclusive_1_0`, which is off",
        label = "needs the cargo feature `exclusive_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"exclusive_1_0\"]` (`full` enables every module)"
    )]
    pub trait exclusive_1_0 {}
    #[cfg(not(feature = "finance_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::finance_1_0` needs the cargo feature `finance_1_0`, which is off",
        label = "needs the cargo feature `finance_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"finance_1_0\"]` (`full` enables every module)"
    )]
    pub trait finance_1_0 {}
    #[cfg(not(feature = "flashmeeting_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::flashmeeting_1_0` needs the cargo feature `flashmeeting_1_0`, which is off",
        label = "needs the cargo feature `flashmeeting_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"flashmeeting_1_0\"]` (`full` enables every module)"
    )]
    pub trait flashmeeting_1_0 {}
    #[cfg(not(feature = "flashmsg_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::flashmsg_1_0` needs the cargo feature `flashmsg_1_0`, which is off",
        label = "needs the cargo feature `flashmsg_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"flashmsg_1_0\"]` (`full` enables every module)"
    )]
    pub trait flashmsg_1_0 {}
    #[cfg(not(feature = "gateway_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::gateway_1_0` needs the cargo feature `gateway_1_0`, which is off",
        label = "needs the cargo feature `gateway_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"gateway_1_0\"]` (`full` enables every module)"
    )]
    pub trait gateway_1_0 {}
    #[cfg(not(feature = "group_blackboard_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::group_blackboard_1_0` needs the cargo feature `group_blackboard_1_0`, which is off",
        label = "needs the cargo feature `group_blackboard_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"group_blackboard_1_0\"]` (`full` enables every module)"
    )]
    pub trait group_blackboard_1_0 {}
    #[cfg(not(feature = "h3yun_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::h3yun_1_0` needs the cargo feature `h3yun_1_0`, which is off",
        label = "needs the cargo feature `h3yun_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"h3yun_1_0\"]` (`full` enables every module)"
    )]
    pub trait h3yun_1_0 {}
    #[cfg(not(feature = "h5package_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::h5package_1_0` needs the cargo feature `h5package_1_0`, which is off",
        label = "needs the cargo feature `h5package_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"h5package_1_0\"]` (`full` enables every module)"
    )]
    pub trait h5package_1_0 {}
    #[cfg(not(feature = "hrbrain_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::hrbrain_1_0` needs the cargo feature `hrbrain_1_0`, which is off",
        label = "needs the cargo feature `hrbrain_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"hrbrain_1_0\"]` (`full` enables every module)"
    )]
    pub trait hrbrain_1_0 {}
    #[cfg(not(feature = "hrm_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::hrm_1_0` needs the cargo feature `hrm_1_0`, which is off",
        label = "needs the cargo feature `hrm_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"hrm_1_0\"]` (`full` enables every module)"
    )]
    pub trait hrm_1_0 {}
    #[cfg(not(feature = "im_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::im_1_0` needs the cargo feature `im_1_0`, which is off",
        label = "needs the cargo feature `im_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"im_1_0\"]` (`full` enables every module)"
    )]
    pub trait im_1_0 {}
    #[cfg(not(feature = "im_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::im_2_0` needs the cargo feature `im_2_0`, which is off",
        label = "needs the cargo feature `im_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"im_2_0\"]` (`full` enables every module)"
    )]
    pub trait im_2_0 {}
    #[cfg(not(feature = "impaas_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::impaas_1_0` needs the cargo feature `impaas_1_0`, which is off",
        label = "needs the cargo feature `impaas_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"impaas_1_0\"]` (`full` enables every module)"
    )]
    pub trait impaas_1_0 {}
    #[cfg(not(feature = "industry_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::industry_1_0` needs the cargo feature `industry_1_0`, which is off",
        label = "needs the cargo feature `industry_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"industry_1_0\"]` (`full` enables every module)"
    )]
    pub trait industry_1_0 {}
    #[cfg(not(feature = "jobs_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::jobs_1_0` needs the cargo feature `jobs_1_0`, which is off",
        label = "needs the cargo feature `jobs_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"jobs_1_0\"]` (`full` enables every module)"
    )]
    pub trait jobs_1_0 {}
    #[cfg(not(feature = "jzcrm_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::jzcrm_1_0` needs the cargo feature `jzcrm_1_0`, which is off",
        label = "needs the cargo feature `jzcrm_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"jzcrm_1_0\"]` (`full` enables every module)"
    )]
    pub trait jzcrm_1_0 {}
    #[cfg(not(feature = "link_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::link_1_0` needs the cargo feature `link_1_0`, which is off",
        label = "needs the cargo feature `link_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"link_1_0\"]` (`full` enables every module)"
    )]
    pub trait link_1_0 {}
    #[cfg(not(feature = "live_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::live_1_0` needs the cargo feature `live_1_0`, which is off",
        label = "needs the cargo feature `live_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"live_1_0\"]` (`full` enables every module)"
    )]
    pub trait live_1_0 {}
    #[cfg(not(feature = "live_activities_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::live_activities_1_0` needs the cargo feature `live_activities_1_0`, which is off",
        label = "needs the cargo feature `live_activities_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"live_activities_1_0\"]` (`full` enables every module)"
    )]
    pub trait live_activities_1_0 {}
    #[cfg(not(feature = "mail_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::mail_1_0` needs the cargo feature `mail_1_0`, which is off",
        label = "needs the cargo feature `mail_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"mail_1_0\"]` (`full` enables every module)"
    )]
    pub trait mail_1_0 {}
    #[cfg(not(feature = "manufacturing_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::manufacturing_1_0` needs the cargo feature `manufacturing_1_0`, which is off",
        label = "needs the cargo feature `manufacturing_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"manufacturing_1_0\"]` (`full` enables every module)"
    )]
    pub trait manufacturing_1_0 {}
    #[cfg(not(feature = "mcp_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::mcp_1_0` needs the cargo feature `mcp_1_0`, which is off",
        label = "needs the cargo feature `mcp_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"mcp_1_0\"]` (`full` enables every module)"
    )]
    pub trait mcp_1_0 {}
    #[cfg(not(feature = "meter_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::meter_1_0` needs the cargo feature `meter_1_0`, which is off",
        label = "needs the cargo feature `meter_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"meter_1_0\"]` (`full` enables every module)"
    )]
    pub trait meter_1_0 {}
    #[cfg(not(feature = "micro_app_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::micro_app_1_0` needs the cargo feature `micro_app_1_0`, which is off",
        label = "needs the cargo feature `micro_app_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"micro_app_1_0\"]` (`full` enables every module)"
    )]
    pub trait micro_app_1_0 {}
    #[cfg(not(feature = "miniapp_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::miniapp_1_0` needs the cargo feature `miniapp_1_0`, which is off",
        label = "needs the cargo feature `miniapp_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"miniapp_1_0\"]` (`full` enables every module)"
    )]
    pub trait miniapp_1_0 {}
    #[cfg(not(feature = "minutes_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::minutes_1_0` needs the cargo feature `minutes_1_0`, which is off",
        label = "needs the cargo feature `minutes_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"minutes_1_0\"]` (`full` enables every module)"
    )]
    pub trait minutes_1_0 {}
    #[cfg(not(feature = "notable_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::notable_1_0` needs the cargo feature `notable_1_0`, which is off",
        label = "needs the cargo feature `notable_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"notable_1_0\"]` (`full` enables every module)"
    )]
    pub trait notable_1_0 {}
    #[cfg(not(feature = "notable_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::notable_2_0` needs the cargo feature `notable_2_0`, which is off",
        label = "needs the cargo feature `notable_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"notable_2_0\"]` (`full` enables every module)"
    )]
    pub trait notable_2_0 {}
    #[cfg(not(feature = "oapi_contact"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::oapi_contact` needs the cargo feature `oapi_contact`, which is off",
        label = "needs the cargo feature `oapi_contact`",
        note = "enable it where `generated-client` is a dependency: `features = [\"oapi_contact\"]` (`full` enables every module)"
    )]
    pub trait oapi_contact {}
    #[cfg(not(feature = "oapi_media"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::oapi_media` needs the cargo feature `oapi_media`, which is off",
        label = "needs the cargo feature `oapi_media`",
        note = "enable it where `generated-client` is a dependency: `features = [\"oapi_media\"]` (`full` enables every module)"
    )]
    pub trait oapi_media {}
    #[cfg(not(feature = "oapi_message"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::oapi_message` needs the cargo feature `oapi_message`, which is off",
        label = "needs the cargo feature `oapi_message`",
        note = "enable it where `generated-client` is a dependency: `features = [\"oapi_message\"]` (`full` enables every module)"
    )]
    pub trait oapi_message {}
    #[cfg(not(feature = "oauth2_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::oauth2_1_0` needs the cargo feature `oauth2_1_0`, which is off",
        label = "needs the cargo feature `oauth2_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"oauth2_1_0\"]` (`full` enables every module)"
    )]
    pub trait oauth2_1_0 {}
    #[cfg(not(feature = "occupationauth_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::occupationauth_1_0` needs the cargo feature `occupationauth_1_0`, which is off",
        label = "needs the cargo feature `occupationauth_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"occupationauth_1_0\"]` (`full` enables every module)"
    )]
    pub trait occupationauth_1_0 {}
    #[cfg(not(feature = "okr_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::okr_1_0` needs the cargo feature `okr_1_0`, which is off",
        label = "needs the cargo feature `okr_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"okr_1_0\"]` (`full` enables every module)"
    )]
    pub trait okr_1_0 {}
    #[cfg(not(feature = "org_culture_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::org_culture_1_0` needs the cargo feature `org_culture_1_0`, which is off",
        label = "needs the cargo feature `org_culture_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"org_culture_1_0\"]` (`full` enables every module)"
    )]
    pub trait org_culture_1_0 {}
    #[cfg(not(feature = "package_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::package_1_0` needs the cargo feature `package_1_0`, which is off",
        label = "needs the cargo feature `package_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"package_1_0\"]` (`full` enables every module)"
    )]
    pub trait package_1_0 {}
    #[cfg(not(feature = "pedia_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::pedia_1_0` needs the cargo feature `pedia_1_0`, which is off",
        label = "needs the cargo feature `pedia_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"pedia_1_0\"]` (`full` enables every module)"
    )]
    pub trait pedia_1_0 {}
    #[cfg(not(feature = "project_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::project_1_0` needs the cargo feature `project_1_0`, which is off",
        label = "needs the cargo feature `project_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"project_1_0\"]` (`full` enables every module)"
    )]
    pub trait project_1_0 {}
    #[cfg(not(feature = "project_integration_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::project_integration_1_0` needs the cargo feature `project_integration_1_0`, which is off",
        label = "needs the cargo feature `project_integration_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"project_integration_1_0\"]` (`full` enables every module)"
    )]
    pub trait project_integration_1_0 {}
    #[cfg(not(feature = "rcs_call_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::rcs_call_1_0` needs the cargo feature `rcs_call_1_0`, which is off",
        label = "needs the cargo feature `rcs_call_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"rcs_call_1_0\"]` (`full` enables every module)"
    )]
    pub trait rcs_call_1_0 {}
    #[cfg(not(feature = "report_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::report_1_0` needs the cargo feature `report_1_0`, which is off",
        label = "needs the cargo feature `report_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"report_1_0\"]` (`full` enables every module)"
    )]
    pub trait report_1_0 {}
    #[cfg(not(feature = "resident_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::resident_1_0` needs the cargo feature `resident_1_0`, which is off",
        label = "needs the cargo feature `resident_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"resident_1_0\"]` (`full` enables every module)"
    )]
    pub trait resident_1_0 {}
    #[cfg(not(feature = "robot_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::robot_1_0` needs the cargo feature `robot_1_0`, which is off",
        label = "needs the cargo feature `robot_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"robot_1_0\"]` (`full` enables every module)"
    )]
    pub trait robot_1_0 {}
    #[cfg(not(feature = "rooms_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::rooms_1_0` needs the cargo feature `rooms_1_0`, which is off",
        label = "needs the cargo feature `rooms_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"rooms_1_0\"]` (`full` enables every module)"
    )]
    pub trait rooms_1_0 {}
    #[cfg(not(feature = "salary_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::salary_1_0` needs the cargo feature `salary_1_0`, which is off",
        label = "needs the cargo feature `salary_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"salary_1_0\"]` (`full` enables every module)"
    )]
    pub trait salary_1_0 {}
    #[cfg(not(feature = "search_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::search_1_0` needs the cargo feature `search_1_0`, which is off",
        label = "needs the cargo feature `search_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"search_1_0\"]` (`full` enables every module)"
    )]
    pub trait search_1_0 {}
    #[cfg(not(feature = "service_group_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::service_group_1_0` needs the cargo feature `service_group_1_0`, which is off",
        label = "needs the cargo feature `service_group_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"service_group_1_0\"]` (`full` enables every module)"
    )]
    pub trait service_group_1_0 {}
    #[cfg(not(feature = "shangou_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::shangou_1_0` needs the cargo feature `shangou_1_0`, which is off",
        label = "needs the cargo feature `shangou_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"shangou_1_0\"]` (`full` enables every module)"
    )]
    pub trait shangou_1_0 {}
    #[cfg(not(feature = "smart_device_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::smart_device_1_0` needs the cargo feature `smart_device_1_0`, which is off",
        label = "needs the cargo feature `smart_device_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"smart_device_1_0\"]` (`full` enables every module)"
    )]
    pub trait smart_device_1_0 {}
    #[cfg(not(feature = "sns_storage_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::sns_storage_1_0` needs the cargo feature `sns_storage_1_0`, which is off",
        label = "needs the cargo feature `sns_storage_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"sns_storage_1_0\"]` (`full` enables every module)"
    )]
    pub trait sns_storage_1_0 {}
    #[cfg(not(feature = "storage_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::storage_1_0` needs the cargo feature `storage_1_0`, which is off",
        label = "needs the cargo feature `storage_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"storage_1_0\"]` (`full` enables every module)"
    )]
    pub trait storage_1_0 {}
    #[cfg(not(feature = "storage_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::storage_2_0` needs the cargo feature `storage_2_0`, which is off",
        label = "needs the cargo feature `storage_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"storage_2_0\"]` (`full` enables every module)"
    )]
    pub trait storage_2_0 {}
    #[cfg(not(feature = "swform_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::swform_1_0` needs the cargo feature `swform_1_0`, which is off",
        label = "needs the cargo feature `swform_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"swform_1_0\"]` (`full` enables every module)"
    )]
    pub trait swform_1_0 {}
    #[cfg(not(feature = "talent_tag_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::talent_tag_1_0` needs the cargo feature `talent_tag_1_0`, which is off",
        label = "needs the cargo feature `talent_tag_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"talent_tag_1_0\"]` (`full` enables every module)"
    )]
    pub trait talent_tag_1_0 {}
    #[cfg(not(feature = "team_sphere_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::team_sphere_1_0` needs the cargo feature `team_sphere_1_0`, which is off",
        label = "needs the cargo feature `team_sphere_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"team_sphere_1_0\"]` (`full` enables every module)"
    )]
    pub trait team_sphere_1_0 {}
    #[cfg(not(feature = "todo_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::todo_1_0` needs the cargo feature `todo_1_0`, which is off",
        label = "needs the cargo feature `todo_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"todo_1_0\"]` (`full` enables every module)"
    )]
    pub trait todo_1_0 {}
    #[cfg(not(feature = "todo_e_e_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::todo_e_e_1_0` needs the cargo feature `todo_e_e_1_0`, which is off",
        label = "needs the cargo feature `todo_e_e_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"todo_e_e_1_0\"]` (`full` enables every module)"
    )]
    pub trait todo_e_e_1_0 {}
    #[cfg(not(feature = "trade_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::trade_1_0` needs the cargo feature `trade_1_0`, which is off",
        label = "needs the cargo feature `trade_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"trade_1_0\"]` (`full` enables every module)"
    )]
    pub trait trade_1_0 {}
    #[cfg(not(feature = "trajectory_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::trajectory_1_0` needs the cargo feature `trajectory_1_0`, which is off",
        label = "needs the cargo feature `trajectory_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"trajectory_1_0\"]` (`full` enables every module)"
    )]
    pub trait trajectory_1_0 {}
    #[cfg(not(feature = "transcribe_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::transcribe_1_0` needs the cargo feature `transcribe_1_0`, which is off",
        label = "needs the cargo feature `transcribe_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"transcribe_1_0\"]` (`full` enables every module)"
    )]
    pub trait transcribe_1_0 {}
    #[cfg(not(feature = "tre_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::tre_1_0` needs the cargo feature `tre_1_0`, which is off",
        label = "needs the cargo feature `tre_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"tre_1_0\"]` (`full` enables every module)"
    )]
    pub trait tre_1_0 {}
    #[cfg(not(feature = "trip_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::trip_1_0` needs the cargo feature `trip_1_0`, which is off",
        label = "needs the cargo feature `trip_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"trip_1_0\"]` (`full` enables every module)"
    )]
    pub trait trip_1_0 {}
    #[cfg(not(feature = "village_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::village_1_0` needs the cargo feature `village_1_0`, which is off",
        label = "needs the cargo feature `village_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"village_1_0\"]` (`full` enables every module)"
    )]
    pub trait village_1_0 {}
    #[cfg(not(feature = "vip_member_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::vip_member_1_0` needs the cargo feature `vip_member_1_0`, which is off",
        label = "needs the cargo feature `vip_member_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"vip_member_1_0\"]` (`full` enables every module)"
    )]
    pub trait vip_member_1_0 {}
    #[cfg(not(feature = "watt_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::watt_1_0` needs the cargo feature `watt_1_0`, which is off",
        label = "needs the cargo feature `watt_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"watt_1_0\"]` (`full` enables every module)"
    )]
    pub trait watt_1_0 {}
    #[cfg(not(feature = "wiki_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::wiki_1_0` needs the cargo feature `wiki_1_0`, which is off",
        label = "needs the cargo feature `wiki_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"wiki_1_0\"]` (`full` enables every module)"
    )]
    pub trait wiki_1_0 {}
    #[cfg(not(feature = "wiki_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::wiki_2_0` needs the cargo feature `wiki_2_0`, which is off",
        label = "needs the cargo feature `wiki_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"wiki_2_0\"]` (`full` enables every module)"
    )]
    pub trait wiki_2_0 {}
    #[cfg(not(feature = "wms_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::wms_1_0` needs the cargo feature `wms_1_0`, which is off",
        label = "needs the cargo feature `wms_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"wms_1_0\"]` (`full` enables every module)"
    )]
    pub trait wms_1_0 {}
    #[cfg(not(feature = "workbench_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::workbench_1_0` needs the cargo feature `workbench_1_0`, which is off",
        label = "needs the cargo feature `workbench_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"workbench_1_0\"]` (`full` enables every module)"
    )]
    pub trait workbench_1_0 {}
    #[cfg(not(feature = "workflow_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::workflow_1_0` needs the cargo feature `workflow_1_0`, which is off",
        label = "needs the cargo feature `workflow_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"workflow_1_0\"]` (`full` enables every module)"
    )]
    pub trait workflow_1_0 {}
    #[cfg(not(feature = "workrecord_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::workrecord_1_0` needs the cargo feature `workrecord_1_0`, which is off",
        label = "needs the cargo feature `workrecord_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"workrecord_1_0\"]` (`full` enables every module)"
    )]
    pub trait workrecord_1_0 {}
    #[cfg(not(feature = "yida_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::yida_1_0` needs the cargo feature `yida_1_0`, which is off",
        label = "needs the cargo feature `yida_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"yida_1_0\"]` (`full` enables every module)"
    )]
    pub trait yida_1_0 {}
    #[cfg(not(feature = "yida_2_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::yida_2_0` needs the cargo feature `yida_2_0`, which is off",
        label = "needs the cargo feature `yida_2_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"yida_2_0\"]` (`full` enables every module)"
    )]
    pub trait yida_2_0 {}
    #[cfg(not(feature = "yun_shu_1_0"))]
    #[diagnostic::on_unimplemented(
        message = "`Client::yun_shu_1_0` needs the cargo feature `yun_shu_1_0`, which is off",
        label = "needs the cargo feature `yun_shu_1_0`",
        note = "enable it where `generated-client` is a dependency: `features = [\"yun_shu_1_0\"]` (`full` enables every module)"
    )]
    pub trait yun_shu_1_0 {}
}
/// Every operation (3300), by module: DingTalk's action name, method and path, the Rust method of the module's `Api` and the summary. Each module is a cargo feature named after it. Rustdoc's search also finds a method by the action name, by the path as DingTalk writes it (`/v1.0/contact/users/{unionId}`) and by method and path (`GET /v1.0/contact/users/{unionId}`).
///
/// # `activity_1_0`: 活动 (Activities)：活动的创建与查询。
///
/// Feature `activity_1_0`; `client.activity_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateActivity` | `POST /v1.0/activity/meta` | `create_activity` | 创建活动 |
/// | `ListActivity` | `GET /v1.0/activity/metaLists` | `list_activity` | 查询活动列表 |
///
/// # `agoal_1_0`: Agoal (目标管理)：目标与关键行动、绩效考核、指标库与业务数据。
///
/// Feature `agoal_1_0`; `client.agoal_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AgoalBizDataQuery` | `POST /v1.0/agoal/bizData/query` | `agoal_biz_data_query` | 业务数据开放 |
/// | `AgoalCreateProgress` | `POST /v1.0/agoal/objectives/progresses` | `agoal_create_progress` | 创建目标进展 |
/// | `AgoalEntityCreate` | `POST /v1.0/agoal/entities` | `agoal_entity_create` | 创建业务实体 |
/// | `AgoalEntityUpdate` | `PUT /v1.0/agoal/entities` | `agoal_entity_update` | 更新业务实体 |
/// | `AgoalFieldUpdate` | `PUT /v1.0/agoal/fields` | `agoal_field_update` | 更新 Agoal 字段值 |
/// | `AgoalFiscalYearschemeList` | `POST /v1.0/agoal/period/scheme/list` | `agoal_fiscal_yearscheme_list` | agoal财年方案列表 |
/// | `AgoalIndicatorBatchQuery` | `GET /v1.0/agoal/indicator/batch/query` | `agoal_indicator_batch_query` | 通过指标编码批量查询指标列表 |
/// | `AgoalIndicatorDataPush` | `POST /v1.0/agoal/indicator/data/push` | `agoal_indicator_data_push` | 通过指标编码推送指标时间维度数据 |
/// | `AgoalObjectiveKeyActionList` | `GET /v1.0/agoal/objectives/keyActionLists` | `agoal_objective_key_action_list` | 获取Agoal指定目标或者关键结果关联的关键行动 |
/// | `AgoalObjectiveProgressList` | `GET /v1.0/agoal/objectives/progresses/lists` | `agoal_objective_progress_list` | 查询企业下指定个人目标的所有进展 |
/// | `AgoalObjectiveRuleList` | `GET /v1.0/agoal/objectiveRuleLists/query` | `agoal_objective_rule_list` | 查询企业下目标规则列表 |
/// | `AgoalObjectiveRulePeriodList` | `GET /v1.0/agoal/objectiveRules/periodLists` | `agoal_objective_rule_period_list` | 获取Agoal目标规则下的周期列表 |
/// | `AgoalOrgObjectiveList` | `POST /v1.0/agoal/orgObjectives/list` | `agoal_org_objective_list` | 获取 Agoal 组织目标列表 |
/// | `AgoalOrgObjectiveQuery` | `GET /v1.0/agoal/orgObjectives` | `agoal_org_objective_query` | 查询组织目标详情 |
/// | `AgoalOrgObjectiveRuleList` | `GET /v1.0/agoal/objectiveRules/lists` | `agoal_org_objective_rule_list` | 获取Agoal目标规则列表 |
/// | `AgoalOrgPerfDocQuery` | `GET /v1.0/agoal/org_perf/documents/query` | `agoal_org_perf_doc_query` | 查询某个考核计划的部门得分 |
/// | `AgoalOrgPerfPlanQuery` | `GET /v1.0/agoal/org_perf/plans/query` | `agoal_org_perf_plan_query` | 查询企业下的所有考核计划 |
/// | `AgoalPerfTaskCreate` | `POST /v1.0/agoal/perfTasks` | `agoal_perf_task_create` | 创建考核任务 |
/// | `AgoalPerfTaskUpdate` | `PUT /v1.0/agoal/perfTasks` | `agoal_perf_task_update` | 更新考核任务 |
/// | `AgoalPeriodList` | `POST /v1.0/agoal/periods/list` | `agoal_period_list` | 获取 Agoal 周期列表 |
/// | `AgoalSendMessage` | `POST /v1.0/agoal/messages/send` | `agoal_send_message` | Agoal消息发送 |
/// | `AgoalUserAdminList` | `GET /v1.0/agoal/administrators/lists` | `agoal_user_admin_list` | 获取Agoal管理员列表 |
/// | `AgoalUserObjectiveList` | `POST /v1.0/agoal/users/objectiveLists/query` | `agoal_user_objective_list` | Agoal用户目标列表 |
/// | `AgoalUserSubAdminList` | `GET /v1.0/agoal/administrators/sub/lists` | `agoal_user_sub_admin_list` | 获取Agoal子管理员列表 |
/// | `GetDeptScoreCardIndicator` | `GET /v1.0/agoal/scorecards/departments/indicators` | `get_dept_score_card_indicator` | 获取部门下的维度和指标id |
/// | `GetIndicatorDetail` | `GET /v1.0/agoal/scorecards/indicators/details` | `get_indicator_detail` | 获取指标详情 |
/// | `GetObjectiveDetail` | `GET /v1.0/agoal/objectives/details` | `get_objective_detail` | 查询企业下个人目标详情 |
/// | `GetObjectiveRuleDetail` | `GET /v1.0/agoal/objectiveRules/details` | `get_objective_rule_detail` | 查询企业下单个目标规则详情 |
///
/// # `ai_global_e_c_1_0`: aiGlobalEC（未在钉钉开放平台文档中找到）：全渠道运营客服的消息接入、商品信息与回调。
///
/// Feature `ai_global_e_c_1_0`; `client.ai_global_e_c_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BusinessCodeCallback` | `POST /v1.0/aiGlobalEC/businessCode/callback` | `business_code_callback` | 业务code回调 |
/// | `ConnectionOmniChannelTiktokMessage` | `POST /v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process` | `connection_omni_channel_tiktok_message` | 全渠道运营客服tiktok消息接入 |
/// | `GetLoginUser` | `POST /v1.0/aiGlobalEC/authCode/getLoginUser` | `get_login_user` | 获取当前登录用户版本信息 |
/// | `HhoCallBack` | `POST /v1.0/aiGlobalEC/hho/callback` | `hho_call_back` | 提供给HHO的异步回调接口 |
/// | `Launch` | `POST /v1.0/aiGlobalEC/launch` | `launch` | 刊登的对外开放Api |
/// | `QueryBusinessCodeInfo` | `POST /v1.0/aiGlobalEC/businessCode/queryInfo` | `query_business_code_info` | 根据businessCode查询商品图片信息 |
/// | `QueryNotableInfo` | `GET /v1.0/aiGlobalEC/omniChannel/notable` | `query_notable_info` | 全渠道AI表格业务信息 |
/// | `TiktokShopAuthCallback` | `POST /v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback` | `tiktok_shop_auth_callback` | 平台店铺授权回调 |
/// | `TiktokWebhookProcess` | `POST /v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process` | `tiktok_webhook_process` | 全渠道运营Tiktok的Webhook信息写入 |
///
/// # `ai_interaction_1_0`: 智能交互 (AI Interaction)：主动模式与回复模式下的 AI 会话卡片。
///
/// Feature `ai_interaction_1_0`; `client.ai_interaction_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `Finish` | `POST /v1.0/aiInteraction/finish` | `finish` | 在主动模式下完结会话框 |
/// | `Prepare` | `POST /v1.0/aiInteraction/prepare` | `prepare` | 在主动模式下准备会话框 |
/// | `Reply` | `POST /v1.0/aiInteraction/reply` | `reply` | 在回复模式下更新会话框 |
/// | `Send` | `POST /v1.0/aiInteraction/send` | `send` | 直接发送消息 |
/// | `Update` | `POST /v1.0/aiInteraction/update` | `update` | 在主动模式下更新会话框 |
///
/// # `ai_paa_s_1_0`: AI PaaS：AI 技能执行、模型推理（含炼丹炉专属模型服务）与文生图任务。
///
/// Feature `ai_paa_s_1_0`; `client.ai_paa_s_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ExclusiveModelCompleteService` | `POST /v1.0/aiPaaS/ai/complete` | `exclusive_model_complete_service` | 炼丹炉专属模型推理服务 |
/// | `ExecuteAgent` | `POST /v1.0/aiPaaS/me/agents/execute` | `execute_agent` | 执行AI技能 |
/// | `LiandanTextImageGet` | `POST /v1.0/aiPaaS/ai/textToImage/results/query` | `liandan_text_image_get` | 炼丹炉文生图任务结果获取 |
/// | `LiandanluExclusiveModel` | `POST /v1.0/aiPaaS/ai/generate` | `liandanlu_exclusive_model` | 炼丹炉专属模型接口 |
/// | `LiandanluTextToImageModel` | `POST /v1.0/aiPaaS/ai/textToImage/generate` | `liandanlu_text_to_image_model` | 炼丹炉通过提示词生成图片 |
/// | `NLToFrameService` | `POST /v1.0/aiPaaS/ai/nl2frame` | `nl_to_frame_service` | 通过配置的指令，连接用户和系统，训练大模型 |
/// | `QueryBaymaxSkillLog` | `GET /v1.0/aiPaaS/skills/logs` | `query_baymax_skill_log` | Baymax技能执行日志 |
/// | `QueryConversationMessageForAI` | `GET /v1.0/aiPaaS/me/memory/im/{cid}/messages` | `query_conversation_message_for_ai` | 查询会话消息并以大模型友好的协议返回 |
/// | `QueryMemoryLearningTask` | `GET /v1.0/aiPaaS/me/memory/learningTask/get` | `query_memory_learning_task` | 查询记忆学习进度 |
/// | `SmartFormulaResultService` | `POST /v1.0/aiPaaS/nl2x/smartFormulas/results/query` | `smart_formula_result_service` | 中信金属智能配料任务结果 |
/// | `SmartFormulaTriggerService` | `POST /v1.0/aiPaaS/nl2x/smartFormulas/trigger` | `smart_formula_trigger_service` | 中信金属智能配料任务触发 |
/// | `SmartQuoteBatchQueryResultService` | `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery` | `smart_quote_batch_query_result_service` | 批量查询智能报价结果 |
/// | `SmartQuoteBatchQueryService` | `POST /v1.0/aiPaaS/nl2x/smartQuotations/batchQuery` | `smart_quote_batch_query_service` | 批量查询智能报价 |
/// | `SmartQuoteDataService` | `POST /v1.0/aiPaaS/nl2x/smartQuotations/datas` | `smart_quote_data_service` | 添加智能报价数据 |
/// | `SmartQuoteQueryResultService` | `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/query` | `smart_quote_query_result_service` | 查询智能报价结果 |
/// | `SmartQuoteQueryService` | `POST /v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery` | `smart_quote_query_service` | 查询智能报价 |
/// | `SubmitMemoryLearningTask` | `POST /v1.0/aiPaaS/me/memory/learningTask/put` | `submit_memory_learning_task` | 提交记忆学习任务 |
///
/// # `ai_search_ask_1_0`: AI 搜问 (AI Search)：多数据源召回与 AI 任务结果。
///
/// Feature `ai_search_ask_1_0`; `client.ai_search_ask_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `FetchLoginStatusDevices` | `POST /v1.0/aiSearchAsk/fetchLoginStatusDevices` | `fetch_login_status_devices` | 查询指定用户的全部已登录设备及其状态 |
/// | `GetAiTaskResult` | `POST /v1.0/aiSearchAsk/getAiTaskResult` | `get_ai_task_result` | 获得ai任务结果 |
/// | `Retrieve` | `POST /v1.0/aiSearchAsk/retrieve` | `retrieve` | 多数据源召回接口 |
/// | `SubmitAiTask` | `POST /v1.0/aiSearchAsk/submitAiTask` | `submit_ai_task` | 提交ai任务 |
///
/// # `aiot_1_0`: AIoT 平台 (AIoT)：智能硬件的设备详情与固件升级。
///
/// Feature `aiot_1_0`; `client.aiot_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CheckDeviceUpdate` | `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/checkUpdate` | `check_device_update` | 检查指定设备的固件升级 |
/// | `ConfirmFirmwareUpgrade` | `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/firmware/confirmUpgrade` | `confirm_firmware_upgrade` | 确认执行设备固件升级 |
/// | `GetDeviceDetail` | `GET /v1.0/aiot/products/deviceDetail` | `get_device_detail` | 查询指定设备的详情 |
/// | `GetDeviceProperties` | `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties/query` | `get_device_properties` | 读取指定设备的属性快照 |
/// | `GetServiceInvocation` | `GET /v1.0/aiot/serviceInvocations` | `get_service_invocation` | 查询设备服务调用结果 |
/// | `InvokeDeviceService` | `POST /v1.0/aiot/products/{productKey}/devices/{deviceName}/services/{serviceIdentifier}/invoke` | `invoke_device_service` | 调用指定设备的物模型服务 |
/// | `SetDeviceProperties` | `PUT /v1.0/aiot/products/{productKey}/devices/{deviceName}/properties` | `set_device_properties` | 设置指定设备的属性 |
///
/// # `algo_1_0`: algo（未在钉钉开放平台文档中找到）：关键词识别、OKR 内容推荐与原料预测等算法接口。
///
/// Feature `algo_1_0`; `client.algo_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `NlpWordDistinguish` | `POST /v1.0/algo/okrs/keywords/extract` | `nlp_word_distinguish` | 自然语言处理之关键词识别 |
/// | `OkrOpenRecommend` | `POST /v1.0/algo/okrs/recommend` | `okr_open_recommend` | Okr内容推荐 |
/// | `WeiqiaoAluminumQuery` | `POST /v1.0/algo/industry/weiqiao/aluminum/query` | `weiqiao_aluminum_query` | 魏桥铝原料预测任务查询 |
/// | `WeiqiaoAluminumSubmit` | `POST /v1.0/algo/industry/weiqiao/aluminum/submit` | `weiqiao_aluminum_submit` | 魏桥铝原料预测任务提交 |
///
/// # `alitrip_1_0`: 阿里商旅 (Alitrip)：商旅申请单、用车与结算记账。
///
/// Feature `alitrip_1_0`; `client.alitrip_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddCityCarApply` | `POST /v1.0/alitrip/cityCarApprovals` | `add_city_car_apply` | 同步第三方市内用车申请单 |
/// | `ApproveCityCarApply` | `PUT /v1.0/alitrip/cityCarApprovals` | `approve_city_car_apply` | 三方市内用车申请单审批 |
/// | `BillSettementBtripTrain` | `GET /v1.0/alitrip/billSettlements/btripTrains` | `bill_settement_btrip_train` | 商旅火车票结算记账查询接口 |
/// | `BillSettementCar` | `GET /v1.0/alitrip/billSettlements/cars` | `bill_settement_car` | 用车结算记账查询接口 |
/// | `BillSettementFlight` | `GET /v1.0/alitrip/billSettlements/flights` | `bill_settement_flight` | 机票结算记账查询接口 |
/// | `BillSettementHotel` | `GET /v1.0/alitrip/billSettlements/hotels` | `bill_settement_hotel` | 酒店结算记账查询接口 |
/// | `GetFlightExceedApply` | `GET /v1.0/alitrip/exceedapply/getFlight` | `get_flight_exceed_apply` | 商旅机票第三方超标审批单搜索接口 |
/// | `GetHotelExceedApply` | `GET /v1.0/alitrip/exceedapply/getHotel` | `get_hotel_exceed_apply` | 搜索酒店超标审批单 |
/// | `GetTrainExceedApply` | `GET /v1.0/alitrip/exceedapply/getTrain` | `get_train_exceed_apply` | 商旅火车票第三方超标审批单搜索接口 |
/// | `QueryCityCarApply` | `GET /v1.0/alitrip/cityCarApprovals` | `query_city_car_apply` | 三方市内用车申请单查询 |
/// | `QueryUnionOrder` | `GET /v1.0/alitrip/unionOrders` | `query_union_order` | 申请单关联单号查询相关订单信息 |
/// | `SyncExceedApply` | `POST /v1.0/alitrip/exceedapply/sync` | `sync_exceed_apply` | 同步超标审批结果 |
///
/// # `amdp_1_0`: HCM 主数据 (AMDP)：人员、角色与任职数据的推送。
///
/// Feature `amdp_1_0`; `client.amdp_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AmdpEmpRoleDataPush` | `POST /v1.0/amdp/employeeRoles/datas/push` | `amdp_emp_role_data_push` | 人员角色数据推送 |
/// | `AmdpEmployeeDataPush` | `POST /v1.0/amdp/employees/datas/push` | `amdp_employee_data_push` | 人员数据推送 |
/// | `AmdpJobPositionDataPush` | `POST /v1.0/amdp/empJobs/datas/push` | `amdp_job_position_data_push` | 任职数据推送 |
/// | `AmdpOrganizationDataPush` | `POST /v1.0/amdp/organizations/departments/datas/push` | `amdp_organization_data_push` | 组织部门数据推送 |
///
/// # `apaas_1_0`: 钉钉 aPaaS 模板 (aPaaS)：模板的批量创建、查询与修改。
///
/// Feature `apaas_1_0`; `client.apaas_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchCreateTemplate` | `POST /v1.0/apaas/templates` | `batch_create_template` | 批量创建模板 |
/// | `BatchQueryByTemplateKey` | `POST /v1.0/apaas/templates/query` | `batch_query_by_template_key` | 批量查询模板 |
/// | `BatchUpdateTemplate` | `PUT /v1.0/apaas/templates` | `batch_update_template` | 批量修改模板 |
/// | `QueryIndustryTagList` | `GET /v1.0/apaas/templates/industries` | `query_industry_tag_list` | 查询行业标签 |
/// | `QueryRoleTagList` | `GET /v1.0/apaas/templates/roles` | `query_role_tag_list` | 查询角色 |
/// | `QueryTemplateCategorys` | `GET /v1.0/apaas/templates/categories` | `query_template_categorys` | 查询模板分类 |
/// | `RecallAuditTemplate` | `POST /v1.0/apaas/templates/audits/recall` | `recall_audit_template` | 撤回模板审核 |
///
/// # `app_market_1_0`: 应用市场 (App Market)：应用商品、服务群、License 与酷应用访问状态。
///
/// Feature `app_market_1_0`; `client.app_market_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateAppGoodsServiceConversation` | `POST /v1.0/appMarket/orders/serviceGroups` | `create_app_goods_service_conversation` | 创建应用商品服务群 |
/// | `EnsureUserLicenseAccess` | `POST /v1.0/appMarket/userLicenses/ensure` | `ensure_user_license_access` | 校验访问用户是否拥有应用 License |
/// | `GetCoolAppAccessStatus` | `POST /v1.0/appMarket/coolApps/accessions/statuses/query` | `get_cool_app_access_status` | 获取酷应用访问状态 |
/// | `GetInAppSkuUrl` | `POST /v1.0/appMarket/internals/skuPages/query` | `get_in_app_sku_url` | 获取内购商品SKU页面地址 |
/// | `GetPersonalExperienceInfo` | `GET /v1.0/appMarket/personalExperiences` | `get_personal_experience_info` | 获取个人体验相关信息 |
/// | `NotifyOnCrmDataChange` | `POST /v1.0/appMarket/saleAssistants/crmDataChanges/notify` | `notify_on_crm_data_change` | 销售助理CRM数据变更回调通知 |
/// | `QueryMarketOrder` | `GET /v1.0/appMarket/orders/{orderId}` | `query_market_order` | 应用市场订单查询 |
/// | `UpdateAppVisibleScope` | `PUT /v1.0/appMarket/appVisibleScopes` | `update_app_visible_scope` | 全量更新第三方应用可见范围 |
/// | `UserTaskReport` | `POST /v1.0/appMarket/tasks` | `user_task_report` | app内用户操作任务同步 |
///
/// # `assistant_1_0`: AI 助理 (AI Assistant)：AI 助理、技能与专业词汇。
///
/// Feature `assistant_1_0`; `client.assistant_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddDomainWords` | `POST /v1.0/assistant/domainWords` | `add_domain_words` | 助理添加专业词汇 |
/// | `AddToOrgSkillRepository` | `POST /v1.0/assistant/orgActionRepositories` | `add_to_org_skill_repository` | 添加技能到组织技能库 |
/// | `AssistantMeResponse` | `POST /v1.0/assistant/{assistantId}/me/compatible-mode/responses` | `assistant_me_response` | 助理响应接口-委托权限 |
/// | `AssistantResponse` | `POST /v1.0/assistant/{assistantId}/compatible-mode/responses` | `assistant_response` | 助理响应接口-应用权限 |
/// | `BatchGetAICreditsRecord` | `GET /v1.0/assistant/aiCredits/list` | `batch_get_ai_credits_record` | 分页查询算粒的使用记录 |
/// | `CreateAssistant` | `POST /v1.0/assistant/basicInfo` | `create_assistant` | 创建AI助理 |
/// | `CreateAssistantMessage` | `POST /v1.0/assistant/threads/{threadId}/messages` | `create_assistant_message` | 创建AI助理的消息体 |
/// | `CreateAssistantRun` | `POST /v1.0/assistant/threads/{threadId}/runs` | `create_assistant_run` | 创建AI助理的运行任务 |
/// | `CreateAssistantThread` | `POST /v1.0/assistant/threads` | `create_assistant_thread` | 创建AI助理线程实例 |
/// | `DeleteAssistant` | `DELETE /v1.0/assistant/basicInfo` | `delete_assistant` | 删除AI助理 |
/// | `DeleteAssistantMessage` | `DELETE /v1.0/assistant/threads/{threadId}/messages/{messageId}` | `delete_assistant_message` | 删除AI助理的消息体 |
/// | `DeleteAssistantThread` | `DELETE /v1.0/assistant/threads/{threadId}` | `delete_assistant_thread` | 删除AI助理线程实例 |
/// | `DeleteDomainWords` | `POST /v1.0/assistant/domainWords/remove` | `delete_domain_words` | 助理删除专业词汇 |
/// | `DeleteKnowledge` | `DELETE /v1.0/assistant/knowledges/items` | `delete_knowledge` | 删除助理知识 |
/// | `DeployAssistant` | `POST /v1.0/assistant/deploy` | `deploy_assistant` | 一键部署AI助理 |
/// | `GetAskDetail` | `GET /v1.0/assistant/askDetails` | `get_ask_detail` | 获取助理问答明细 |
/// | `GetAssistantActionInfo` | `GET /v1.0/assistant/actionLists` | `get_assistant_action_info` | 获取AI助理技能列表信息 |
/// | `GetDomainWords` | `GET /v1.0/assistant/domainWords` | `get_domain_words` | 获取助理专业词汇 |
/// | `GetKnowledgeList` | `GET /v1.0/assistant/knowledges/items` | `get_knowledge_list` | 获取助理知识列表 |
/// | `InstallAssistant` | `POST /v1.0/assistant/install` | `install_assistant` | 安装助理 |
/// | `LearnKnowledge` | `POST /v1.0/assistant/knowledges/items` | `learn_knowledge` | 助理学习知识 |
/// | `ListAssistant` | `GET /v1.0/assistant/list` | `list_assistant` | 获取AI助理列表 |
/// | `ListAssistantMessage` | `GET /v1.0/assistant/threads/{threadId}/messages` | `list_assistant_message` | 获取AI助理消息列表 |
/// | `ListAssistantRun` | `GET /v1.0/assistant/threads/{threadId}/runs` | `list_assistant_run` | 获取AI助理的运行任务的列表 |
/// | `ListInstance` | `GET /v1.0/assistant/instances/list` | `list_instance` | 获取指定助理在组织下已安装的实例信息列表 |
/// | `ListVisibleAssistant` | `GET /v1.0/assistant/visibleList` | `list_visible_assistant` | 获取用户可见范围的AI助理列表 |
/// | `LogList` | `GET /v1.0/assistant/logs/list` | `log_list` | 获取对话明细列表 |
/// | `PageListNewAICreditsUsageRecord` | `GET /v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord` | `page_list_new_ai_credits_usage_record` | 分页查询新算粒的使用记录 |
/// | `RelearnKnowledge` | `PUT /v1.0/assistant/knowledges/incrLearning` | `relearn_knowledge` | 助理学习增量知识 |
/// | `RemoveAssistant` | `POST /v1.0/assistant/uninstall` | `remove_assistant` | 卸载助理 |
/// | `RemoveFromOrgSkillRepository` | `DELETE /v1.0/assistant/orgActionRepositories` | `remove_from_org_skill_repository` | 移除组织技能库技能 |
/// | `RetrieveAssistantBasicInfo` | `GET /v1.0/assistant/basicInfo` | `retrieve_assistant_basic_info` | 查询 AI 助理的基本信息 |
/// | `RetrieveAssistantMessage` | `GET /v1.0/assistant/threads/{threadId}/messages/{messageId}` | `retrieve_assistant_message` | 获取AI助理的消息体 |
/// | `RetrieveAssistantRun` | `GET /v1.0/assistant/threads/{threadId}/runs/{runId}` | `retrieve_assistant_run` | 检索AI助理的运行任务 |
/// | `RetrieveAssistantScope` | `GET /v1.0/assistant/scope` | `retrieve_assistant_scope` | 获取助理的使用范围 |
/// | `RetrieveAssistantThread` | `GET /v1.0/assistant/threads/{threadId}` | `retrieve_assistant_thread` | 检索AI助理线程实例 |
/// | `UpdateAssistantBasicInfo` | `PUT /v1.0/assistant/basicInfo` | `update_assistant_basic_info` | 更新AI助理基础信息 |
/// | `UpdateAssistantScope` | `PUT /v1.0/assistant/scope` | `update_assistant_scope` | 更新 AI 助理使用范围 |
///
/// # `assistant_2_0`: AI 助理 2.0 (AI Assistant 2.0)：AI 助理的线程、消息与运行任务。
///
/// Feature `assistant_2_0`; `client.assistant_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateAssistantMessage` | `POST /v2.0/assistant/threads/{threadId}/messages` | `create_assistant_message` | 创建AI助理的消息体 |
/// | `CreateAssistantRun` | `POST /v2.0/assistant/threads/{threadId}/runs` | `create_assistant_run` | 创建AI助理的运行任务 |
/// | `CreateAssistantThread` | `POST /v2.0/assistant/threads` | `create_assistant_thread` | 创建AI助理线程实例 |
/// | `DeleteAssistantMessage` | `DELETE /v2.0/assistant/threads/{threadId}/messages/{messageId}` | `delete_assistant_message` | 删除AI助理的消息体 |
/// | `DeleteAssistantThread` | `DELETE /v2.0/assistant/threads/{threadId}` | `delete_assistant_thread` | 删除AI助理线程实例 |
/// | `ListAssistantMessage` | `GET /v2.0/assistant/threads/{threadId}/messages` | `list_assistant_message` | 获取AI助理消息列表 |
/// | `PageListAICreditsUsage` | `GET /v2.0/assistant/aiCredits/pageListAICreditsUsage` | `page_list_ai_credits_usage` | 分页查询算粒使用记录 |
/// | `RetrieveAssistantMessage` | `GET /v2.0/assistant/threads/{threadId}/messages/{messageId}` | `retrieve_assistant_message` | 获取AI助理的消息体 |
/// | `RetrieveAssistantThread` | `GET /v2.0/assistant/threads/{threadId}` | `retrieve_assistant_thread` | 检索AI助理线程实例 |
///
/// # `ats_1_0`: 智能招聘 (ATS)：招聘渠道、应聘登记表与候选人。
///
/// Feature `ats_1_0`; `client.ats_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddApplicationRegFormTemplate` | `POST /v1.0/ats/flows/applicationRegForms/templates` | `add_application_reg_form_template` | 添加应聘登记表模板 |
/// | `AddFile` | `POST /v1.0/ats/files` | `add_file` | 添加钉盘文件 |
/// | `AddUserAccount` | `POST /v1.0/ats/channels/users/accounts` | `add_user_account` | 添加渠道个人账号 |
/// | `CollectRecruitJobDetail` | `POST /v1.0/ats/channels/jobs/import` | `collect_recruit_job_detail` | 渠道招聘职位需求导入 |
/// | `CollectResumeDetail` | `POST /v1.0/ats/resumes/details` | `collect_resume_detail` | 结构化简历信息回流 |
/// | `CollectResumeMail` | `POST /v1.0/ats/resumes/mails` | `collect_resume_mail` | 邮箱简历回流 |
/// | `ConfirmRights` | `POST /v1.0/ats/rights/{rightsCode}/confirm` | `confirm_rights` | 确认权益 |
/// | `FinishBeginnerTask` | `POST /v1.0/ats/beginnerTasks/{taskCode}/finish` | `finish_beginner_task` | 完成指定的新手任务 |
/// | `GetApplicationRegFormByFlowId` | `GET /v1.0/ats/flows/{flowId}/applicationRegForms` | `get_application_reg_form_by_flow_id` | 获取招聘流程关联的应聘登记表信息 |
/// | `GetCandidateByPhoneNumber` | `GET /v1.0/ats/candidates` | `get_candidate_by_phone_number` | 根据手机号获取候选人信息 |
/// | `GetFileUploadInfo` | `GET /v1.0/ats/files/uploadInfos` | `get_file_upload_info` | 获取钉盘上传文件信息 |
/// | `GetFlowById` | `GET /v1.0/ats/flows/{flowId}/info` | `get_flow_by_id` | 根据流程id获取流程详情 |
/// | `GetFlowIdByRelationEntityId` | `GET /v1.0/ats/flows/ids` | `get_flow_id_by_relation_entity_id` | 根据招聘流程关联的实体标识获取招聘流程标识 |
/// | `GetJobAuth` | `GET /v1.0/ats/auths/jobs/{jobId}` | `get_job_auth` | 获取职位信息 |
/// | `GetJobInfoByJobId` | `GET /v1.0/ats/jobs/{jobId}/info` | `get_job_info_by_job_id` | 根据职位id获取职位信息 |
/// | `ImportCandidateByResume` | `POST /v1.0/ats/candidates/importCandidateByResume` | `import_candidate_by_resume` | 导入简历创建候选人 |
/// | `ImportJobData` | `POST /v1.0/ats/weHire/jobs/import` | `import_job_data` | 导入外部渠道发布的职位数据 |
/// | `QueryCandidates` | `POST /v1.0/ats/candidates/query` | `query_candidates` | 查询候选人详情列表 |
/// | `QueryInterviews` | `POST /v1.0/ats/interviews/query` | `query_interviews` | 查询面试列表 |
/// | `ReportMessageStatus` | `POST /v1.0/ats/channels/messages/statuses/report` | `report_message_status` | 反馈渠道消息状态 |
/// | `ResumePostEvent` | `POST /v1.0/ats/resumes/post/event` | `resume_post_event` | isv推送给钉钉求职者投递简历的事件 |
/// | `SearchFlow` | `POST /v1.0/ats/flows/search` | `search_flow` | 根据搜索条件搜索流程 |
/// | `SyncChannelMessage` | `POST /v1.0/ats/channels/messages/sync` | `sync_channel_message` | 同步渠道IM消息 |
/// | `SyncInterviewInfoToAIInterviewAssistant` | `POST /v1.0/ats/ai/interview/interviewInfos/sync` | `sync_interview_info_to_ai_interview_assistant` | ats系统同步面试信息给AI面试助手 |
/// | `UpdateApplicationRegForm` | `PUT /v1.0/ats/flows/{flowId}/applicationRegForms` | `update_application_reg_form` | 更新应聘登记表内容 |
/// | `UpdateInterviewSignInInfo` | `PUT /v1.0/ats/interviews/{interviewId}/signInInfos` | `update_interview_sign_in_info` | 更新面试签到信息 |
/// | `UpdateJobDeliver` | `PUT /v1.0/ats/jobs/deliveryStatus` | `update_job_deliver` | 渠道侧职位发布状态变更回调 |
///
/// # `attendance_1_0`: 考勤 (Attendance)：考勤组、假期规则、排班与打卡。
///
/// Feature `attendance_1_0`; `client.attendance_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddLeaveType` | `POST /v1.0/attendance/leaves/types` | `add_leave_type` | 添加假期规则 |
/// | `AttendanceBleDevicesAdd` | `POST /v1.0/attendance/group/bledevices` | `attendance_ble_devices_add` | 批量给考勤组添加蓝牙设备 |
/// | `AttendanceBleDevicesQuery` | `POST /v1.0/attendance/group/bledevices/query` | `attendance_ble_devices_query` | 批量查询蓝牙设备 |
/// | `AttendanceBleDevicesRemove` | `POST /v1.0/attendance/group/bledevices/remove` | `attendance_ble_devices_remove` | 批量删除考勤组的蓝牙设备 |
/// | `BatchBossCheck` | `POST /v1.0/attendance/results/batch` | `batch_boss_check` | 批量修改考勤结果 |
/// | `CalculateDuration` | `POST /v1.0/attendance/approvals/durations/calculate` | `calculate_duration` | 预计算时长 |
/// | `CheckClosingAccount` | `POST /v1.0/attendance/closingAccounts/status/query` | `check_closing_account` | 针对某些员工某段时间内封账状态的查询 |
/// | `CheckWritePermission` | `POST /v1.0/attendance/writePermissions/query` | `check_write_permission` | 考勤资源的写权限查询 |
/// | `CreateApprove` | `POST /v1.0/attendance/approves` | `create_approve` | 创建考勤打卡审批单 |
/// | `DeleteLeaveRequest` | `POST /v1.0/attendance/users/{unionId}/vacations/records/revoke` | `delete_leave_request` | 撤销请假 |
/// | `DeleteWaterMarkTemplate` | `DELETE /v1.0/attendance/watermarks/templates` | `delete_water_mark_template` | 删除水印模板 |
/// | `DingTalkSecurityCheck` | `POST /v1.0/attendance/securities/check` | `ding_talk_security_check` | 钉钉安全检查 |
/// | `GetATManageScope` | `GET /v1.0/attendance/manageScopes` | `get_at_manage_scope` | 查询管理员管理范围下的userid |
/// | `GetAdjustments` | `GET /v1.0/attendance/adjustments` | `get_adjustments` | 获取补卡规则列表 |
/// | `GetCheckInSchemaTemplate` | `GET /v1.0/attendance/watermarks/templates` | `get_check_in_schema_template` | 获取水印打卡模板 |
/// | `GetCheckinRecordByUser` | `POST /v1.0/attendance/checkin/records/query` | `get_checkin_record_by_user` | 调用本接口，获取用户签到记录。 |
/// | `GetClassWithDeleted` | `GET /v1.0/attendance/classWithDeleted/{classId}` | `get_class_with_deleted` | 班次查询（包含已删除班次） |
/// | `GetClosingAccounts` | `POST /v1.0/attendance/closingAccounts/rules/query` | `get_closing_accounts` | 查询指定用户的封账规则 |
/// | `GetColumnvals` | `POST /v1.0/attendance/columnValues/query` | `get_columnvals` | 获取多个用户的智能考勤报表的列值 |
/// | `GetLeaveRecords` | `POST /v1.0/attendance/vacations/records/query` | `get_leave_records` | 批量查询员工假期余额变更记录 |
/// | `GetLeaveType` | `GET /v1.0/attendance/leaves/types` | `get_leave_type` | 查询假期规则列表 |
/// | `GetMachine` | `GET /v1.0/attendance/machines/{devId}` | `get_machine` | 根据设备id获取考勤机信息 |
/// | `GetMachineUser` | `GET /v1.0/attendance/machines/getUser/{devId}` | `get_machine_user` | 根据设备id获取员工信息 |
/// | `GetOverdraftInfo` | `POST /v1.0/attendance/vacations/overdraft/get` | `get_overdraft_info` | 假期透支信息查询 |
/// | `GetOvertimeSetting` | `POST /v1.0/attendance/overtimeSettings/query` | `get_overtime_setting` | 批量获取加班规则设置 |
/// | `GetShift` | `GET /v1.0/attendance/shifts` | `get_shift` | 班次详情 |
/// | `GetSimpleGroups` | `GET /v1.0/attendance/groupDetails` | `get_simple_groups` | 获取考勤组列表详情 |
/// | `GetSimpleOvertimeSetting` | `GET /v1.0/attendance/overtimeSettings` | `get_simple_overtime_setting` | 加班规则列表 |
/// | `GetUserHolidays` | `POST /v1.0/attendance/holidays` | `get_user_holidays` | 查询员工某段时间的假期 |
/// | `GroupAdd` | `POST /v1.0/attendance/groups` | `group_add` | 创建考勤组 |
/// | `GroupUpdate` | `PUT /v1.0/attendance/groups` | `group_update` | 修改考勤组 |
/// | `InitAndGetLeaveALlocationQuotas` | `GET /v1.0/attendance/leaves/initializations/balances` | `init_and_get_leave_a_llocation_quotas` | 生态系统假期初始化查询余额接口 |
/// | `ListApproveByUsers` | `POST /v1.0/attendance/approvals/query` | `list_approve_by_users` | 获取用户某段时间内同步到考勤的审批单信息 |
/// | `ModifyWaterMarkTemplate` | `PUT /v1.0/attendance/watermarks/templates` | `modify_water_mark_template` | 修改水印模板 |
/// | `ProcessApproveCreate` | `POST /v1.0/attendance/workflows/checkInForms` | `process_approve_create` | 创建考勤打卡审批单 |
/// | `ProcessApproveFinish` | `POST /v1.0/attendance/approvals/finish` | `process_approve_finish` | 通知审批通过 |
/// | `ProcessHhOemUpdate` | `PUT /v1.0/attendance/oemApps` | `process_hh_oem_update` | 考勤高级排班OEM应用升级 |
/// | `ReduceQuotaWithLeaveRecord` | `POST /v1.0/attendance/users/{unionId}/vacations/records/modify` | `reduce_quota_with_leave_record` | 扣减员工假期余额 |
/// | `RetainLeaveTypes` | `POST /v1.0/attendance/vacations/types/change` | `retain_leave_types` | 修改假期规则来源 |
/// | `ReverseTrialAdvancedLeave` | `PUT /v1.0/attendance/leaves/reverse` | `reverse_trial_advanced_leave` | 提供给高级假期的试用订单回退 |
/// | `SalaryThirdDataIntegration` | `POST /v1.0/attendance/salaries/tripartiteDatas/write` | `salary_third_data_integration` | 薪酬三方数据写入 |
/// | `SaveCustomWaterMarkTemplate` | `POST /v1.0/attendance/watermarks/templates` | `save_custom_water_mark_template` | 新增水印签到模板 |
/// | `ShiftAdd` | `POST /v1.0/attendance/shifts` | `shift_add` | 创建班次 |
/// | `SyncScheduleInfo` | `PUT /v1.0/attendance/schedules/additionalInfo` | `sync_schedule_info` | 用于考勤排班附加信息，例如打卡位置，打卡wifi等 |
/// | `UpdateLeaveType` | `PUT /v1.0/attendance/leaves/types` | `update_leave_type` | 更新假期规则 |
/// | `UpdateVacationQuota` | `POST /v1.0/attendance/leaves/quota` | `update_vacation_quota` | 批量更新余额 |
///
/// # `badge_1_0`: 钉工牌 (Badge)：钉工牌码、用户实例与通知。
///
/// Feature `badge_1_0`; `client.badge_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateBadgeCodeUserInstance` | `POST /v1.0/badge/codes/userInstances` | `create_badge_code_user_instance` | 创建钉工牌码用户实例 |
/// | `CreateBadgeNotify` | `POST /v1.0/badge/notices` | `create_badge_notify` | 创建钉工牌通知消息 |
/// | `DecodeBadgeCode` | `POST /v1.0/badge/codes/decode` | `decode_badge_code` | 钉工牌解码 |
/// | `NotifyBadgeCodePayResult` | `POST /v1.0/badge/codes/payResults` | `notify_badge_code_pay_result` | 通知钉工牌码付款结果 |
/// | `NotifyBadgeCodeRefundResult` | `POST /v1.0/badge/codes/refundResults` | `notify_badge_code_refund_result` | 通知钉工牌码退款结果 |
/// | `NotifyBadgeCodeVerifyResult` | `POST /v1.0/badge/codes/verifyResults` | `notify_badge_code_verify_result` | 通知钉工牌码验证结果 |
/// | `SaveBadgeCodeCorpInstance` | `POST /v1.0/badge/codes/corpInstances` | `save_badge_code_corp_instance` | 保存钉工牌企业实例 |
/// | `UpdateBadgeCodeUserInstance` | `PUT /v1.0/badge/codes/userInstances` | `update_badge_code_user_instance` | 更新钉工牌码用户实例 |
///
/// # `bay_max_1_0`: Baymax 技能 (Baymax)：Baymax 技能执行日志。
///
/// Feature `bay_max_1_0`; `client.bay_max_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `QueryBaymaxSkillLog` | `GET /v1.0/bayMax/skills/logs` | `query_baymax_skill_log` | Baymax技能执行日志 |
///
/// # `bizfinance_1_0`: 智能财务 (Business Finance)：发票、角色权限与财务用户。
///
/// Feature `bizfinance_1_0`; `client.bizfinance_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AppendRolePermission` | `PUT /v1.0/bizfinance/roles/permissions` | `append_role_permission` | 追加角色权限点 |
/// | `BatchAddInvoice` | `POST /v1.0/bizfinance/invoices/batch` | `batch_add_invoice` | 发票数据批量写入 |
/// | `BatchCreateCustomer` | `POST /v1.0/bizfinance/auxiliaries/batch` | `batch_create_customer` | 批量增加用户信息 |
/// | `BeginConsume` | `POST /v1.0/bizfinance/consumedBenefits/prepare` | `begin_consume` | 预核销智能财务的权益 |
/// | `BindCompanyAccountantBook` | `POST /v1.0/bizfinance/companies/accountantBooks/bind` | `bind_company_accountant_book` | 绑定钉钉智能财务企业主体的账套信息 |
/// | `CancelConsume` | `POST /v1.0/bizfinance/consumedBenefits/cancel` | `cancel_consume` | 取消核销智能财务的权益 |
/// | `CheckVoucherStatus` | `POST /v1.0/bizfinance/invoices/checkVoucherStatus/query` | `check_voucher_status` | 查验发票是否生成凭证 |
/// | `CommitConsume` | `POST /v1.0/bizfinance/consumedBenefits/commit` | `commit_consume` | 确认核销智能财务的权益 |
/// | `CreateCustomer` | `POST /v1.0/bizfinance/auxiliaries/customers` | `create_customer` | 创建智能财务的客户信息 |
/// | `CreateReceipt` | `POST /v1.0/bizfinance/receipts` | `create_receipt` | 创建智能财务单据 |
/// | `DeleteReceipt` | `POST /v1.0/bizfinance/receipts/remove` | `delete_receipt` | 删除智能财务单据 |
/// | `GetBookkeepingUserList` | `GET /v1.0/bizfinance/bookkeeping/users` | `get_bookkeeping_user_list` | 获取可以查看账本的用户列表 |
/// | `GetCategory` | `GET /v1.0/bizfinance/categories/get` | `get_category` | 获取费用类别 |
/// | `GetCustomer` | `GET /v1.0/bizfinance/customers/details` | `get_customer` | 获取智能财务应用内维护的客户信息 |
/// | `GetFinanceAccount` | `GET /v1.0/bizfinance/financeAccounts/get` | `get_finance_account` | 获取企业账户 |
/// | `GetFormTemplateInfo` | `GET /v1.0/bizfinance/formTemplates/infos` | `get_form_template_info` | 获取智能财务套件模版信息 |
/// | `GetInvoiceByPage` | `GET /v1.0/bizfinance/invoices` | `get_invoice_by_page` | 发票分页查询接口 |
/// | `GetIsNewVersion` | `GET /v1.0/bizfinance/accounts/uses` | `get_is_new_version` | 用来给isv提供是否使用智能账本的判断接口 |
/// | `GetMultiCompanyInfoByCode` | `GET /v1.0/bizfinance/multiCompanies/{companyCode}` | `get_multi_company_info_by_code` | 根据comanyCode查询钉钉智能财务多主体信息 |
/// | `GetProduct` | `GET /v1.0/bizfinance/products` | `get_product` | 获取商品信息 |
/// | `GetProject` | `GET /v1.0/bizfinance/projects/get` | `get_project` | 获取单条项目 |
/// | `GetReceipt` | `GET /v1.0/bizfinance/receipts/details` | `get_receipt` | 获取智能财务单据详情 |
/// | `GetSupplier` | `GET /v1.0/bizfinance/suppliers/details` | `get_supplier` | 获取智能财务应用内维护的供应商信息 |
/// | `GetYongYouOpenApiToken` | `GET /v1.0/bizfinance/yongyou/token` | `get_yong_you_open_api_token` | 获取用友开放平台接口鉴权信息 |
/// | `GetYongYouOrgRelation` | `GET /v1.0/bizfinance/yongyou/relations` | `get_yong_you_org_relation` | 查询钉钉组织绑定的畅捷通组织 |
/// | `ProfessionBenefitConsume` | `POST /v1.0/bizfinance/professions/benefits/consume` | `profession_benefit_consume` | 权益核销 |
/// | `PushHistoricalReceipts` | `POST /v1.0/bizfinance/budgets/historicalReceipts/push` | `push_historical_receipts` | 触发单据同步给有成 |
/// | `QueryBenefit` | `GET /v1.0/bizfinance/benefits` | `query_benefit` | 查询智能财务计量型权益 |
/// | `QueryCategoryByPage` | `GET /v1.0/bizfinance/categories/list` | `query_category_by_page` | 批量获取费用类别 |
/// | `QueryCompanyInvoiceRelationCount` | `GET /v1.0/bizfinance/invoices/companyRelationReceipts/counts` | `query_company_invoice_relation_count` | 查询某个主体的开票申请单的提单数量 |
/// | `QueryCustomerByPage` | `GET /v1.0/bizfinance/customers` | `query_customer_by_page` | 分页批量获取智能财务应用内维护的客户信息 |
/// | `QueryCustomerInfo` | `GET /v1.0/bizfinance/auxiliaries/customers` | `query_customer_info` | 提供给合作伙伴，查询智能财务的客户配置信息 |
/// | `QueryEnterpriseAccountByPage` | `GET /v1.0/bizfinance/financeAccounts/list` | `query_enterprise_account_by_page` | 批量获取企业账户 |
/// | `QueryFinanceCompanyInfo` | `GET /v1.0/bizfinance/companies` | `query_finance_company_info` | 查询智能财务配置的企业信息 |
/// | `QueryInvoiceRelationCount` | `GET /v1.0/bizfinance/invoices/relationReceipts/counts` | `query_invoice_relation_count` | 查询开票申请单的提单数量 |
/// | `QueryMultiCompanyInfo` | `GET /v1.0/bizfinance/multiCompanies` | `query_multi_company_info` | 查询钉钉智能财务多主体信息 |
/// | `QueryPermissionByUserId` | `GET /v1.0/bizfinance/permissions` | `query_permission_by_user_id` | 提供给小望，查询当前用户所具有的的小望权限点信息 |
/// | `QueryPermissionRoleMember` | `POST /v1.0/bizfinance/roles/members/query` | `query_permission_role_member` | 查询智能财务角色下的成员信息 |
/// | `QueryProductByPage` | `POST /v1.0/bizfinance/products/query` | `query_product_by_page` | 批量获取商品信息 |
/// | `QueryProjectByPage` | `GET /v1.0/bizfinance/projects/list` | `query_project_by_page` | 批量获取项目信息 |
/// | `QueryReceiptDetailForInvoice` | `GET /v1.0/bizfinance/invoices/receipts/details` | `query_receipt_detail_for_invoice` | 查询开票申请单详情 |
/// | `QueryReceiptForInvoice` | `POST /v1.0/bizfinance/invoices/receipts/query` | `query_receipt_for_invoice` | 批量查询智能财务单据主数据信息 |
/// | `QueryReceiptsBaseInfo` | `GET /v1.0/bizfinance/receipts/dataInfos` | `query_receipts_base_info` | 批量查询智能财务的单据主数据基本信息 |
/// | `QueryReceiptsByPage` | `GET /v1.0/bizfinance/receipts` | `query_receipts_by_page` | 分页获取智能财务单据详情列表 |
/// | `QueryRoleMemberByPage` | `GET /v1.0/bizfinance/roles/members` | `query_role_member_by_page` | 分页查询智能财务角色下的成员信息 |
/// | `QuerySupplierByPage` | `GET /v1.0/bizfinance/suppliers` | `query_supplier_by_page` | 分页批量获取智能财务应用内维护的供应商信息 |
/// | `QueryUserRoleList` | `GET /v1.0/bizfinance/users/roles` | `query_user_role_list` | 查询用户角色 |
/// | `UnbindApplyReceiptAndInvoiceRelated` | `POST /v1.0/bizfinance/invoices/unbind` | `unbind_apply_receipt_and_invoice_related` | 解绑开票申请单关联的发票 |
/// | `UpdateApplyReceiptAndInvoiceRelated` | `POST /v1.0/bizfinance/invoices/applyReceipts/relate` | `update_apply_receipt_and_invoice_related` | 开票申请单关联发票 |
/// | `UpdateDigitalInvoiceOrgInfo` | `PUT /v1.0/bizfinance/invoices/organizationInfos` | `update_digital_invoice_org_info` | 更新全电发票企业信息 |
/// | `UpdateFinanceCompanyInfo` | `PUT /v1.0/bizfinance/companies` | `update_finance_company_info` | 更新智能财务配置的企业信息 |
/// | `UpdateFinanceMultiCompanyInfo` | `PUT /v1.0/bizfinance/multiCompanies` | `update_finance_multi_company_info` | 更新钉钉智能财务多主体信息 |
/// | `UpdateInvoiceAbandonStatus` | `PUT /v1.0/bizfinance/invoices/abandonStatus` | `update_invoice_abandon_status` | 发票红冲/废弃状态变更接口 |
/// | `UpdateInvoiceAccountPeriod` | `PUT /v1.0/bizfinance/invoices/accountPeriods` | `update_invoice_account_period` | 更新发票账期状态 |
/// | `UpdateInvoiceAccountingPeriodDate` | `PUT /v1.0/bizfinance/invoices/accounts/periodDates` | `update_invoice_accounting_period_date` | 更新全电企业入账时间 |
/// | `UpdateInvoiceAccountingStatus` | `PUT /v1.0/bizfinance/invoices/accounts/statuses` | `update_invoice_accounting_status` | 更新全电企业入账状态 |
/// | `UpdateInvoiceAndReceiptRelated` | `PUT /v1.0/bizfinance/invoices/approvalReceipts` | `update_invoice_and_receipt_related` | 更新发票关联审批单 |
/// | `UpdateInvoiceIgnoreStatus` | `PUT /v1.0/bizfinance/invoices/ignoreStatus` | `update_invoice_ignore_status` | 更新发票忽略状态 |
/// | `UpdateInvoiceVerifyStatus` | `PUT /v1.0/bizfinance/invoices/verifyStatus` | `update_invoice_verify_status` | 发票认证状态变更接口 |
/// | `UpdateInvoiceVoucherStatus` | `PUT /v1.0/bizfinance/invoices/vouchers/states` | `update_invoice_voucher_status` | 更新发票生成凭证状态 |
/// | `UpdateReceipt` | `PUT /v1.0/bizfinance/receipts` | `update_receipt` | 更新智能财务单据 |
/// | `UpdateReceiptVoucherStatus` | `PUT /v1.0/bizfinance/vouchers/recepits` | `update_receipt_voucher_status` | 更新智能财务审批单的凭证状态 |
///
/// # `bizfinance_2_0`: 智能财务 2.0 (Business Finance 2.0)：企业账户、发票与凭证。
///
/// Feature `bizfinance_2_0`; `client.bizfinance_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddFinanceEnterpriseAccount` | `POST /v2.0/bizfinance/enterpriseAccounts` | `add_finance_enterprise_account` | 新增智能财务的企业账户 |
/// | `AddRetentionRecord` | `PUT /v2.0/bizfinance/retentionRecord` | `add_retention_record` | 留资上报 |
/// | `AiVoucher` | `POST /v2.0/bizfinance/aiVoucher/execute` | `ai_voucher` | 调用大模型生成ai凭证 |
/// | `BankGatewayInvoke` | `POST /v2.0/bizfinance/bankGateways/invoke` | `bank_gateway_invoke` | 银行接入层通用接口 |
/// | `BatchDeleteReceipt` | `POST /v2.0/bizfinance/instances/remove` | `batch_delete_receipt` | 批量删除智能财务单据 |
/// | `BatchQueryOrgInvoiceUrl` | `POST /v2.0/bizfinance/invoices/urls/batchQuery` | `batch_query_org_invoice_url` | 批量查询企业票池发票下载链接 |
/// | `BatchQueryPaymentRecallFile` | `POST /v2.0/bizfinance/payments/recallFiles/batchQuery` | `batch_query_payment_recall_file` | 批量查询支付回单文件 |
/// | `BatchSyncBankReceipt` | `POST /v2.0/bizfinance/receipts/batchSync` | `batch_sync_bank_receipt` | 批量同步银行回单 |
/// | `CancelSignEnterpriseAccount` | `POST /v2.0/bizfinance/enterpriseAccounts/cancelSign` | `cancel_sign_enterprise_account` | 已签约的企业账户解约 |
/// | `CheckVoucherStatus` | `POST /v2.0/bizfinance/invoices/checkVoucherStatus/query` | `check_voucher_status` | 查验发票是否生成凭证 |
/// | `ConfirmPaymentOrder` | `POST /v2.0/bizfinance/payments/confirm` | `confirm_payment_order` | 获取唤起智能财务收银台的地址 |
/// | `CreateCollectionOrder` | `POST /v2.0/bizfinance/me/collections/orders` | `create_collection_order` | 创建收款订单 |
/// | `CreatePayableReceipt` | `POST /v2.0/bizfinance/createArapReceipt` | `create_payable_receipt` | 创建应付单 |
/// | `CreatePaymentOrder` | `POST /v2.0/bizfinance/payments/orders` | `create_payment_order` | 创建智能财务待支付订单 |
/// | `DeleteCompany` | `POST /v2.0/bizfinance/companies/delete` | `delete_company` | 停用企业主体 |
/// | `DeleteEnterpriseAccount` | `POST /v2.0/bizfinance/enterpriseAccounts/delete` | `delete_enterprise_account` | 停用企业账户 |
/// | `DeleteProcessInstance` | `POST /v2.0/bizfinance/processInstance/delete` | `delete_process_instance` | 删除智能财务OA审批单，有权限控制 |
/// | `DeleteWorkflowInstance` | `POST /v2.0/bizfinance/workflowInstance/delete` | `delete_workflow_instance` | 删除工作流流程实例 |
/// | `EnableCompany` | `POST /v2.0/bizfinance/companies/enable` | `enable_company` | 启用企业主体 |
/// | `EnableEnterpriseAccount` | `POST /v2.0/bizfinance/enterpriseAccounts/enable` | `enable_enterprise_account` | 启用企业账户 |
/// | `GetCategory` | `GET /v2.0/bizfinance/categories` | `get_category` | 获取费用类别 |
/// | `GetDefine` | `POST /v2.0/bizfinance/customInfos/query` | `get_define` | 查询企业内自定义辅助档案信息 |
/// | `GetDefineData` | `POST /v2.0/bizfinance/customDatas/query` | `get_define_data` | 查询企业内自定义辅助档案数据信息 |
/// | `GetFinanceAccount` | `GET /v2.0/bizfinance/financeAccounts` | `get_finance_account` | 获取企业账户 |
/// | `GetProject` | `GET /v2.0/bizfinance/projects` | `get_project` | 获取单条项目 |
/// | `GetReceipt` | `GET /v2.0/bizfinance/receipts/details` | `get_receipt` | 获取智能财务单据详情 |
/// | `GetSupplier` | `GET /v2.0/bizfinance/suppliers/details` | `get_supplier` | 获取智能财务应用内维护的供应商信息 |
/// | `IssueInvoiceWithOrder` | `POST /v2.0/bizfinance/issueInvoices/order` | `issue_invoice_with_order` | 订单开票 |
/// | `LinkCommonInvoke` | `POST /v2.0/bizfinance/link/bizTypes/invoke` | `link_common_invoke` | 根据不同的bizType查询不同的数据 |
/// | `OrderBilling` | `POST /v2.0/bizfinance/billings/order` | `order_billing` | 订单开票 |
/// | `PageQueryCorpPayAccounts` | `GET /v2.0/bizfinance/corpPayAccounts/batch` | `page_query_corp_pay_accounts` | 查询企业支付绑定的付款账户列表 |
/// | `QueryAccountTradeByPage` | `POST /v2.0/bizfinance/payments/trades/query` | `query_account_trade_by_page` | 分页查询账户的银行交易流水 |
/// | `QueryAlipayUserId` | `POST /v2.0/bizfinance/consumption/aliPay/getUserId` | `query_alipay_user_id` | 根据staffId批量查询返回支付宝userId |
/// | `QueryAttachment` | `GET /v2.0/bizfinance/receipts/attachment` | `query_attachment` | 查询审批单上的附件和发票 |
/// | `QueryBank` | `GET /v2.0/bizfinance/bankinfo/bank` | `query_bank` | 查询银行列表 |
/// | `QueryBranch` | `GET /v2.0/bizfinance/bankinfo/branch` | `query_branch` | 查询支行名 |
/// | `QueryCategoryByPage` | `POST /v2.0/bizfinance/categories/batch` | `query_category_by_page` | 批量获取费用类别 |
/// | `QueryCity` | `GET /v2.0/bizfinance/bankinfo/city` | `query_city` | 查询城市列表 |
/// | `QueryCollectionInfoList` | `GET /v2.0/bizfinance/me/collections/accounts` | `query_collection_info_list` | 查询进件信息 |
/// | `QueryCollectionOrder` | `GET /v2.0/bizfinance/me/collections/orders` | `query_collection_order` | 查询收款订单 |
/// | `QueryCorpScale` | `GET /v2.0/bizfinance/queryCorpScale` | `query_corp_scale` | 根据企业名称列表，查询是否在钉钉有组织，及组织的认证状态与规模 |
/// | `QueryCustomerByPage` | `POST /v2.0/bizfinance/customers/batch` | `query_customer_by_page` | 分页批量获取智能财务应用内维护的客户信息 |
/// | `QueryEnterpriseAccountByPage` | `POST /v2.0/bizfinance/financeAccounts/batch` | `query_enterprise_account_by_page` | 批量获取企业账户 |
/// | `QueryEnterpriseAccountSignUrl` | `GET /v2.0/bizfinance/enterpriseAccounts/sign` | `query_enterprise_account_sign_url` | 获取智能财务企业账户签约地址 |
/// | `QueryEnterpriseCodeOpenDetail` | `POST /v2.0/bizfinance/enterprisecode/getOpenDetail` | `query_enterprise_code_open_detail` | 查询组织的企业码开通情况 |
/// | `QueryInstancePaymentOrderDetail` | `GET /v2.0/bizfinance/instances/{instanceId}/paymentOrders/details` | `query_instance_payment_order_detail` | 查询支付订单详情 |
/// | `QueryInvoiceTransferData` | `POST /v2.0/bizfinance/invoices/transferredDatas/query` | `query_invoice_transfer_data` | 发票数据迁移，根据数据key查询具体数据data |
/// | `QueryPaymentBenefit` | `GET /v2.0/bizfinance/payments/benefits` | `query_payment_benefit` | 查询支付的权益使用信息 |
/// | `QueryPaymentOrderDetail` | `GET /v2.0/bizfinance/payments/orders` | `query_payment_order_detail` | 查询智能财务支付订单信息 |
/// | `QueryPaymentRecallFile` | `GET /v2.0/bizfinance/payments/recallFiles/{instanceId}` | `query_payment_recall_file` | 查询支付回单信息 |
/// | `QueryPaymentRecallFileVTwo` | `GET /v2.0/bizfinance/payments/recallFilesV2/{instanceId}` | `query_payment_recall_file_v_two` | 查询支付回单信息，权限集与QueryPaymentRecallFile不同 |
/// | `QueryPaymentStatus` | `GET /v2.0/bizfinance/payments/statuses` | `query_payment_status` | 查询支付订单的状态 |
/// | `QueryPermissionUserIds` | `POST /v2.0/bizfinance/consumption/permission/getUserIds` | `query_permission_user_ids` | 查询对应权限点的人员staffId |
/// | `QueryProductByPage` | `POST /v2.0/bizfinance/products/query` | `query_product_by_page` | 批量获取商品信息 |
/// | `QueryProjectByPage` | `POST /v2.0/bizfinance/projects/batch` | `query_project_by_page` | 批量获取项目信息 |
/// | `QueryProvince` | `GET /v2.0/bizfinance/bankinfo/province` | `query_province` | 查询省份列表 |
/// | `QueryReceiptForInvoice` | `POST /v2.0/bizfinance/invoices/receipts/query` | `query_receipt_for_invoice` | 批量查询智能财务单据主数据信息 |
/// | `QueryReceiptsByPage` | `GET /v2.0/bizfinance/receipts` | `query_receipts_by_page` | 分页获取智能财务单据详情列表 |
/// | `QuerySupplierByPage` | `GET /v2.0/bizfinance/suppliers` | `query_supplier_by_page` | 分页批量获取智能财务应用内维护的供应商信息 |
/// | `QueryUseNewInvoiceApp` | `GET /v2.0/bizfinance/invoice/appGray` | `query_use_new_invoice_app` | 查询组织是否命中走新发票应用 |
/// | `QueryUserRoleList` | `GET /v2.0/bizfinance/users/roles` | `query_user_role_list` | 查询用户角色成员，支持分页，可获取某个企业主体下的角色成员 |
/// | `SignEnterpriseAccount` | `POST /v2.0/bizfinance/enterpriseAccounts/sign` | `sign_enterprise_account` | 签约企业账户 |
/// | `SyncReceiptRecall` | `POST /v2.0/bizfinance/receipts/syncRecall` | `sync_receipt_recall` | 发送银企支付回单文件信息 |
/// | `UpdateAuxiliaryStatus` | `PUT /v2.0/bizfinance/auxiliaries/status` | `update_auxiliary_status` | 更新智能财务档案的状态 |
/// | `UpdateFinanceEnterpriseAccount` | `PUT /v2.0/bizfinance/enterpriseAccounts` | `update_finance_enterprise_account` | 更新智能财务的企业账户 |
/// | `UpdateInstanceOrderInfo` | `PUT /v2.0/bizfinance/instances/{instanceId}/paymentOrders/states` | `update_instance_order_info` | 更新单据的支付状态 |
/// | `UpdateInvoiceDataTransferDone` | `PUT /v2.0/bizfinance/invoices/transferredDatas/statuses` | `update_invoice_data_transfer_done` | 发票数据迁移，新发票应用上报已成功搬移数据 |
/// | `UpdateInvoiceUrl` | `PUT /v2.0/bizfinance/invoices/urls` | `update_invoice_url` | 用于更新智能财务企业票池内对应发票的下载链接 |
///
/// # `blackboard_1_0`: 公告 (Blackboard)：公告详情与已读未读人员。
///
/// Feature `blackboard_1_0`; `client.blackboard_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetBlackboard` | `GET /v1.0/blackboard/get_blackboard` | `get_blackboard` | 获取公告详情 |
/// | `QueryBlackboardReadUnRead` | `GET /v1.0/blackboard/readers` | `query_blackboard_read_un_read` | 查询公告已读未读人员列表 |
/// | `QueryBlackboardSpace` | `GET /v1.0/blackboard/spaces` | `query_blackboard_space` | 获取公告钉盘空间信息 |
///
/// # `calendar_1_0`: 日程 (Calendar)：日程、参与人与会议室。
///
/// Feature `calendar_1_0`; `client.calendar_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddAttendee` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees` | `add_attendee` | 新增日程参与人 |
/// | `AddMeetingRooms` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms` | `add_meeting_rooms` | 添加会议室 |
/// | `CancelEvent` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/cancel` | `cancel_event` | 取消指定日程 |
/// | `CheckIn` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/checkIn` | `check_in` | 签到 |
/// | `ConvertLegacyEventId` | `POST /v1.0/calendar/users/{userId}/legacyEventIds/convert` | `convert_legacy_event_id` | 转换老版本的eventId |
/// | `CreateAcls` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls` | `create_acls` | 创建访问控制 |
/// | `CreateEvent` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events` | `create_event` | 创建日程 |
/// | `CreateEventByMe` | `POST /v1.0/calendar/me/calendars/{calendarId}/events` | `create_event_by_me` | 创建日程(me接口) |
/// | `CreateSubscribedCalendar` | `POST /v1.0/calendar/users/{userId}/subscribedCalendars` | `create_subscribed_calendar` | 快速创建订阅日历 |
/// | `DeleteAcl` | `DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls/{aclId}` | `delete_acl` | 删除访问控制 |
/// | `DeleteEvent` | `DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}` | `delete_event` | 删除指定日程 |
/// | `DeleteSubscribedCalendar` | `DELETE /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}` | `delete_subscribed_calendar` | 删除指定订阅日历 |
/// | `GenerateCaldavAccount` | `POST /v1.0/calendar/users/{userId}/caldavAccounts` | `generate_caldav_account` | 生成caldav账户 |
/// | `GetEvent` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}` | `get_event` | 查询日程列表 |
/// | `GetMeetingRoomsSchedule` | `POST /v1.0/calendar/users/{userId}/meetingRooms/schedules/query` | `get_meeting_rooms_schedule` | 查询会议室忙闲 |
/// | `GetSchedule` | `POST /v1.0/calendar/users/{userId}/querySchedule` | `get_schedule` | 查询闲忙 |
/// | `GetScheduleByMe` | `POST /v1.0/calendar/me/schedules/query` | `get_schedule_by_me` | 查询闲忙(me接口） |
/// | `GetSignInLink` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signInLinks` | `get_sign_in_link` | 获取签到链接 |
/// | `GetSignInList` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin` | `get_sign_in_list` | 获取签到信息详情 |
/// | `GetSignOutLink` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOutLinks` | `get_sign_out_link` | 获取签退链接 |
/// | `GetSignOutList` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut` | `get_sign_out_list` | 获取签退信息详情 |
/// | `GetSubscribedCalendar` | `GET /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}` | `get_subscribed_calendar` | 获取指定订阅日历详情 |
/// | `ListAcls` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls` | `list_acls` | 获取访问控制列表 |
/// | `ListAiMinutes` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/minutes` | `list_ai_minutes` | 拉取日程中绑定的听记信息 |
/// | `ListAttendees` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees` | `list_attendees` | 分页获取参与人列表 |
/// | `ListCalendars` | `GET /v1.0/calendar/users/{userId}/calendars` | `list_calendars` | 日历本查询 |
/// | `ListCategories` | `GET /v1.0/calendar/categories` | `list_categories` | 获取会议类型列表 |
/// | `ListEvents` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events` | `list_events` | 查询日程列表 |
/// | `ListEventsInstances` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/instances` | `list_events_instances` | 查询同一个循环日程序列下已生成的实例 |
/// | `ListEventsView` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/eventsview` | `list_events_view` | 查询日程视图列表以查看闲忙，展开循环日程 |
/// | `ListEventsViewByMe` | `GET /v1.0/calendar/me/calendars/{calendarId}/eventsview` | `list_events_view_by_me` | 查询日程视图列表以查看闲忙，展开循环日程(me接口） |
/// | `ListInstances` | `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/instances` | `list_instances` | 查询循环日程实例列表 |
/// | `ListOrgPlugins` | `GET /v1.0/calendar/plugins` | `list_org_plugins` | 拉取企业内插件列表 |
/// | `MeetingRoomRespond` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/{roomId}/respond` | `meeting_room_respond` | 设置会议室在日程中的响应状态 |
/// | `PatchEvent` | `PUT /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}` | `patch_event` | 修改日程 |
/// | `RemoveAttendee` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees/batchRemove` | `remove_attendee` | 删除日程参与人 |
/// | `RemoveMeetingRooms` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/batchRemove` | `remove_meeting_rooms` | 删除会议室 |
/// | `RespondEvent` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/respond` | `respond_event` | 回复日程邀请 |
/// | `SignIn` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin` | `sign_in` | 签到 |
/// | `SignOut` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut` | `sign_out` | 签退 |
/// | `SubscribeCalendar` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/subscribe` | `subscribe_calendar` | 订阅公共日历 |
/// | `TransferEvent` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/transfer` | `transfer_event` | 日程转让 |
/// | `UnsubscribeCalendar` | `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/unsubscribe` | `unsubscribe_calendar` | 取消订阅公共日历 |
/// | `UpdateOrgPluginSubscribers` | `POST /v1.0/calendar/plugins/{pluginId}/subscribers` | `update_org_plugin_subscribers` | 更新插件订阅人群 |
/// | `UpdateSubscribedCalendars` | `PUT /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}` | `update_subscribed_calendars` | 更新指定订阅日历 |
///
/// # `carbon_1_0`: 钉钉碳中和 (Carbon)：组织与用户的碳能量数据。
///
/// Feature `carbon_1_0`; `client.carbon_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetPersonalCarbonInfo` | `GET /v1.0/carbon/personals/infos` | `get_personal_carbon_info` | 获取用户的减碳明细 |
/// | `WriteAlibabaOrgCarbon` | `POST /v1.0/carbon/alibabaOrgDetails/write` | `write_alibaba_org_carbon` | 写入阿里巴巴每日组织明细碳能量数据 |
/// | `WriteAlibabaUserCarbon` | `POST /v1.0/carbon/alibabaUserDetails/write` | `write_alibaba_user_carbon` | 写入阿里巴巴每日用户碳能量数据 |
/// | `WriteIsvState` | `POST /v1.0/carbon/datas/states/write` | `write_isv_state` | ISV记录数据传输当前状态 |
/// | `WriteOrgCarbon` | `POST /v1.0/carbon/orgDetails/write` | `write_org_carbon` | 写入isv每日组织明细碳能量数据 |
/// | `WriteUserCarbon` | `POST /v1.0/carbon/userDetails/write` | `write_user_carbon` | 写入isv每日用户明细碳能量数据 |
/// | `WriteUserCarbonEnergy` | `POST /v1.0/carbon/userDetails/energies/write` | `write_user_carbon_energy` | 写入isv能耗每日用户明细碳能量数据 |
///
/// # `card_1_0`: 互动卡片 (Interactive Cards)：卡片的创建、投放、更新与场域信息。
///
/// Feature `card_1_0`; `client.card_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AppendSpace` | `PUT /v1.0/card/instances/spaces` | `append_space` | 新增或更新卡片的场域信息 |
/// | `AppendSpaceWithDelegate` | `PUT /v1.0/card/me/instances/spaces` | `append_space_with_delegate` | 新增或更新卡片的场域信息 |
/// | `CloseTopCard` | `POST /v1.0/card/tops/close` | `close_top_card` | 关闭吊顶卡片接口 |
/// | `CopyTemplate` | `POST /v1.0/card/templates/copy` | `copy_template` | 复制模板 |
/// | `CreateAndDeliver` | `POST /v1.0/card/instances/createAndDeliver` | `create_and_deliver` | 创建并投放卡片 |
/// | `CreateAndDeliverAICard` | `POST /v1.0/card/ai/instances/createAndDeliver` | `create_and_deliver_ai_card` | 创建并投放 AI 卡片 |
/// | `CreateAndDeliverWithDelegate` | `POST /v1.0/card/me/instances/createAndDeliver` | `create_and_deliver_with_delegate` | 创建并投放卡片 |
/// | `CreateCard` | `POST /v1.0/card/instances` | `create_card` | 创建卡片 |
/// | `CreateCardWithDelegate` | `POST /v1.0/card/me/instances` | `create_card_with_delegate` | 创建卡片 |
/// | `CreateTemplate` | `POST /v1.0/card/templates` | `create_template` | 创建模板 |
/// | `DeleteTemplate` | `POST /v1.0/card/templates/remove` | `delete_template` | 删除模板 |
/// | `DeliverCard` | `POST /v1.0/card/instances/deliver` | `deliver_card` | 投放卡片 |
/// | `DeliverCardWithDelegate` | `POST /v1.0/card/me/instances/deliver` | `deliver_card_with_delegate` | 投放卡片 |
/// | `GetTemplate` | `GET /v1.0/card/templates` | `get_template` | 获取模板信息 |
/// | `ListTemplate` | `POST /v1.0/card/templates/lists/query` | `list_template` | 获取模板列表 |
/// | `PublishTemplate` | `POST /v1.0/card/templates/publish` | `publish_template` | 发布模板 |
/// | `RegisterCallback` | `POST /v1.0/card/callbacks/register` | `register_callback` | 注册卡片回调地址 |
/// | `RegisterCallbackWithDelegate` | `POST /v1.0/card/me/callbacks/register` | `register_callback_with_delegate` | 注册卡片回调地址 |
/// | `SaveTemplate` | `POST /v1.0/card/templates/save` | `save_template` | 保存模板 |
/// | `StreamingUpdate` | `PUT /v1.0/card/streaming` | `streaming_update` | AI互动卡片流式更新 |
/// | `UpdateAICard` | `PUT /v1.0/card/ai/instances/update` | `update_ai_card` | 更新 AI 卡片 |
/// | `UpdateCard` | `PUT /v1.0/card/instances` | `update_card` | 更新卡片 |
/// | `UpdateCardWithDelegate` | `PUT /v1.0/card/me/instances` | `update_card_with_delegate` | 更新卡片 |
///
/// # `check_in_1_0`: 签到 (Check-in)：用户签到记录。
///
/// Feature `check_in_1_0`; `client.check_in_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetCheckinRecordByUser` | `POST /v1.0/checkIn/records/query` | `get_checkin_record_by_user` | 调用本接口，获取用户签到记录 |
///
/// # `chengfeng_1_0`: chengfeng（未在钉钉开放平台文档中找到）：员工与任职、职级、职位与职务，OKR 与日志数据。
///
/// Feature `chengfeng_1_0`; `client.chengfeng_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetAllJobLevel` | `GET /v1.0/chengfeng/jobLevels` | `get_all_job_level` | 获取组织下的全部职级 |
/// | `GetAllJobPosition` | `GET /v1.0/chengfeng/jobPositions` | `get_all_job_position` | 获取公司全部职位 |
/// | `GetAllJobPost` | `GET /v1.0/chengfeng/jobPosts` | `get_all_job_post` | 获取组织下的所有职务 |
/// | `GetAnalyzeData` | `POST /v1.0/chengfeng/okr/analyses/datas/query` | `get_analyze_data` | 获取分析运营数据 |
/// | `GetChildOrgList` | `GET /v1.0/chengfeng/organizations` | `get_child_org_list` | 根据部门编码查询下组织列表 |
/// | `GetEmployeeInfoByWorkNo` | `GET /v1.0/chengfeng/workNumbers/employees` | `get_employee_info_by_work_no` | 根据工号查询员工基础信息 |
/// | `GetEmploymentRecordByWorkNo` | `GET /v1.0/chengfeng/users/workNumber/{workNumbers}employmentRecords` | `get_employment_record_by_work_no` | 根据人员工号查询人员任职记录 |
/// | `GetJobPosition` | `GET /v1.0/chengfeng/jobPositions/infos` | `get_job_position` | 获取职位详情 |
/// | `GetJobPost` | `GET /v1.0/chengfeng/jobPosts/infos` | `get_job_post` | 根据编码获取职位详情 |
/// | `GetOrgInfo` | `GET /v1.0/chengfeng/organizations/infos` | `get_org_info` | 获取组织详情 |
/// | `GetStaffInfoByWorkNo` | `GET /v1.0/chengfeng/users` | `get_staff_info_by_work_no` | 根据员工工号获取员工的基本信息 |
/// | `GetStaffPageQuery` | `POST /v1.0/chengfeng/users/query` | `get_staff_page_query` | 分页查询员工信息 |
/// | `GetUser` | `GET /v1.0/chengfeng/okr/users` | `get_user` | 获取用户信息 |
/// | `ListAnalyzePeriods` | `GET /v1.0/chengfeng/okr/analyses/periods` | `list_analyze_periods` | 运营数据分析下的周期列表 |
/// | `ListObjectiveByIds` | `POST /v1.0/chengfeng/okr/objectives/query` | `list_objective_by_ids` | 根据目标id批量获取目标列表 |
/// | `ListObjectiveByUser` | `GET /v1.0/chengfeng/okr/users/objectives` | `list_objective_by_user` | 获取用户的 OKR 列表 |
/// | `ListProgressByIds` | `POST /v1.0/chengfeng/okr/objectives/progresses/query` | `list_progress_by_ids` | 根据进展id获取进展列表 |
/// | `ListSlsLog` | `GET /v1.0/chengfeng/organizations/slsLogDatas` | `list_sls_log` | 获取组织下的日志数据 |
/// | `PageListObjectiveProgress` | `GET /v1.0/chengfeng/okr/objectives/progresses/records` | `page_list_objective_progress` | 分页获取目标进展记录 |
/// | `TransferUserObjective` | `POST /v1.0/chengfeng/okr/objectives/transfer` | `transfer_user_objective` | 转交目标OKR |
///
/// # `conference_1_0`: 视频会议 (Video Conference)：视频会议、预约会议与闪记权限。
///
/// Feature `conference_1_0`; `client.conference_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddRecordPermission` | `POST /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordPermissions` | `add_record_permission` | 增加闪记权限 |
/// | `CancelScheduleConference` | `POST /v1.0/conference/scheduleConferences/cancel` | `cancel_schedule_conference` | 取消预约会议 |
/// | `CloseVideoConference` | `DELETE /v1.0/conference/videoConferences/{conferenceId}` | `close_video_conference` | 关闭视频会议 |
/// | `Cohosts` | `POST /v1.0/conference/videoConferences/{conferenceId}/coHosts/set` | `cohosts` | 设置联席主持人 |
/// | `CreateAutoLoginUrl` | `POST /v1.0/conference/videoConferences/createAutoLoginUrl` | `create_auto_login_url` | 生成会议自动登录url |
/// | `CreateCustomShortLink` | `POST /v1.0/conference/customShortLinks` | `create_custom_short_link` | 创建专属短链 |
/// | `CreateScheduleConference` | `POST /v1.0/conference/scheduleConferences` | `create_schedule_conference` | 创建预约会议 |
/// | `CreateVideoConference` | `POST /v1.0/conference/videoConferences` | `create_video_conference` | 创建视频会议 |
/// | `Focus` | `POST /v1.0/conference/videoConferences/{conferenceId}/focus` | `focus` | 设置全员看他 |
/// | `GenerateFlashMinutesDocumentUrl` | `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/document/generate` | `generate_flash_minutes_document_url` | 生成会议闪记文档的下载链接 |
/// | `GetConfDataByConferenceId` | `GET /v1.0/conference/videoConferences/{conferenceId}/infos` | `get_conf_data_by_conference_id` | 通过conferenceId获取指定音视频会议信息 |
/// | `GetConfDetailData` | `GET /v1.0/conference/videoConferences/{conferenceId}/details` | `get_conf_detail_data` | 通过conferenceId获取指定音视频会议成员信息 |
/// | `GetHistoryConfDataList` | `GET /v1.0/conference/videoConferences/histories/dataLists` | `get_history_conf_data_list` | 获取音视频会议列表数据 |
/// | `GetUserLastMetric` | `POST /v1.0/conference/videoConferences/{conferenceId}/lastMetricDatas/query` | `get_user_last_metric` | 通过conferenceId和unionId获取最新会议质量数据 |
/// | `GetUserMetricData` | `GET /v1.0/conference/videoConferences/{conferenceId}/metricDatas` | `get_user_metric_data` | 通过conferenceId和unionId获取指定音视频会议人员的会议质量数据 |
/// | `InviteMcu` | `POST /v1.0/conference/videoConferences/mcus/invite` | `invite_mcu` | 邀请MCU入会 |
/// | `InviteUsers` | `POST /v1.0/conference/videoConferences/{conferenceId}/users/invite` | `invite_users` | 邀请其他人员 |
/// | `KickMembers` | `POST /v1.0/conference/videoConferences/{conferenceId}/members/kick` | `kick_members` | 会议踢出成员 |
/// | `LockConference` | `POST /v1.0/conference/videoConferences/{conferenceId}/lock` | `lock_conference` | 锁定会议 |
/// | `MuteAll` | `POST /v1.0/conference/videoConferences/{conferenceId}/allMembers/mute` | `mute_all` | 会议全员静音或解除静音 |
/// | `MuteMembers` | `POST /v1.0/conference/videoConferences/{conferenceId}/members/mute` | `mute_members` | 指定人员静音或取消静音 |
/// | `OptRecordWhiteAccount` | `POST /v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount` | `opt_record_white_account` | 操作云/本地录制白名单企业设置 |
/// | `QueryCloudRecordText` | `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getTexts` | `query_cloud_record_text` | 查询云录制文本信息 |
/// | `QueryCloudRecordVideo` | `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getVideos` | `query_cloud_record_video` | 查询云录制视频 |
/// | `QueryCloudRecordVideoPlayInfo` | `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/videos/getPlayInfos` | `query_cloud_record_video_play_info` | 查询云录制视频播放信息 |
/// | `QueryConferenceInfo` | `GET /v1.0/conference/videoConferences/{conferenceId}` | `query_conference_info` | 查询视频会议信息 |
/// | `QueryConferenceInfoBatch` | `POST /v1.0/conference/videoConferences/query` | `query_conference_info_batch` | 批量查询视频会议信息 |
/// | `QueryConferenceInfoByRoomCode` | `GET /v1.0/conference/roomCodes/{roomCode}/infos` | `query_conference_info_by_room_code` | 根据会议号查询会议信息 |
/// | `QueryConferenceMembers` | `GET /v1.0/conference/videoConferences/{conferenceId}/members` | `query_conference_members` | 查询视频会议成员 |
/// | `QueryFlashMinutesSummary` | `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/summaries` | `query_flash_minutes_summary` | 查询云录制摘要请求 |
/// | `QueryMinutesAudio` | `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/audioInfos` | `query_minutes_audio` | 查询会议闪记的音频信息 |
/// | `QueryMinutesMeetingResult` | `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/meetingResult` | `query_minutes_meeting_result` | 查询闪记会后结果 |
/// | `QueryMinutesSummary` | `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/summaries/query` | `query_minutes_summary` | 查询会议闪记智能纪要 |
/// | `QueryMinutesText` | `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/textInfos` | `query_minutes_text` | 查询会议闪记文本信息 |
/// | `QueryOrgConferenceList` | `GET /v1.0/conference/orgConferences` | `query_org_conference_list` | 查询企业进行中会议列表 |
/// | `QueryRecordMinutesUrl` | `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordUrls` | `query_record_minutes_url` | 查询闪记链接 |
/// | `QueryScheduleConfSettings` | `GET /v1.0/conference/scheduleConferences/settings` | `query_schedule_conf_settings` | 查询预约会议设置 |
/// | `QueryScheduleConference` | `GET /v1.0/conference/scheduleConferences/{scheduleConferenceId}/infos` | `query_schedule_conference` | 查询预约会议信息 |
/// | `QueryScheduleConferenceInfo` | `GET /v1.0/conference/videoConferences/scheduleConferences/{scheduleConferenceId}` | `query_schedule_conference_info` | 分页获取预约会议历史会议信息，当前仅返回最后一次的会议信息 |
/// | `QueryUserOnGoingConference` | `GET /v1.0/conference/users/lists` | `query_user_on_going_conference` | 查询用户进行中会议 |
/// | `SetSubtitleEvent` | `POST /v1.0/conference/videoConferences/{conferenceId}/subtitleEvents` | `set_subtitle_event` | 设置会议字幕事件订阅 |
/// | `StartCloudRecord` | `POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/start` | `start_cloud_record` | 开启云录制 |
/// | `StartMinutes` | `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/start` | `start_minutes` | 开启会议闪记 |
/// | `StartStreamOut` | `POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/start` | `start_stream_out` | 会议开始直播推流 |
/// | `StopCloudRecord` | `POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/stop` | `stop_cloud_record` | 关闭云录制 |
/// | `StopMinutes` | `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/pause` | `stop_minutes` | 暂停会议闪记 |
/// | `StopStreamOut` | `POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/stop` | `stop_stream_out` | 会议停止直播推流 |
/// | `UpdateMemberNick` | `POST /v1.0/conference/videoConferences/{conferenceId}/members/updateNick` | `update_member_nick` | 更新参会人昵称 |
/// | `UpdateScheduleConfSettings` | `PUT /v1.0/conference/scheduleConferences/settings` | `update_schedule_conf_settings` | 更新预约会议设置 |
/// | `UpdateScheduleConference` | `PUT /v1.0/conference/scheduleConferences` | `update_schedule_conference` | 更新预约会议 |
/// | `UpdateVideoConferenceExtInfo` | `PUT /v1.0/conference/videoConferences/{conferenceId}/extInfo` | `update_video_conference_ext_info` | 更新会议额外信息 |
/// | `UpdateVideoConferenceSetting` | `PUT /v1.0/conference/videoConferences/{conferenceId}` | `update_video_conference_setting` | 设置会议中的会议属性 |
///
/// # `connector_1_0`: 连接器 (Connector)：连接器、执行动作与集成流。
///
/// Feature `connector_1_0`; `client.connector_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateAction` | `POST /v1.0/connector/actions` | `create_action` | 创建执行动作 |
/// | `CreateConnector` | `POST /v1.0/connector/connectors` | `create_connector` | 创建连接器 |
/// | `CreateInvocableInstance` | `POST /v1.0/connector/instances` | `create_invocable_instance` | 创建一个用于运行执行动作/集成流的可调用实例 |
/// | `CreateTrigger` | `POST /v1.0/connector/triggers` | `create_trigger` | 创建触发器 |
/// | `GetActionDetail` | `POST /v1.0/connector/assets/actions/details/query` | `get_action_detail` | 获取执行动作详情 |
/// | `InvokeInstance` | `POST /v1.0/connector/instances/invoke` | `invoke_instance` | 调用执行实例 |
/// | `PullDataByPage` | `GET /v1.0/connector/data` | `pull_data_by_page` | 分页拉取连接器主数据 |
/// | `PullDataByPk` | `GET /v1.0/connector/data/{dataModelId}` | `pull_data_by_pk` | 通过业务主键拉取单条连接器主数据 |
/// | `SearchActions` | `POST /v1.0/connector/assets/actions/search` | `search_actions` | 搜索执行动作 |
/// | `SearchConnectors` | `GET /v1.0/connector/assets/connectors` | `search_connectors` | 搜索连接器 |
/// | `SyncData` | `POST /v1.0/connector/triggers/data/sync` | `sync_data` | 同步连接器数据 |
/// | `UpdateAction` | `PUT /v1.0/connector/actions` | `update_action` | 更新执行动作信息 |
/// | `UpdateConnector` | `PUT /v1.0/connector/connectors` | `update_connector` | 更新连接器信息 |
/// | `UpdateTrigger` | `PUT /v1.0/connector/triggers` | `update_trigger` | 更新触发事件信息 |
///
/// # `contact_1_0`: 通讯录 (Contacts)：用户、部门、角色与通讯录设置。
///
/// Feature `contact_1_0`; `client.contact_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddAccountMapping` | `POST /v1.0/contact/accountMappings` | `add_account_mapping` | 创建账号映射 |
/// | `AddContactHideBySceneSetting` | `POST /v1.0/contact/organizations/hides/settings` | `add_contact_hide_by_scene_setting` | 添加通讯录组织架构分场景隐藏设置 |
/// | `AddEmpAttributeHideBySceneSetting` | `POST /v1.0/contact/empAttributes/hides/settings` | `add_emp_attribute_hide_by_scene_setting` | 添加员工属性分场景隐藏设置 |
/// | `AddOrgAccountOwnness` | `POST /v1.0/contact/orgAccounts/owness` | `add_org_account_ownness` | 新增企业账号工作状态 |
/// | `AnnualCertificationAudit` | `POST /v1.0/contact/organizations/authorities/audit` | `annual_certification_audit` | 年检认证审核 |
/// | `BatchApproveUnionApply` | `POST /v1.0/contact/cooperateCorps/unionApplications/approve` | `batch_approve_union_apply` | 批量同意(合作空间/集团)的关联申请 |
/// | `BatchGetUser` | `GET /v1.0/contact/users/batch/get` | `batch_get_user` | 批量查询用户信息 |
/// | `BatchUpdateExternalTitle` | `PUT /v1.0/contact/externalTitles` | `batch_update_external_title` | 批量修改企业员工对外职位信息 |
/// | `ChangeDingTalkId` | `POST /v1.0/contact/orgAccounts/dingTalkIds/change` | `change_ding_talk_id` | 修改钉钉号 |
/// | `ChangeMainAdmin` | `POST /v1.0/contact/orgAccounts/mainAdministrators/change` | `change_main_admin` | 专属帐号转交主管理员(创建者) |
/// | `ChangeMainOrg` | `POST /v1.0/contact/orgAccounts/mainOrgs/change` | `change_main_org` | 企业账号修改主企业 |
/// | `CourseFinishCourse` | `POST /v1.0/contact/course/finishCourse` | `course_finish_course` | 考证上钉-isv-证书颁发接口 |
/// | `CreateCooperateOrg` | `POST /v1.0/contact/cooperateCorps` | `create_cooperate_org` | 创建合作空间 |
/// | `CreateManagementGroup` | `POST /v1.0/contact/managementGroups` | `create_management_group` | 创建管理组 |
/// | `CreateSecondaryManagementGroup` | `POST /v1.0/contact/secondaryAdministrators/managementGroups` | `create_secondary_management_group` | 子管理员创建管理组 |
/// | `CreateUserGroup` | `POST /v1.0/contact/userGroups/create` | `create_user_group` | 创建用户组 |
/// | `DelAccountMapping` | `DELETE /v1.0/contact/accountMappings` | `del_account_mapping` | 删除账号映射 |
/// | `DelOrgAccUserOwnness` | `DELETE /v1.0/contact/orgAccounts/ownness` | `del_org_acc_user_ownness` | 删除企业账号工作状态 |
/// | `DeleteContactHideBySceneSetting` | `DELETE /v1.0/contact/organizations/hides/settings/{settingId}` | `delete_contact_hide_by_scene_setting` | 删除通讯录组织架构分场景隐藏设置 |
/// | `DeleteContactHideSetting` | `DELETE /v1.0/contact/contactHideSettings/{settingId}` | `delete_contact_hide_setting` | 删除通讯录隐藏设置 |
/// | `DeleteContactRestrictSetting` | `DELETE /v1.0/contact/restrictions/settings/{settingId}` | `delete_contact_restrict_setting` | 删除限制查看通讯录设置 |
/// | `DeleteEmpAttributeHideBySceneSetting` | `DELETE /v1.0/contact/empAttributes/hides/settings/{settingId}` | `delete_emp_attribute_hide_by_scene_setting` | 删除员工属性分场景隐藏设置 |
/// | `DeleteEmpAttributeVisibility` | `DELETE /v1.0/contact/staffAttributes/visibilitySettings/{settingId}` | `delete_emp_attribute_visibility` | 删除员工字段可见性设置 |
/// | `DeleteManagementGroup` | `DELETE /v1.0/contact/managementGroups/{groupId}` | `delete_management_group` | 删除管理组 |
/// | `DeleteUserGroup` | `POST /v1.0/contact/userGroups/delete` | `delete_user_group` | 删除静态用户组 |
/// | `DeptGroupSettingUpdate` | `POST /v1.0/contact/departmentGroup/update` | `dept_group_setting_update` | 更新部门群设置 |
/// | `GetAccountMapping` | `GET /v1.0/contact/accountMappings` | `get_account_mapping` | 获取账号映射 |
/// | `GetApplyInviteInfo` | `GET /v1.0/contact/invites/infos` | `get_apply_invite_info` | 获取企业的邀请信息，如果传部门ID则邀请链接为邀请加入部门，否则加入根部门；如果企业未开启邀请或者链接申请加入邀请链接为null |
/// | `GetBranchAuthData` | `POST /v1.0/contact/branchAuthDatas/search` | `get_branch_auth_data` | 分支授权主干的行业数据 |
/// | `GetCardInUserHolder` | `GET /v1.0/contact/cards/holders/infos/{cardId}` | `get_card_in_user_holder` | 查询用户名片夹中的某张名片信息 |
/// | `GetCardInfo` | `GET /v1.0/contact/cards/infos/{cardId}` | `get_card_info` | 查询用户名片信息 |
/// | `GetContactHideBySceneSetting` | `GET /v1.0/contact/organizations/hides/settings/{settingId}` | `get_contact_hide_by_scene_setting` | 获取通讯录组织架构分场景隐藏设置 |
/// | `GetCooperateOrgInviteInfo` | `GET /v1.0/contact/cooperateCorps/{cooperateCorpId}/inviteInfos` | `get_cooperate_org_invite_info` | 获取邀请加入合作空间链接，分享链接之后企业可以申请加入 |
/// | `GetCorpCardStyleList` | `GET /v1.0/contact/cards/styles/lists` | `get_corp_card_style_list` | 查询企业模板列表 |
/// | `GetDingIdByMigrationDingId` | `GET /v1.0/contact/orgAccount/getDingIdByMigrationDingIds` | `get_ding_id_by_migration_ding_id` | 普通帐号迁移为专属帐号后，根据迁移后的dingId查询原dingId |
/// | `GetEmpAttributeHideBySceneSetting` | `GET /v1.0/contact/empAttributes/hides/settings/{settingId}` | `get_emp_attribute_hide_by_scene_setting` | 获取员工属性分场景隐藏设置 |
/// | `GetLatestDingIndex` | `GET /v1.0/contact/dingIndexs` | `get_latest_ding_index` | 获取企业最新的钉钉指数 |
/// | `GetMigrationDingIdByDingId` | `GET /v1.0/contact/orgAccount/getMigrationDingIdByDingIds` | `get_migration_ding_id_by_ding_id` | 普通帐号迁移为专属帐号后，根据原dingId查询迁移后的dingId |
/// | `GetMigrationUnionIdByUnionId` | `GET /v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds` | `get_migration_union_id_by_union_id` | 普通帐号迁移为专属帐号后，根据原unionId查询迁移后的unionId |
/// | `GetOrgAuthInfo` | `GET /v1.0/contact/organizations/authInfos` | `get_org_auth_info` | 查询企业认证信息 |
/// | `GetTranslateFileJobResult` | `GET /v1.0/contact/files/translateResults` | `get_translate_file_job_result` | 获取异步文件内容转译结果 |
/// | `GetUnionIdByMigrationUnionId` | `GET /v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds` | `get_union_id_by_migration_union_id` | 普通帐号迁移为专属帐号后，根据迁移后的unionId查询原unionId |
/// | `GetUser` | `GET /v1.0/contact/users/{unionId}` | `get_user` | 获取用户个人信息 |
/// | `GetUserByDingTalkId` | `GET /v1.0/contact/user/getByDingTalkId` | `get_user_by_ding_talk_id` | 根据钉钉号获取员工信息 |
/// | `GetUserCardHolderList` | `GET /v1.0/contact/cards/holders/lists` | `get_user_card_holder_list` | 查询用户名片夹信息 |
/// | `GetUserGroup` | `GET /v1.0/contact/userGroups/getUserGroup` | `get_user_group` | 查询用户组详情 |
/// | `InitVerifyEvent` | `POST /v1.0/contact/verifyIdentities/verifyEvents/init` | `init_verify_event` | 初始化核身事件 |
/// | `IsFriend` | `POST /v1.0/contact/relationships/friends/judge` | `is_friend` | 判断某用户跟给定专属账号是否存在好友关系 |
/// | `IsvCardEventPush` | `POST /v1.0/contact/cards/events/push` | `isv_card_event_push` | 名片事件推送 |
/// | `ListBasicRoleInPage` | `GET /v1.0/contact/rbac/administrativeGroups/baseInfos` | `list_basic_role_in_page` | 拉取管理组基本信息列表分页接口 |
/// | `ListContactHideSettings` | `GET /v1.0/contact/contactHideSettings` | `list_contact_hide_settings` | 获取通讯录隐藏设置 |
/// | `ListContactRestrictSetting` | `GET /v1.0/contact/restrictions/settings` | `list_contact_restrict_setting` | 获取限制查看通讯录设置列表 |
/// | `ListEmpAttributeVisibility` | `GET /v1.0/contact/staffAttributes/visibilitySettings` | `list_emp_attribute_visibility` | 获取员工字段可见性设置 |
/// | `ListEmpLeaveRecords` | `GET /v1.0/contact/empLeaveRecords` | `list_emp_leave_records` | 查询离职记录 |
/// | `ListManagementGroups` | `GET /v1.0/contact/managementGroups` | `list_management_groups` | 分页查询管理组 |
/// | `ListOwnedOrgByStaffId` | `GET /v1.0/contact/orgAccounts/ownedOrganizations` | `list_owned_org_by_staff_id` | 查询专属帐号拥有的组织(作为创建者的组织) |
/// | `ListSeniorSettings` | `GET /v1.0/contact/seniorSettings` | `list_senior_settings` | 获取员工高管设置 |
/// | `ListUserGroupMembers` | `GET /v1.0/contact/userGroups/listUserGroupMembers` | `list_user_group_members` | 查询用户组成员列表 |
/// | `ListUserGroups` | `GET /v1.0/contact/userGroups/listUserGroups` | `list_user_groups` | 查询用户组列表 |
/// | `ModifyOrgAccUserOwnness` | `PUT /v1.0/contact/orgAccounts/owness` | `modify_org_acc_user_ownness` | 更新企业账号工作状态 |
/// | `MultiOrgPermissionGrant` | `POST /v1.0/contact/orgAccounts/multiOrgPermissions/auth` | `multi_org_permission_grant` | 授权专属帐号可加入多组织 |
/// | `OrgAccountMobileVisibleInOtherOrg` | `PUT /v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg` | `org_account_mobile_visible_in_other_org` | 授权其他组织查看本组织的企业账号信息 |
/// | `OrgAccountMobileVisiblePermisson` | `PUT /v1.0/contact/orgAccounts/mobiles/visiblePermissions` | `org_account_mobile_visible_permisson` | 更新企业账号电话可见性 |
/// | `OrgInfo` | `POST /v1.0/contact/org/info` | `org_info` | 根据orgId获取企业信息 |
/// | `PushVerifyEvent` | `POST /v1.0/contact/verifyIdentities/verifyEvents/push` | `push_verify_event` | 给员工推送事件唤起核身组件 |
/// | `QueryCardVisitorStatisticData` | `GET /v1.0/contact/cards/visitors/statistics` | `query_card_visitor_statistic_data` | 查询访客统计信息信息 |
/// | `QueryCorpStatisticData` | `POST /v1.0/contact/cards/templates/statistics/query` | `query_corp_statistic_data` | 查询企业模版的统计数据 |
/// | `QueryCorpUserStatistic` | `POST /v1.0/contact/cards/users/statistics/query` | `query_corp_user_statistic` | 查询企业用户名片统计数据 |
/// | `QueryResourceManagementMembers` | `GET /v1.0/contact/resources/{resourceId}/managementMembers` | `query_resource_management_members` | 查询可管理资源的成员 |
/// | `QueryStatus` | `GET /v1.0/contact/orgAccounts/status` | `query_status` | 查询专属帐号状态 |
/// | `QueryUserManagementResources` | `GET /v1.0/contact/users/{userId}/managemementResources` | `query_user_management_resources` | 查询用户可以管理的资源 |
/// | `QueryVerifyResult` | `GET /v1.0/contact/verifyIdentities/verifyResults` | `query_verify_result` | 读取员工核身结果 |
/// | `RecallTeamInvite` | `POST /v1.0/contact/invites/recall` | `recall_team_invite` | 撤回已经发出的团队邀请 |
/// | `SearchDepartment` | `POST /v1.0/contact/departments/search` | `search_department` | 搜索部门 |
/// | `SearchUser` | `POST /v1.0/contact/users/search` | `search_user` | 搜索用户 |
/// | `SeparateBranchOrg` | `POST /v1.0/contact/cooperateCorps/separate` | `separate_branch_org` | 解除关联组织 |
/// | `SetDisable` | `POST /v1.0/contact/orgAccounts/disable` | `set_disable` | 停用专属帐号 |
/// | `SetEnable` | `POST /v1.0/contact/orgAccounts/enable` | `set_enable` | 启用专属帐号 |
/// | `SignOut` | `POST /v1.0/contact/orgAccounts/signOut` | `sign_out` | 强制登出专属帐号 |
/// | `SortUser` | `POST /v1.0/contact/users/sort` | `sort_user` | 根据用户名排序 |
/// | `SubmitHandoverResource` | `POST /v1.0/contact/assets/submitHandoverResource` | `submit_handover_resource` | 提交资源转交 |
/// | `TalentAddCustomTag` | `POST /v1.0/contact/talentTags/addCustomTag` | `talent_add_custom_tag` | 人才标签：添加员工自定义标签 |
/// | `TalentAddObjectiveTag` | `POST /v1.0/contact/talentTags/addObjectiveTag` | `talent_add_objective_tag` | 人才标签：添加员工客观标签 |
/// | `TalentAddPersonalityTag` | `POST /v1.0/contact/talentTags/addPersonalityTag` | `talent_add_personality_tag` | 人才标签：添加企业个性标签 |
/// | `TalentDeleteCustomTag` | `POST /v1.0/contact/talentTags/deleteCustomTagWithClearLike` | `talent_delete_custom_tag` | 人才标签：删除员工自定义标签并清除所有点赞记录 |
/// | `TalentDeleteObjectiveTag` | `POST /v1.0/contact/talentTags/deleteObjectiveTag` | `talent_delete_objective_tag` | 人才标签：删除员工客观标签 |
/// | `TalentDeletePersonalityTag` | `POST /v1.0/contact/talentTags/deletePersonalityTag` | `talent_delete_personality_tag` | 人才标签：删除企业个性标签 |
/// | `TalentLikeTag` | `POST /v1.0/contact/talentTags/likeTag` | `talent_like_tag` | 人才标签：点赞/取消点赞标签 |
/// | `TalentQueryCustomTag` | `GET /v1.0/contact/talentTags/queryCustomTag` | `talent_query_custom_tag` | 人才标签：查询员工自定义标签 |
/// | `TalentQueryObjectiveTag` | `GET /v1.0/contact/talentTags/queryObjectiveTag` | `talent_query_objective_tag` | 人才标签：查询员工客观标签 |
/// | `TalentQueryPersonalityTag` | `GET /v1.0/contact/talentTags/queryPersonalityTag` | `talent_query_personality_tag` | 人才标签：查询企业个性标签 |
/// | `TalentQueryTagLikeDetailList` | `GET /v1.0/contact/talentTags/queryTagLikeDetailList` | `talent_query_tag_like_detail_list` | 人才标签：分页查询指定标签的点赞记录 |
/// | `TalentQueryTagLikeList` | `GET /v1.0/contact/talentTags/queryTagLikeList` | `talent_query_tag_like_list` | 人才标签：查询点赞标签列表 |
/// | `TransformToExclusiveAccount` | `POST /v1.0/contact/orgAccount/transformToExclusiveAccounts` | `transform_to_exclusive_account` | 普通帐号转换为专属帐号 |
/// | `TransformToNormalAccount` | `POST /v1.0/contact/orgAccounts/transformToNormalAccount` | `transform_to_normal_account` | 企业账号转换为普通账号 |
/// | `TranslateFile` | `POST /v1.0/contact/files/translate` | `translate_file` | 异步文件内容转译 |
/// | `UniqueQueryUserCard` | `GET /v1.0/contact/uniques/cards` | `unique_query_user_card` | 唯一查询用户名片 |
/// | `UpdateBranchAttributesInCooperate` | `PUT /v1.0/contact/cooperateCorps/branchAttributes` | `update_branch_attributes_in_cooperate` | 更新(分支/伙伴)在(集团/合作空间)的属性信息 |
/// | `UpdateBranchVisibleSettingInCooperate` | `PUT /v1.0/contact/cooperateCorps/branchVisibleSettings` | `update_branch_visible_setting_in_cooperate` | 设置(分支/伙伴)在(集团/合作空间)的可见范围 |
/// | `UpdateContactHideBySceneSetting` | `PUT /v1.0/contact/organizations/hides/settings/{settingId}` | `update_contact_hide_by_scene_setting` | 更新通讯录组织架构隐藏设置 |
/// | `UpdateContactHideSetting` | `PUT /v1.0/contact/contactHideSettings` | `update_contact_hide_setting` | 更新通讯录隐藏设置 |
/// | `UpdateContactRestrictSetting` | `PUT /v1.0/contact/restrictions/settings` | `update_contact_restrict_setting` | 新增或修改限制查看通讯录设置 |
/// | `UpdateDeptSettngTailFirst` | `POST /v1.0/contact/depts/settings/priorities` | `update_dept_settng_tail_first` | 通讯录可见性部门设置子部门设置优先 |
/// | `UpdateEmpAttrbuteVisibilitySetting` | `POST /v1.0/contact/staffAttributes/visibilitySettings` | `update_emp_attrbute_visibility_setting` | 更新企业员工属性字段可见性设置 |
/// | `UpdateEmpAttributeHideBySceneSetting` | `PUT /v1.0/contact/empAttributes/hides/settings/{settingId}` | `update_emp_attribute_hide_by_scene_setting` | 更新员工属性分场景隐藏设置 |
/// | `UpdateManagementGroup` | `PUT /v1.0/contact/managementGroups/{groupId}` | `update_management_group` | 更新管理组 |
/// | `UpdateSeniorSetting` | `POST /v1.0/contact/seniorSettings` | `update_senior_setting` | 设置高管模式 |
/// | `UpdateTitleAuditStatus` | `PUT /v1.0/contact/userTitles/auditStatuses` | `update_title_audit_status` | 三方通过该接口更新个人履历的审核状态 |
/// | `UpdateUserOwnness` | `PUT /v1.0/contact/user/{userId}/ownness` | `update_user_ownness` | 更新用户个人状态 |
/// | `UserGroupAddStaticGroupMembers` | `POST /v1.0/contact/userGroups/addStaticGroupMembers` | `user_group_add_static_group_members` | 批量添加静态用户组成员 |
/// | `UserGroupRemoveStaticGroupMembers` | `POST /v1.0/contact/userGroups/removeStaticGroupMembers` | `user_group_remove_static_group_members` | 批量删除静态用户组成员 |
/// | `UserProfile` | `POST /v1.0/contact/user/profile` | `user_profile` | 用户个人信息接口 |
///
/// # `content_1_0`: 内容 (Content)：内容与 feed 课程。
///
/// Feature `content_1_0`; `client.content_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateFeed` | `POST /v1.0/content/feeds` | `create_feed` | 创建内容 |
/// | `DeleteVideos` | `POST /v1.0/content/dian/videos/remove` | `delete_videos` | 点众下架视频接口 |
/// | `GetFeed` | `GET /v1.0/content/feeds/{feedId}` | `get_feed` | 获取feed的详细信息，包括子课程的信息 |
/// | `GetMediaCerficate` | `GET /v1.0/content/media/cerficates` | `get_media_cerficate` | 获取oss上传凭证 |
/// | `ListItemUserData` | `POST /v1.0/content/feeds/items/{itemId}/userStatistics/query` | `list_item_user_data` | 展示机构内观看内容的统计信息 |
/// | `PageFeed` | `POST /v1.0/content/feeds/query` | `page_feed` | 获取机构下课程列表 |
/// | `UploadVideos` | `POST /v1.0/content/dian/videos/upload` | `upload_videos` | 点众上传视频信息 |
///
/// # `contract_1_0`: 智能合同 (Contract)：合同解析、审查与相对方风险。
///
/// Feature `contract_1_0`; `client.contract_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AnalyzeSubjectTransactionRisk` | `POST /v1.0/contract/subjects/transaction-risks/analyze` | `analyze_subject_transaction_risk` | 相对方交易风险分析 |
/// | `AsyncCreateContractAnalysis` | `POST /v1.0/contract/review/asyncCreateContractAnalysis` | `async_create_contract_analysis` | 异步发起合同解析 |
/// | `CancelContractReview` | `POST /v1.0/contract/review/cancel` | `cancel_contract_review` | 智能法务取消合同审查 |
/// | `CancelReviewOrder` | `POST /v1.0/contract/reviews/cancel` | `cancel_review_order` | 取消审查工单接口 |
/// | `CheckEsignFile` | `POST /v1.0/contract/esignFiles/check` | `check_esign_file` | 查询esign文件是否正常 |
/// | `ConfirmContractReview` | `POST /v1.0/contract/api/review/confirm` | `confirm_contract_review` | 确认发起合同审查 |
/// | `ContractAiReviewResultNotify` | `POST /v1.0/contract/aiReviews/results/notify` | `contract_ai_review_result_notify` | ai合同审查结果回调 |
/// | `ContractBenefitConsume` | `POST /v1.0/contract/benefits/consume` | `contract_benefit_consume` | 合同权益核销 |
/// | `CreateChecklistRule` | `POST /v1.0/contract/api/review-rules/checklists/{checklistId}/rules` | `create_checklist_rule` | 在审查清单里创建自定义规则 |
/// | `CreateContractAppsCompareTask` | `POST /v1.0/contract/apps/comparisonTasks` | `create_contract_apps_compare_task` | 创建合同比对任务 |
/// | `CreateContractAppsExtractTask` | `POST /v1.0/contract/apps/extractTasks` | `create_contract_apps_extract_task` | 创建合同提取任务 |
/// | `CreateContractAppsReviewTask` | `POST /v1.0/contract/apps/reviewTasks` | `create_contract_apps_review_task` | 创建合同审查任务 |
/// | `CreateContractAppsTermsExtractEask` | `POST /v1.0/contract/apps/termsExtractTasks` | `create_contract_apps_terms_extract_eask` | 创建合同条款抽取任务 |
/// | `CreateContractCompareTask` | `POST /v1.0/contract/comparisonTasks` | `create_contract_compare_task` | 创建合同比对任务 |
/// | `CreateContractExtractTask` | `POST /v1.0/contract/extractTasks` | `create_contract_extract_task` | 创建合同提取任务 |
/// | `CreateContractReview` | `POST /v1.0/contract/review/create` | `create_contract_review` | 智能法务发起合同审查 |
/// | `CreateContractReviewTask` | `POST /v1.0/contract/reviewTasks` | `create_contract_review_task` | 创建合同审查任务 |
/// | `CreateReviewChecklist` | `POST /v1.0/contract/api/review-rules/checklists` | `create_review_checklist` | 创建自定义审查清单 |
/// | `CreateSignFlow` | `POST /v1.0/contract/dingEsign/signFlow` | `create_sign_flow` | 创建签署流程 |
/// | `CreateTemplateProcessTask` | `POST /v1.0/contract/template/file/createTask` | `create_template_process_task` | 模版合成文件任务创建接口 |
/// | `DeleteChecklistRule` | `DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}` | `delete_checklist_rule` | 删除审查清单里的自定义规则 |
/// | `DeleteReviewChecklist` | `DELETE /v1.0/contract/api/review-rules/checklists/{checklistId}` | `delete_review_checklist` | 删除自定义审查清单 |
/// | `EsignQueryApprovalInfo` | `POST /v1.0/contract/esign/approvalInfos/query` | `esign_query_approval_info` | 天谷侧查询审批单 |
/// | `EsignQueryGrantInfo` | `POST /v1.0/contract/esign/anthInfos/query` | `esign_query_grant_info` | 天谷侧查询授权信息接口 |
/// | `EsignQueryIdentityByTicket` | `POST /v1.0/contract/esign/tickets/identities/query` | `esign_query_identity_by_ticket` | 天谷侧查询获取免登信息 |
/// | `EsignSyncEvent` | `POST /v1.0/contract/esign/events/sync` | `esign_sync_event` | e签宝电子签事件同步回传接口 |
/// | `EsignUserVerify` | `POST /v1.0/contract/esign/user/verify` | `esign_user_verify` | 校验钉钉用户能否访问e签宝页面接口 |
/// | `FinishReviewOrder` | `POST /v1.0/contract/reviews/finish` | `finish_review_order` | 完成工单审查接口 |
/// | `GetAsyncCreateContractAnalysis` | `POST /v1.0/contract/review/getAsyncContractAnalysisResult` | `get_async_create_contract_analysis` | 异步发起合同解析结果 |
/// | `GetContractAnalysisResult` | `POST /v1.0/contract/review/getContractAnalysisResult` | `get_contract_analysis_result` | 获取合同解析结果 |
/// | `GetContractReviewBenefit` | `POST /v1.0/contract/review/getBenefit` | `get_contract_review_benefit` | 智能法务查询合同审查权益 |
/// | `GetContractReviewResult` | `POST /v1.0/contract/review/getResult` | `get_contract_review_result` | 智能法务查询合同审查结果 |
/// | `GetContractReviewResults` | `GET /v1.0/contract/api/review/result` | `get_contract_review_results` | 获取合同的审查结果 |
/// | `GetContractReviewStatus` | `GET /v1.0/contract/api/review/status` | `get_contract_review_status` | 获取合同的审查状态 |
/// | `GetContractSubjectRiskResult` | `POST /v1.0/contract/review/getSubjectRiskResult` | `get_contract_subject_risk_result` | 获取合同主体风险结果 |
/// | `GetFileDownloadUrl` | `POST /v1.0/contract/dingEsign/signFlow/files/downloadUrls` | `get_file_download_url` | 获取流程文件下载地址 |
/// | `GetReviewChecklist` | `GET /v1.0/contract/api/review-rules/checklists/{checklistId}` | `get_review_checklist` | 获取自定义审查清单 |
/// | `ListReviewChecklists` | `GET /v1.0/contract/api/review-rules/checklists` | `list_review_checklists` | 列出企业审查清单 |
/// | `OpenEsignFreeTrail` | `POST /v1.0/contract/openEsignFreeTrail` | `open_esign_free_trail` | 开通电子签免费试用 |
/// | `QueryAdvancedContractVersion` | `POST /v1.0/contract/versions/query` | `query_advanced_contract_version` | e签宝查询智能合同版本接口 |
/// | `QueryContractAppsCompareResult` | `POST /v1.0/contract/apps/comparisonResults/query` | `query_contract_apps_compare_result` | 查询合同比对结果 |
/// | `QueryContractAppsExtractResult` | `POST /v1.0/contract/apps/extractResults/query` | `query_contract_apps_extract_result` | 查询合同提取结果 |
/// | `QueryContractAppsReviewResult` | `POST /v1.0/contract/apps/reviewResults/query` | `query_contract_apps_review_result` | 查询合同审查结果 |
/// | `QueryContractAppsTermsExtractResult` | `POST /v1.0/contract/apps/termsExtractResults/query` | `query_contract_apps_terms_extract_result` | 查询合同条款抽取结果 |
/// | `QueryContractCompareList` | `POST /v1.0/contract/comparisonResults/queryList` | `query_contract_compare_list` | 查询合同比对任务列表 |
/// | `QueryContractCompareResult` | `POST /v1.0/contract/comparisonResults/query` | `query_contract_compare_result` | 查询合同比对结果 |
/// | `QueryContractExtractResult` | `POST /v1.0/contract/extractResults/query` | `query_contract_extract_result` | 查询合同提取结果 |
/// | `QueryContractReviewResult` | `POST /v1.0/contract/reviewResults/query` | `query_contract_review_result` | 查询合同审查结果 |
/// | `QueryContractSignInfo` | `POST /v1.0/contract/queryContractSignInfo` | `query_contract_sign_info` | 查询合同电子签相关信息 |
/// | `QueryFileProcessResult` | `POST /v1.0/contract/template/file/queryResult` | `query_file_process_result` | 查询文件合成结果 |
/// | `QuerySignFlowDetail` | `POST /v1.0/contract/dingEsign/signFlow/detail` | `query_sign_flow_detail` | 查询签署流程详情 |
/// | `QuerySignTask` | `POST /v1.0/contract/dingEsign/signTask/detail` | `query_sign_task` | 查询签署任务 |
/// | `QuerySubjectPublicRisk` | `POST /v1.0/contract/subjects/risks/query` | `query_subject_public_risk` | 相对方企业风险查询 |
/// | `SearchFileKeywordPositions` | `POST /v1.0/contract/dingEsign/files/keywordPositions` | `search_file_keyword_positions` | 查询文件关键字位置 |
/// | `SendContractCard` | `POST /v1.0/contract/cards/send` | `send_contract_card` | 发送合同相关卡片 |
/// | `SyncSignEvent` | `POST /v1.0/contract/syncSignEvent` | `sync_sign_event` | 同步签署事件 |
/// | `UpdateChecklistRule` | `PUT /v1.0/contract/api/review-rules/checklists/{checklistId}/rules/{ruleId}` | `update_checklist_rule` | 修改更新审查清单里的自定义规则 |
/// | `UpdateReviewChecklist` | `PUT /v1.0/contract/api/review-rules/checklists/{checklistId}` | `update_review_checklist` | 更新修改自定义审查清单 |
/// | `UploadContractReviewByUrl` | `POST /v1.0/contract/api/review/upload-by-url` | `upload_contract_review_by_url` | 用户上传合同文件，发起解析 |
///
/// # `conv_file_1_0`: 群文件 (Conversation Files)：IM 会话的存储空间与文件发送。
///
/// Feature `conv_file_1_0`; `client.conv_file_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetSpace` | `POST /v1.0/convFile/conversations/spaces/query` | `get_space` | 获取IM会话存储空间信息 |
/// | `Send` | `POST /v1.0/convFile/conversations/files/send` | `send` | 发送文件到指定会话 |
/// | `SendByApp` | `POST /v1.0/convFile/apps/conversations/files/send` | `send_by_app` | 以应用身份发送文件给自己 |
/// | `SendLink` | `POST /v1.0/convFile/conversations/files/links/send` | `send_link` | 发送文件链接到指定会话 |
///
/// # `cool_app_1_0`: 酷应用 (Cool App)：群酷应用的安装与排序。
///
/// Feature `cool_app_1_0`; `client.cool_app_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `InstallCoolAppOrderToGroup` | `POST /v1.0/coolApp/shortcuts/plugins/order` | `install_cool_app_order_to_group` | 群酷应用排序 |
/// | `InstallCoolAppToGroup` | `POST /v1.0/coolApp/shortcuts/plugins/install` | `install_cool_app_to_group` | 安装酷应用到群 |
/// | `QueryCoolAppShortcutOrder` | `POST /v1.0/coolApp/shortcuts/plugins/query` | `query_cool_app_shortcut_order` | 查询群插件栏 |
/// | `QueryInstalledCoolAppsInConversation` | `POST /v1.0/coolApp/installedInConversation/query` | `query_installed_cool_apps_in_conversation` | 查询会话内已安装的酷应用 |
/// | `UninstallCoolAppFromGroup` | `POST /v1.0/coolApp/shortcuts/plugins/uninstall` | `uninstall_cool_app_from_group` | 从群内卸载酷应用 |
///
/// # `cool_ops_1_0`: coolOps（未在钉钉开放平台文档中找到）：ISV 商机标签的查询与状态同步。
///
/// Feature `cool_ops_1_0`; `client.cool_ops_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchQueryOpportunityTag` | `POST /v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery` | `batch_query_opportunity_tag` | ISV批量查询商机标签 |
/// | `UpdateIsvOppStatus` | `PUT /v1.0/coolOps/isvOpportunities/statuses` | `update_isv_opp_status` | ISV商机状态同步 |
///
/// # `credit_1_0`: 金融评分 (Credit)：用户金融评分数据。
///
/// Feature `credit_1_0`; `client.credit_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `QueryScore` | `GET /v1.0/credit/scores` | `query_score` | 查询用户金融评分数据 |
///
/// # `crm_1_0`: 客户管理 (CRM)：客户、联系人、公海私海与动态。
///
/// Feature `crm_1_0`; `client.crm_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AbandonCustomer` | `POST /v1.0/crm/customers/abandon` | `abandon_customer` | 从私海放弃客户（退回公海） |
/// | `AddCrmPersonalCustomer` | `POST /v1.0/crm/personalCustomers` | `add_crm_personal_customer` | 添加crm个人客户（或企业客户） |
/// | `AddCustomerTrack` | `POST /v1.0/crm/customerTracks` | `add_customer_track` | 新增动态 |
/// | `AddLeads` | `POST /v1.0/crm/leads` | `add_leads` | 添加线索 |
/// | `AddMetaModelField` | `POST /v1.0/crm/metas/models/fields` | `add_meta_model_field` | 模型表结构增加字段 |
/// | `AddRelationMetaField` | `POST /v1.0/crm/relations/metas/fields` | `add_relation_meta_field` | 关系模型表结构增加字段 |
/// | `AppendCustomerDataAuth` | `POST /v1.0/crm/customers/dataAuth/append` | `append_customer_data_auth` | 追加客户数据权限 |
/// | `BatchAddContacts` | `POST /v1.0/crm/contacts/batch` | `batch_add_contacts` | 批量新增联系人 |
/// | `BatchAddFollowRecords` | `POST /v1.0/crm/followRecords/batch` | `batch_add_follow_records` | 批量新增跟进记录 |
/// | `BatchAddRelationDatas` | `POST /v1.0/crm/relationDatas/batch` | `batch_add_relation_datas` | 批量新增关系数据 |
/// | `BatchCreateClueData` | `POST /v1.0/crm/clues/datas/batch` | `batch_create_clue_data` | 批量创建线索数据 |
/// | `BatchRemoveFollowRecords` | `POST /v1.0/crm/followRecords/batchRemove` | `batch_remove_follow_records` | 批量删除跟进记录 |
/// | `BatchSendOfficialAccountOTOMessage` | `POST /v1.0/crm/officialAccounts/oToMessages/batchSend` | `batch_send_official_account_oto_message` | 服务窗消息群发 |
/// | `BatchUpdateContacts` | `PUT /v1.0/crm/contacts/batch` | `batch_update_contacts` | 批量修改联系人 |
/// | `BatchUpdateFollowRecords` | `PUT /v1.0/crm/followRecords/batch` | `batch_update_follow_records` | 批量修改跟进记录 |
/// | `BatchUpdateRelationDatas` | `PUT /v1.0/crm/relationDatas/batch` | `batch_update_relation_datas` | 批量修改关系数据 |
/// | `ConsumeBenefitInventory` | `POST /v1.0/crm/benefitInventories/consume` | `consume_benefit_inventory` | 核销权益库存 |
/// | `CreateCustomer` | `POST /v1.0/crm/customers` | `create_customer` | CRM客户通讯录数据写入接口，支持客户&联系人数据合并写入 |
/// | `CreateGroup` | `POST /v1.0/crm/groups` | `create_group` | 创建客户群 |
/// | `CreateGroupSet` | `POST /v1.0/crm/groupSets` | `create_group_set` | 创建群组 |
/// | `CreateRelationMeta` | `POST /v1.0/crm/relations/metas/create` | `create_relation_meta` | 创建关系模型表结构 |
/// | `DeleteCrmCustomObjectData` | `DELETE /v1.0/crm/customObjectDatas/instances/{instanceId}` | `delete_crm_custom_object_data` | 删除CRM自定义对象数据 |
/// | `DeleteCrmFormInstance` | `DELETE /v1.0/crm/formInstances/{instanceId}` | `delete_crm_form_instance` | crm自定义表单数据删除接口 |
/// | `DeleteCrmPersonalCustomer` | `DELETE /v1.0/crm/personalCustomers/{dataId}` | `delete_crm_personal_customer` | 删除crm个人客户（或企业客户） |
/// | `DeleteLeads` | `POST /v1.0/crm/leads/remove` | `delete_leads` | 删除线索 |
/// | `DeleteRelationMetaField` | `POST /v1.0/crm/relations/metas/fields/remove` | `delete_relation_meta_field` | 关系模型表结构删除字段 |
/// | `DescribeCrmPersonalCustomerObjectMeta` | `GET /v1.0/crm/personalCustomers/objectMeta` | `describe_crm_personal_customer_object_meta` | 获取CRM客户对象的元数据描述 |
/// | `DescribeMetaModel` | `POST /v1.0/crm/metas/models/query` | `describe_meta_model` | 查询模型表结构 |
/// | `DescribeRelationMeta` | `POST /v1.0/crm/relations/metas/query` | `describe_relation_meta` | 查询关系模型表结构 |
/// | `FindTargetRelatedFollowRecords` | `POST /v1.0/crm/targetFollowRecords/query` | `find_target_related_follow_records` | 分页获取关联对象的跟进记录列表 |
/// | `GetAllCustomerRecycles` | `GET /v1.0/crm/customerRecycles` | `get_all_customer_recycles` | 分页获取所有客户的掉保时间数据 |
/// | `GetContacts` | `POST /v1.0/crm/customObjects/contacts/datas/query` | `get_contacts` | 根据指定条件查询联系人数据 |
/// | `GetCrmGroupChat` | `GET /v1.0/crm/crmGroupChats/{openConversationId}` | `get_crm_group_chat` | 获取单个客户群 |
/// | `GetCrmGroupChatMulti` | `POST /v1.0/crm/crmGroupChats/batchQuery` | `get_crm_group_chat_multi` | 批量获取多个客户群 |
/// | `GetCrmGroupChatSingle` | `POST /v1.0/crm/crmGroupChats/query` | `get_crm_group_chat_single` | 获取单个客户群 |
/// | `GetCrmRolePermission` | `GET /v1.0/crm/permissions` | `get_crm_role_permission` | 获取CRM表单权限配置 |
/// | `GetCustomerTracksByRelationId` | `GET /v1.0/crm/customerTracks` | `get_customer_tracks_by_relation_id` | 分页获取某个客户的客户动态 |
/// | `GetGroupSet` | `GET /v1.0/crm/groupSets` | `get_group_set` | 查询群组 |
/// | `GetInAppPurchaseGoods` | `GET /v1.0/crm/inAppPurchaseGoods/infos` | `get_in_app_purchase_goods` | 获取内购商品信息 |
/// | `GetNavigationCatalog` | `GET /v1.0/crm/navigations/catalogs` | `get_navigation_catalog` | 获取自定义导航挂靠节点结构 |
/// | `GetObjectData` | `POST /v1.0/crm/customObjects/datas/query` | `get_object_data` | 根据指定条件查询自定义对象数据 |
/// | `GetOfficialAccountContactInfo` | `GET /v1.0/crm/officialAccounts/contacts/{userId}` | `get_official_account_contact_info` | 获取关注服务窗的联系人信息，包括手机号、主企业等字段，调用前先进行用户授权 |
/// | `GetOfficialAccountContacts` | `GET /v1.0/crm/officialAccounts/contacts` | `get_official_account_contacts` | 分页获取服务窗联系人信息 |
/// | `GetOfficialAccountOTOMessageResult` | `GET /v1.0/crm/officialAccounts/oToMessages/sendResults` | `get_official_account_oto_message_result` | 获取服务窗消息发送的结果 |
/// | `GetRelatedViewTabData` | `POST /v1.0/crm/formRelatedTabs/datas/query` | `get_related_view_tab_data` | 获取某个和oa关联的表单的具体数据 |
/// | `GetRelatedViewTabMeta` | `POST /v1.0/crm/formRelatedTabs/meta/query` | `get_related_view_tab_meta` | 获取和oa关联的表单tab信息 |
/// | `GetRelationUkSetting` | `GET /v1.0/crm/relationUkSettings` | `get_relation_uk_setting` | 获取关系数据查重规则 |
/// | `JoinGroupSet` | `POST /v1.0/crm/groupSets/join` | `join_group_set` | 加入群组 |
/// | `ListAvailableBenefit` | `POST /v1.0/crm/benefits/lists/query` | `list_available_benefit` | 批量查询可用权益 |
/// | `ListBenefitLicense` | `POST /v1.0/crm/benefitLicenses/lists/query` | `list_benefit_license` | 批量查询license |
/// | `ListClueTag` | `GET /v1.0/crm/clues/tags` | `list_clue_tag` | 获取线索标签列表 |
/// | `ListCrmPersonalCustomers` | `POST /v1.0/crm/personalCustomers/batchQuery` | `list_crm_personal_customers` | 批量获取crm个人客户 |
/// | `ListGroupSet` | `GET /v1.0/crm/groupSets/lists` | `list_group_set` | 查询群组列表 |
/// | `OverrideUpdateCustomerDataAuth` | `PUT /v1.0/crm/customers/dataAuth/overrideUpdate` | `override_update_customer_data_auth` | 覆盖更新客户数据权限 |
/// | `QueryAllCustomer` | `POST /v1.0/crm/customerInstances` | `query_all_customer` | 分页获取全量客户数据，根据不同的类型可以获取私海个人客户、企业客户，以及公海个人客户、企业客户，最多一次可获取100条数据 |
/// | `QueryAllTracks` | `GET /v1.0/crm/customers/tracks` | `query_all_tracks` | 批量查询企业客户动态 |
/// | `QueryAppManager` | `POST /v1.0/crm/apps/managers/query` | `query_app_manager` | 查询客户管理应用管理员 |
/// | `QueryBenefitInventory` | `POST /v1.0/crm/benefitInventories/query` | `query_benefit_inventory` | 查询权益库存 |
/// | `QueryClueFollowStatus` | `GET /v1.0/crm/clues/followStatuses` | `query_clue_follow_status` | 查询线索跟进状态 |
/// | `QueryCrmGroupChats` | `GET /v1.0/crm/crmGroupChats` | `query_crm_group_chats` | 查询客户群 |
/// | `QueryCrmPersonalCustomer` | `GET /v1.0/crm/personalCustomers` | `query_crm_personal_customer` | 根据指定查询条件批量获取客户数据 |
/// | `QueryCustomerBizType` | `POST /v1.0/crm/orgSettings/templates/customerBizTypes/query` | `query_customer_biz_type` | 查询客户模板启用类型 |
/// | `QueryGlobalInfo` | `GET /v1.0/crm/globalInfos` | `query_global_info` | 营销服融合三方全局信息 |
/// | `QueryHasAppPermission` | `POST /v1.0/crm/apps/adminPermissions/query` | `query_has_app_permission` | 查询用户是否有应用管理员权限 |
/// | `QueryOfficialAccountUserBasicInfo` | `GET /v1.0/crm/officialAccounts/basics/users` | `query_official_account_user_basic_info` | 查询服务窗用户基础信息 |
/// | `QueryRelationDatasByTargetId` | `GET /v1.0/crm/relations/datas/targets/{targetId}` | `query_relation_datas_by_target_id` | 根据targetId查询关系数据 |
/// | `RecallOfficialAccountOTOMessage` | `POST /v1.0/crm/officialAccounts/oToMessages/recall` | `recall_official_account_oto_message` | 服务窗消息撤回 |
/// | `SaveBenefitLicense` | `POST /v1.0/crm/benefitLicenses/save` | `save_benefit_license` | 保存license |
/// | `SendOfficialAccountOTOMessage` | `POST /v1.0/crm/officialAccounts/oToMessages/send` | `send_official_account_oto_message` | 服务窗单发接口，指定消息接收人发送 |
/// | `SendOfficialAccountSNSMessage` | `POST /v1.0/crm/officialAccounts/snsMessages/send` | `send_official_account_sns_message` | 个人应用发送服务窗消息 |
/// | `ServiceWindowMessageBatchPush` | `POST /v1.0/crm/messages/batchSend` | `service_window_message_batch_push` | 服务窗消息群发 |
/// | `SetUserVersionToFree` | `POST /v1.0/crm/versions/set` | `set_user_version_to_free` | 设置用户版本为免费版 |
/// | `TwoPhaseCommitInventory` | `POST /v1.0/crm/benefitInventories/twoPhases/commit` | `two_phase_commit_inventory` | 二阶段提交权益库存结果 |
/// | `UpdateCrmPersonalCustomer` | `PUT /v1.0/crm/personalCustomers` | `update_crm_personal_customer` | 更新crm个人客户（或企业客户） |
/// | `UpdateCustomerBizType` | `PUT /v1.0/crm/orgSettings/templates/customerBizTypes` | `update_customer_biz_type` | 更新客户模板类型 |
/// | `UpdateGroupSet` | `PUT /v1.0/crm/groupSets/set` | `update_group_set` | 更新群组 |
/// | `UpdateMenuData` | `POST /v1.0/crm/navigations/menus/sync` | `update_menu_data` | 增量同步导航数据 |
/// | `UpdateMetaModelField` | `PUT /v1.0/crm/metas/models/fields` | `update_meta_model_field` | 模型表结构更新字段 |
/// | `UpdateRelationMetaField` | `PUT /v1.0/crm/relations/metas/fields` | `update_relation_meta_field` | 关系模型表结构更新字段 |
///
/// # `crm_2_0`: 客户管理 2.0 (CRM 2.0)：关系数据查重规则。
///
/// Feature `crm_2_0`; `client.crm_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetRelationUkSetting` | `GET /v2.0/crm/relationUkSettings` | `get_relation_uk_setting` | 获取关系数据查重规则 |
///
/// # `custom_robot`: 自定义群机器人:向群发送消息(Webhook 地址自带 `access_token`,可选加签),以及用机器人回调中的
///
/// Feature `custom_robot`; `client.custom_robot()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `Send` | `POST /robot/send` | `send` | 自定义机器人发送群消息 |
/// | `SendBySession` | `POST /robot/sendBySession` | `send_by_session` | 通过 sessionWebhook 回复机器人会话 |
///
/// # `customer_1_0`: 大客户 (Key Accounts)：大客户接口与直签立项审批。
///
/// Feature `customer_1_0`; `client.customer_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CustomeRpcCall` | `POST /v1.0/customer/rpcCall` | `custome_rpc_call` | 大客户ltcPRC接口调用 |
/// | `ProjectSetup` | `POST /v1.0/customer/project/setup` | `project_setup` | 直签立项审批 |
///
/// # `customer_service_1_0`: 智能客服 (Customer Service)：工单与工单活动。
///
/// Feature `customer_service_1_0`; `client.customer_service_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateTicket` | `POST /v1.0/customerService/tickets` | `create_ticket` | 创建工单 |
/// | `ExecuteActivity` | `PUT /v1.0/customerService/tickets/{ticketId}` | `execute_activity` | 执行工单活动 |
/// | `GetUserSourceList` | `GET /v1.0/customerService/customers/sources` | `get_user_source_list` | 获取source列表 |
/// | `PageListAction` | `GET /v1.0/customerService/tickets/{ticketId}/actions` | `page_list_action` | 查询动作记录 |
/// | `PageListRobot` | `GET /v1.0/customerService/robots` | `page_list_robot` | 分页查询机器人信息 |
/// | `PageListTicket` | `GET /v1.0/customerService/tickets` | `page_list_ticket` | 分页查询工单 |
///
/// # `datacenter_1_0`: 数据目录与数据资产平台 (Data Center)：企业使用情况的统计数据、数据投递，数据资产平台与数据流通中心的数据服务。
///
/// Feature `datacenter_1_0`; `client.datacenter_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CloseDataDeliver` | `POST /v1.0/datacenter/dataDeliverServices/close` | `close_data_deliver` | 关闭数据投递任务 |
/// | `CreateDataDeliver` | `POST /v1.0/datacenter/dataDeliveries` | `create_data_deliver` | 创建数据投递 |
/// | `CreateScreen` | `POST /v1.0/datacenter/screens` | `create_screen` | 新增数据大屏 |
/// | `DataMarketIsvService` | `POST /v1.0/datacenter/isv/dataMarketServices/query` | `data_market_isv_service` | 数据流通中心获取数据服务 |
/// | `DataMarketService` | `POST /v1.0/datacenter/dataMarketServices/query` | `data_market_service` | 数据流通中心获取数据服务 |
/// | `GetAbnormalOperation` | `GET /v1.0/datacenter/companies/abnormalOperations` | `get_abnormal_operation` | 工商-经营异常 |
/// | `GetAdministrativeLicensing` | `GET /v1.0/datacenter/companies/administrativeLicenses` | `get_administrative_licensing` | 获取工商-行政许可 |
/// | `GetAdministrativePenalties` | `GET /v1.0/datacenter/companies/administrativePenalties` | `get_administrative_penalties` | 负面-行政处罚 |
/// | `GetBasicInfo` | `GET /v1.0/datacenter/companies/businessBasicInfos` | `get_basic_info` | 工商-基础信息 |
/// | `GetBiddingInfo` | `GET /v1.0/datacenter/companies/biddingInfos` | `get_bidding_info` | 获取经营-招投标信息 |
/// | `GetBranchInfo` | `GET /v1.0/datacenter/companies/branchInfos` | `get_branch_info` | 获取工商-分支机构 |
/// | `GetChangeRecord` | `GET /v1.0/datacenter/companies/changeRecords` | `get_change_record` | 获取工商-变更记录 |
/// | `GetDataDeliver` | `GET /v1.0/datacenter/dataDeliverServices/infos` | `get_data_deliver` | 获取投递任务信息 |
/// | `GetDomainInfo` | `GET /v1.0/datacenter/companies/domainInfos` | `get_domain_info` | 获取知识产权-域名信息 |
/// | `GetDoubleRandom` | `GET /v1.0/datacenter/companies/doubleRandomness` | `get_double_random` | 获取工商-双随机抽查结果 |
/// | `GetEnvironmentalPenalties` | `GET /v1.0/datacenter/companies/environmentalPenalties` | `get_environmental_penalties` | 负面-环保处罚 |
/// | `GetEventData` | `POST /v1.0/datacenter/eventDatas/query` | `get_event_data` | 获取事件订阅的数据 |
/// | `GetHolderInfo` | `GET /v1.0/datacenter/companies/shareholderInfos` | `get_holder_info` | 工商-股东信息 |
/// | `GetIntellectualProperty` | `GET /v1.0/datacenter/companies/intellectualProperties` | `get_intellectual_property` | 获取工商-知识产权出质 |
/// | `GetInvestmentAbroad` | `GET /v1.0/datacenter/companies/abroadInvestments` | `get_investment_abroad` | 获取工商-对外投资 |
/// | `GetJobInfo` | `GET /v1.0/datacenter/companies/jobInfos` | `get_job_info` | 获取经营-招聘信息 |
/// | `GetPatentInfo` | `GET /v1.0/datacenter/companies/patentInfos` | `get_patent_info` | 获取知识产权-专利信息 |
/// | `GetPrincipalEmployee` | `GET /v1.0/datacenter/companies/principalEmployees` | `get_principal_employee` | 获取工商-主要人员 |
/// | `GetQeneralTaxpayerInfo` | `GET /v1.0/datacenter/companies/generalTaxpayerInfos` | `get_qeneral_taxpayer_info` | 经营-一般纳税人 |
/// | `GetQualificationCert` | `GET /v1.0/datacenter/companies/qualificationCerts` | `get_qualification_cert` | 获取知识产权-资质证书 |
/// | `GetSeriousViolation` | `GET /v1.0/datacenter/companies/seriousViolations` | `get_serious_violation` | 负面-严重违法 |
/// | `GetSoftwareCopyright` | `GET /v1.0/datacenter/companies/softwareCopyrights` | `get_software_copyright` | 获取知识产权-软件著作权 |
/// | `GetTrademarkInfo` | `GET /v1.0/datacenter/companies/trademarkInfos` | `get_trademark_info` | 获取知识产权-商标信息 |
/// | `GetWorkCopyright` | `GET /v1.0/datacenter/companies/workCopyrights` | `get_work_copyright` | 获取知识产权-作品著作权 |
/// | `ListDataDelivers` | `GET /v1.0/datacenter/dataDeliverServices/lists` | `list_data_delivers` | 数据投递列表 |
/// | `OperateChartConfig` | `POST /v1.0/datacenter/chartConfigs/operate` | `operate_chart_config` | 操作表格配置 |
/// | `PostCorpAuthInfo` | `POST /v1.0/datacenter/corporations/authorize` | `post_corp_auth_info` | 企业授权信息 |
/// | `QueryActiveUserStatisticalData` | `GET /v1.0/datacenter/activeUserData` | `query_active_user_statistical_data` | 获取企业用户激活状态统计数据 |
/// | `QueryAnhmdStatisticalData` | `GET /v1.0/datacenter/statisticDatas/anHmd` | `query_anhmd_statistical_data` | 获取安恒密盾统计数据 |
/// | `QueryApprovalStatisticalData` | `GET /v1.0/datacenter/approvalData` | `query_approval_statistical_data` | 获取企业审批统计数据 |
/// | `QueryAttendanceStatisticalData` | `GET /v1.0/datacenter/attendanceData` | `query_attendance_statistical_data` | 获取企业考勤统计数据 |
/// | `QueryBlackboardStatisticalData` | `GET /v1.0/datacenter/blackboardData` | `query_blackboard_statistical_data` | 获取企业公告统计数据 |
/// | `QueryCalendarStatisticalData` | `GET /v1.0/datacenter/calendarData` | `query_calendar_statistical_data` | 获取企业日程统计数据 |
/// | `QueryChartData` | `POST /v1.0/datacenter/chartDatas/query` | `query_chart_data` | 获取图表数据 |
/// | `QueryCheckinStatisticalData` | `GET /v1.0/datacenter/checkinData` | `query_checkin_statistical_data` | 获取企业签到统计数据 |
/// | `QueryCircleStatisticalData` | `GET /v1.0/datacenter/circleData` | `query_circle_statistical_data` | 获取企业全员圈统计数据 |
/// | `QueryCompanyBasicInfo` | `GET /v1.0/datacenter/companies/basicInfo` | `query_company_basic_info` | 通过企业名称/社会统一信用代码/工商注册号，查询企业的基本画像信息。 |
/// | `QueryDigitalDistrictOrgInfo` | `POST /v1.0/datacenter/digitalCounty/orgInfos/query` | `query_digital_district_org_info` | 获取数字区县组织信息 |
/// | `QueryDingReciveStatisticalData` | `GET /v1.0/datacenter/dingReciveData` | `query_ding_recive_statistical_data` | 获取企业DING接收及评论统计数据 |
/// | `QueryDingSendStatisticalData` | `GET /v1.0/datacenter/dingSendData` | `query_ding_send_statistical_data` | 获取企业DING发送统计数据 |
/// | `QueryDocumentStatisticalData` | `GET /v1.0/datacenter/documentData` | `query_document_statistical_data` | 获取企业文档统计数据 |
/// | `QueryDpaasDataPackage` | `GET /v1.0/datacenter/dpaas/dataPackages/purchaseInfos` | `query_dpaas_data_package` | 查询数据资产平台增购包购买信息 |
/// | `QueryDriveStatisticalData` | `GET /v1.0/datacenter/driveData` | `query_drive_statistical_data` | 获取企业钉盘统计数据 |
/// | `QueryEduUnionAuthService` | `GET /v1.0/datacenter/eduUnionAuthService` | `query_edu_union_auth_service` | 教育组织上下游授权信息查询服务 |
/// | `QueryEmployeeTypeStatisticalData` | `GET /v1.0/datacenter/employeeTypeData` | `query_employee_type_statistical_data` | 获取企业员工类型统计数据 |
/// | `QueryGeneralDataService` | `GET /v1.0/datacenter/generalDataServices` | `query_general_data_service` | 数据资产平台数据服务接口 |
/// | `QueryGeneralDataServiceBatch` | `POST /v1.0/datacenter/dataServices/query` | `query_general_data_service_batch` | 数据资产平台数据服务接口(支持部门、员工维度批量拉取) |
/// | `QueryGeneralDataUpdateDate` | `GET /v1.0/datacenter/dataUpdateDates` | `query_general_data_update_date` | 数据资产平台数据服务接口(查询数据更新日期) |
/// | `QueryGroupLiveStatisticalData` | `GET /v1.0/datacenter/groupLiveData` | `query_group_live_statistical_data` | 获取企业群直播统计数据 |
/// | `QueryGroupMessageStatisticalData` | `GET /v1.0/datacenter/groupMessageData` | `query_group_message_statistical_data` | 获取企业群聊统计数据 |
/// | `QueryHealthStatisticalData` | `GET /v1.0/datacenter/healtheUserData` | `query_health_statistical_data` | 获取企业钉钉运动统计数据 |
/// | `QueryMailStatisticalData` | `GET /v1.0/datacenter/mailData` | `query_mail_statistical_data` | 获取企业邮箱统计数据 |
/// | `QueryOfficialData` | `GET /v1.0/datacenter/datas` | `query_official_data` | 获取官方数据集数据 |
/// | `QueryOfficialDatasetFields` | `GET /v1.0/datacenter/datasetFields` | `query_official_dataset_fields` | ISV获取官方数据集字段信息 |
/// | `QueryOfficialDatasetList` | `GET /v1.0/datacenter/datasetLists` | `query_official_dataset_list` | ISV获取官方数据集列表 |
/// | `QueryOfficialFormData` | `POST /v1.0/datacenter/datas/query` | `query_official_form_data` | 获取官方数据集数据 |
/// | `QueryOfficialFormDataDirectHolo` | `POST /v1.0/datacenter/oaDatas/query` | `query_official_form_data_direct_holo` | 获取HOLO中官方OA表单数据集数据 |
/// | `QueryOnlineUserStatisticalData` | `GET /v1.0/datacenter/onlineUserData` | `query_online_user_statistical_data` | 获取企业用户在线统计数据 |
/// | `QueryRedEnvelopeReciveStatisticalData` | `GET /v1.0/datacenter/redEnvelopeReciveData` | `query_red_envelope_recive_statistical_data` | 获取企业接收红包统计数据 |
/// | `QueryRedEnvelopeSendStatisticalData` | `GET /v1.0/datacenter/redEnvelopeSendData` | `query_red_envelope_send_statistical_data` | 获取企业发送红包统计数据 |
/// | `QueryReportStatisticalData` | `GET /v1.0/datacenter/reportData` | `query_report_statistical_data` | 获取企业日志统计数据 |
/// | `QueryScreen` | `GET /v1.0/datacenter/screens` | `query_screen` | 查询数据大屏 |
/// | `QueryScreenTemplate` | `GET /v1.0/datacenter/screenTemplates` | `query_screen_template` | 查询数据大屏模版 |
/// | `QuerySingleMessageStatisticalData` | `GET /v1.0/datacenter/singleMessagerData` | `query_single_message_statistical_data` | 获取企业单聊统计数据 |
/// | `QueryTelMeetingStatisticalData` | `GET /v1.0/datacenter/telMeetingData` | `query_tel_meeting_statistical_data` | 获取企业电话会议统计数据 |
/// | `QueryTodoStatisticalData` | `GET /v1.0/datacenter/todoUserData` | `query_todo_statistical_data` | 获取企业待办统计数据 |
/// | `QueryTotalDataCountService` | `POST /v1.0/datacenter/datas/totalCounts/query` | `query_total_data_count_service` | 数据资产平台查询数据记录数 |
/// | `QueryVedioMeetingStatisticalData` | `GET /v1.0/datacenter/vedioMeetingData` | `query_vedio_meeting_statistical_data` | 获取企业视频会议统计数据 |
/// | `QueryYydActiveDayStatisticalData` | `GET /v1.0/datacenter/yydActiveDayDatas` | `query_yyd_active_day_statistical_data` | 亚运钉参谋活跃分析（按日统计）指标接口 |
/// | `QueryYydActiveMonthStatisticalData` | `GET /v1.0/datacenter/yydActiveMonthDatas` | `query_yyd_active_month_statistical_data` | 亚运钉参谋活跃分析（按月统计）指标接口 |
/// | `QueryYydActiveWeekStatisticalData` | `GET /v1.0/datacenter/yydActiveWeekDatas` | `query_yyd_active_week_statistical_data` | 亚运钉参谋活跃分析（按周统计）指标接口 |
/// | `QueryYydAppDayStatisticalData` | `GET /v1.0/datacenter/yydAppDayDatas` | `query_yyd_app_day_statistical_data` | 亚运钉数字参谋应用概况（按日统计）指标接口 |
/// | `QueryYydAppMonthStatisticalData` | `GET /v1.0/datacenter/yydAppMonthDatas` | `query_yyd_app_month_statistical_data` | 亚运钉数字参谋应用概况（按月统计）指标接口 |
/// | `QueryYydAppStdStatisticalData` | `GET /v1.0/datacenter/yydAppStdDatas` | `query_yyd_app_std_statistical_data` | 亚运钉数字参谋应用概况（累计）指标接口 |
/// | `QueryYydAppWeekStatisticalData` | `GET /v1.0/datacenter/yydAppWeekDatas` | `query_yyd_app_week_statistical_data` | 亚运钉数字参谋应用概况（按周统计）指标接口 |
/// | `QueryYydCalendarDayStatisticalData` | `GET /v1.0/datacenter/yydCalendarDayDatas` | `query_yyd_calendar_day_statistical_data` | 亚运钉数字参谋会议日程分析（按日统计）指标接口 |
/// | `QueryYydCalendarMonthStatisticalData` | `GET /v1.0/datacenter/yydCalendarMonthDatas` | `query_yyd_calendar_month_statistical_data` | 亚运钉数字参谋会议日程分析（按月统计）指标接口 |
/// | `QueryYydCalendarWeekStatisticalData` | `GET /v1.0/datacenter/yydCalendarWeekDatas` | `query_yyd_calendar_week_statistical_data` | 亚运钉数字参谋会议日程分析（按周统计）指标接口 |
/// | `QueryYydDingMsgDayStatisticalData` | `GET /v1.0/datacenter/yydDingMsgDayDatas` | `query_yyd_ding_msg_day_statistical_data` | 亚运钉数字参谋钉消息分析（按日统计）指标接口 |
/// | `QueryYydDingMsgMonthStatisticalData` | `GET /v1.0/datacenter/yydDingMsgMonthDatas` | `query_yyd_ding_msg_month_statistical_data` | 亚运钉数字参谋钉消息分析（按月统计）指标接口 |
/// | `QueryYydDingMsgWeekStatisticalData` | `GET /v1.0/datacenter/yydDingMsgWeekDatas` | `query_yyd_ding_msg_week_statistical_data` | 亚运钉数字参谋钉消息分析（按周统计）指标接口 |
/// | `QueryYydGroupMsgDayStatisticalData` | `GET /v1.0/datacenter/yydGroupMsgDayDatas` | `query_yyd_group_msg_day_statistical_data` | 亚运钉数字参谋群聊分析（按日统计）指标接口 |
/// | `QueryYydGroupMsgMonthStatisticalData` | `GET /v1.0/datacenter/yydGroupMsgMonthDatas` | `query_yyd_group_msg_month_statistical_data` | 亚运钉数字参谋群聊分析（按月统计）指标接口 |
/// | `QueryYydGroupMsgWeekStatisticalData` | `GET /v1.0/datacenter/yydGroupMsgWeekDatas` | `query_yyd_group_msg_week_statistical_data` | 亚运钉数字参谋群聊分析（按周统计）指标接口 |
/// | `QueryYydLogDayStatisticalData` | `GET /v1.0/datacenter/yydLogDayDatas` | `query_yyd_log_day_statistical_data` | 亚运钉数字参谋日志分析（按日统计）指标接口 |
/// | `QueryYydLogMonthStatisticalData` | `GET /v1.0/datacenter/yydLogMonthDatas` | `query_yyd_log_month_statistical_data` | 亚运钉数字参谋日志分析（按月统计）指标接口 |
/// | `QueryYydLogWeekStatisticalData` | `GET /v1.0/datacenter/yydLogWeekDatas` | `query_yyd_log_week_statistical_data` | 亚运钉数字参谋日志分析（按周统计）指标接口 |
/// | `QueryYydMeetingDayStatisticalData` | `GET /v1.0/datacenter/yydMeetingDayDatas` | `query_yyd_meeting_day_statistical_data` | 亚运钉数字参谋钉会议分析（按日统计）指标接口 |
/// | `QueryYydMeetingMonthStatisticalData` | `GET /v1.0/datacenter/yydMeetingMonthDatas` | `query_yyd_meeting_month_statistical_data` | 亚运钉数字参谋钉会议分析（按月统计）指标接口 |
/// | `QueryYydMeetingWeekStatisticalData` | `GET /v1.0/datacenter/yydMeetingWeekDatas` | `query_yyd_meeting_week_statistical_data` | 亚运钉数字参谋钉会议分析（按周统计）指标接口 |
/// | `QueryYydNoticeDayStatisticalData` | `GET /v1.0/datacenter/yydNoticeDayDatas` | `query_yyd_notice_day_statistical_data` | 亚运钉数字参谋通知分析（按日统计）指标接口 |
/// | `QueryYydNoticeMonthStatisticalData` | `GET /v1.0/datacenter/yydNoticeMonthDatas` | `query_yyd_notice_month_statistical_data` | 亚运钉数字参谋通知分析（按月统计）指标接口 |
/// | `QueryYydNoticeWeekStatisticalData` | `GET /v1.0/datacenter/yydNoticeWeekDatas` | `query_yyd_notice_week_statistical_data` | 亚运钉数字参谋通知分析（按周统计）指标接口 |
/// | `QueryYydSingleMsgDayStatisticalData` | `GET /v1.0/datacenter/yydSingleMsgDayDatas` | `query_yyd_single_msg_day_statistical_data` | 亚运钉数字参谋单聊分析（按日统计）指标接口 |
/// | `QueryYydSingleMsgMonthStatisticalData` | `GET /v1.0/datacenter/yydSingleMsgMonthDatas` | `query_yyd_single_msg_month_statistical_data` | 亚运钉数字参谋单聊分析（按月统计）指标接口 |
/// | `QueryYydSingleMsgWeekStatisticalData` | `GET /v1.0/datacenter/yydSingleMsgWeekDatas` | `query_yyd_single_msg_week_statistical_data` | 亚运钉数字参谋单聊分析（按周统计）指标接口 |
/// | `QueryYydToatlMsgDayStatisticalData` | `GET /v1.0/datacenter/yydToatlMsgDayDatas` | `query_yyd_toatl_msg_day_statistical_data` | 亚运钉数字参谋消息概览（按日统计）指标接口 |
/// | `QueryYydToatlMsgMonthStatisticalData` | `GET /v1.0/datacenter/yydToatlMsgMonthDatas` | `query_yyd_toatl_msg_month_statistical_data` | 亚运钉数字参谋消息概览（按月统计）指标接口 |
/// | `QueryYydToatlMsgWeekStatisticalData` | `GET /v1.0/datacenter/yydToatlMsgWeekDatas` | `query_yyd_toatl_msg_week_statistical_data` | 亚运钉数字参谋消息概览（按周统计）指标接口 |
/// | `QueryYydTodoDayStatisticalData` | `GET /v1.0/datacenter/yydTodoDayDatas` | `query_yyd_todo_day_statistical_data` | 亚运钉数字参谋待办分析（按日统计）指标接口 |
/// | `QueryYydTodoMonthStatisticalData` | `GET /v1.0/datacenter/yydTodoMonthDatas` | `query_yyd_todo_month_statistical_data` | 亚运钉数字参谋待办分析（按月统计）指标接口 |
/// | `QueryYydTodoWeekStatisticalData` | `GET /v1.0/datacenter/yydTodoWeekDatas` | `query_yyd_todo_week_statistical_data` | 亚运钉数字参谋待办分析（按周统计）指标接口 |
/// | `QueryYydTotalDayStatisticalData` | `GET /v1.0/datacenter/yydTotalDayDatas` | `query_yyd_total_day_statistical_data` | 亚运钉参谋全局概览（按日统计）指标接口 |
/// | `QueryYydTotalMonthStatisticalData` | `GET /v1.0/datacenter/yydTotalMonthDatas` | `query_yyd_total_month_statistical_data` | 亚运钉参谋全局概览（按月统计）指标接口 |
/// | `QueryYydTotalStdStatisticalData` | `GET /v1.0/datacenter/yydTotalStdDatas` | `query_yyd_total_std_statistical_data` | 亚运钉参谋全局概览（累计）指标接口 |
/// | `QueryYydTotalWeekStatisticalData` | `GET /v1.0/datacenter/yydTotalWeekDatas` | `query_yyd_total_week_statistical_data` | 亚运钉参谋全局概览（按周统计）指标接口 |
/// | `SearchCompany` | `GET /v1.0/datacenter/keywords/companies` | `search_company` | 通过关键词搜索企业 |
/// | `SyncDataScreen` | `POST /v1.0/datacenter/dataScreens/sync` | `sync_data_screen` | 同步数据大屏 |
///
/// # `devicemng_1_0`: 设备上钉 (Device Management)：设备的注册与激活、巡检保养与报修记录、设备群与设备消息。
///
/// Feature `devicemng_1_0`; `client.devicemng_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchRegisterDevice` | `POST /v1.0/devicemng/devices/batch` | `batch_register_device` | 批量注册设备 |
/// | `ConnectorEventPush` | `POST /v1.0/devicemng/connectors/events/push` | `connector_event_push` | 想设备上钉连接器推送设备事件 |
/// | `CreateChatRoom` | `POST /v1.0/devicemng/customers/chatRoom` | `create_chat_room` | 创建设备群 |
/// | `CreateDepartment` | `POST /v1.0/devicemng/departments` | `create_department` | 创建部门 |
/// | `CreateDeviceChatRoom` | `POST /v1.0/devicemng/customers/chatRooms/groups` | `create_device_chat_room` | 创建设备场景群 |
/// | `DeviceDing` | `POST /v1.0/devicemng/ding` | `device_ding` | 设备账号向目标用户发送ding消息 |
/// | `DissolveGroup` | `POST /v1.0/devicemng/customers/chatRooms/groups/dissolve` | `dissolve_group` | 解散设备群 |
/// | `EditDeviceAdmin` | `POST /v1.0/devicemng/customers/devices/administrators/edit` | `edit_device_admin` | 编辑设备管理员 |
/// | `GetDeviceGroupInfo` | `POST /v1.0/devicemng/customers/chatRooms/groupInfos/query` | `get_device_group_info` | 获取设备群信息 |
/// | `GetWholeDeviceGroup` | `GET /v1.0/devicemng/customers/chatRooms/wholeGroupId` | `get_whole_device_group` | 获取设备全员群标识 |
/// | `ListActivateDevices` | `GET /v1.0/devicemng/customers/devices/activations/infos` | `list_activate_devices` | 查询激活的设备信息 |
/// | `ListInspectInfo` | `POST /v1.0/devicemng/customers/devices/inspectInfos/query` | `list_inspect_info` | 获取巡检、保养记录 |
/// | `ListMaintainInfo` | `POST /v1.0/devicemng/customers/devices/maintainInfos/query` | `list_maintain_info` | 获取报修信息 |
/// | `PullDeviceToGroup` | `POST /v1.0/devicemng/customers/chatRooms/devices` | `pull_device_to_group` | 拉设备进群 |
/// | `PullUserToGroup` | `POST /v1.0/devicemng/customers/chatRooms/users` | `pull_user_to_group` | 拉设用户进群 |
/// | `RegisterAndActivateDevice` | `POST /v1.0/devicemng/customers/devices/registerAndActivate` | `register_and_activate_device` | 注册与激活设备 |
/// | `RegisterAndActivateDeviceBatch` | `POST /v1.0/devicemng/customers/devices/registrationActivations/batch` | `register_and_activate_device_batch` | 批量注册与激活设备 |
/// | `RegisterDevice` | `POST /v1.0/devicemng/devices` | `register_device` | 注册设备并为其创建机器人 |
/// | `RemoveDeviceFromGroup` | `POST /v1.0/devicemng/customers/chatRooms/devices/remove` | `remove_device_from_group` | 移设备出群 |
/// | `RemoveUserFromGroup` | `POST /v1.0/devicemng/customers/chatRooms/users/remove` | `remove_user_from_group` | 移用户出设备群 |
/// | `SendCard` | `POST /v1.0/devicemng/customers/cards/send` | `send_card` | 发送卡片 |
/// | `SendMsg` | `POST /v1.0/devicemng/customers/messages/send` | `send_msg` | 发送普通消息 |
/// | `UninstallDeviceRobot` | `POST /v1.0/devicemng/customers/devices/uninstall` | `uninstall_device_robot` | 卸载设备 |
/// | `UpdateCard` | `PUT /v1.0/devicemng/customers/cards` | `update_card` | 更新卡片 |
/// | `UploadEvent` | `POST /v1.0/devicemng/suppliers/events/upload` | `upload_event` | 设备事件上报 |
///
/// # `ding_one_1_0`: 钉钉 One (DingTalk One)：钉钉 One 的 feed 流内容。
///
/// Feature `ding_one_1_0`; `client.ding_one_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `DeleteFeed` | `POST /v1.0/dingOne/frame/feeds/deleteFeed` | `delete_feed` | 删除Feed |
/// | `DeliverOneFeed` | `POST /v1.0/dingOne/feed/deliver` | `deliver_one_feed` | 投放钉钉one中feed流资讯内容 |
/// | `PushFeed` | `POST /v1.0/dingOne/frame/feeds/pushFeed` | `push_feed` | Feed推送 |
/// | `UpdateFeedContent` | `POST /v1.0/dingOne/frame/feeds/updateFeedContent` | `update_feed_content` | 更新feed内容 |
/// | `UpdateFeedExpireTime` | `POST /v1.0/dingOne/frame/feeds/updateFeedExpireTime` | `update_feed_expire_time` | 更新feed过期时间 |
///
/// # `ding_phone_1_0`: 钉钉电话 (DingTalk Phone)：外呼码号配置。
///
/// Feature `ding_phone_1_0`; `client.ding_phone_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddCallConfig` | `POST /v1.0/dingPhone/callConfigs` | `add_call_config` | 添加外呼码号配置 |
/// | `DelCallConfig` | `DELETE /v1.0/dingPhone/callConfigs` | `del_call_config` | 删除码号配置 |
/// | `QueryCallConfig` | `GET /v1.0/dingPhone/callConfigs` | `query_call_config` | 查询外呼码号配置 |
///
/// # `dingmi_1_0`: 小蜜客服 (Dingmi)：小蜜客服机器人的问答、消息推送与回复、数据指标。
///
/// Feature `dingmi_1_0`; `client.dingmi_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddRobotInstanceToGroup` | `POST /v1.0/dingmi/intelligentRobots/groups` | `add_robot_instance_to_group` | 添加智能客服机器人到钉钉群 |
/// | `AskRobot` | `POST /v1.0/dingmi/robots/ask` | `ask_robot` | 调用小蜜机器人的问答能力 |
/// | `GetDingMeBaseData` | `GET /v1.0/dingmi/robots/data` | `get_ding_me_base_data` | 小蜜机器人数据统计指标 |
/// | `GetIntelligentRobotInfo` | `GET /v1.0/dingmi/intelligentRobots/infos` | `get_intelligent_robot_info` | 获取智能客服机器人信息 |
/// | `GetOfficialAccountRobotInfo` | `GET /v1.0/dingmi/officialAccounts/robots` | `get_official_account_robot_info` | 获取服务窗机器人信息 |
/// | `GetWebChannelUserToken` | `POST /v1.0/dingmi/webChannels/userTokens` | `get_web_channel_user_token` | 小蜜客服网页渠道获取三方用户token |
/// | `PushCustomerGroupMessage` | `POST /v1.0/dingmi/officialAccounts/robots/groupMessages/send` | `push_customer_group_message` | 通过小蜜机器人在客户群内推送消息 |
/// | `PushIntelligentRobotGroupMessage` | `POST /v1.0/dingmi/intelligentRobots/groupMessages/send` | `push_intelligent_robot_group_message` | 推送智能客服机器人钉钉群聊消息 |
/// | `PushIntelligentRobotMessage` | `POST /v1.0/dingmi/intelligentRobots/oToMessages/send` | `push_intelligent_robot_message` | 智能客服机器人推送消息 |
/// | `PushOfficialAccountMessage` | `POST /v1.0/dingmi/officialAccounts/robots/oToMessages/send` | `push_official_account_message` | 通过服务窗机器人推送单聊消息 |
/// | `PushRobotMessage` | `POST /v1.0/dingmi/robots/oToMessages/send` | `push_robot_message` | 通过小蜜客服机器人推送单聊消息 |
/// | `ReplyRobot` | `POST /v1.0/dingmi/robots/reply` | `reply_robot` | 异步回复机器人消息 |
/// | `UpdateOfficialAccountRobotInfo` | `PUT /v1.0/dingmi/officialAccounts/robots` | `update_official_account_robot_info` | 更新服务窗机器人信息 |
///
/// # `diot_1_0`: 钉钉物联 (DIoT)：物联设备的注册与管理。
///
/// Feature `diot_1_0`; `client.diot_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AyunOnlienTest` | `GET /v1.0/diot/ayunTest` | `ayun_onlien_test` | openAPI录入上线前的测试2 |
/// | `BatchDeleteDevice` | `POST /v1.0/diot/devices/remove` | `batch_delete_device` | 删除设备 |
/// | `BatchRegisterDevice` | `POST /v1.0/diot/devices/registrations/batch` | `batch_register_device` | 批量注册设备 |
/// | `BatchRegisterEventType` | `POST /v1.0/diot/eventTypes/registrations/batch` | `batch_register_event_type` | 批量注册事件类型 |
/// | `BatchUpdateDevice` | `PUT /v1.0/diot/devices/batch` | `batch_update_device` | 批量修改设备 |
/// | `BindSystem` | `POST /v1.0/diot/systems/bind` | `bind_system` | 系统绑定 |
/// | `DeviceConference` | `POST /v1.0/diot/deviceConferences/initiate` | `device_conference` | 发起设备会议 |
/// | `DiotMama` | `GET /v1.0/diot` | `diot_mama` | 钉钉物联Mama接口 |
/// | `DiotMarketManagerTest` | `PUT /v1.0/diot/market/manager/test` | `diot_market_manager_test` | diot官方市场处理 |
/// | `DiotSystemMarkTest` | `GET /v1.0/diot/sys/mark/test` | `diot_system_mark_test` | 钉钉物联系统测试 |
/// | `Diot_Market_Manager` | `GET /v1.0/diot/market/manager` | `diot_market_manager` | 钉钉物联市场管理 |
/// | `PushEvent` | `POST /v1.0/diot/events/push` | `push_event` | 推送事件 |
/// | `QueryDevice` | `GET /v1.0/diot/devices` | `query_device` | 查询设备 |
/// | `QueryDevicePk` | `POST /v1.0/diot/devices/pkInfos/query` | `query_device_pk` | 查询硬件设备的PK值信息 |
/// | `QueryEvent` | `POST /v1.0/diot/events/query` | `query_event` | 查询事件 |
/// | `RegisterDevice` | `POST /v1.0/diot/devices/register` | `register_device` | 注册设备 |
/// | `UpgradeDevice` | `POST /v1.0/diot/upgrade/device` | `upgrade_device` | 升级设备 |
/// | `WorkbenchTransformInfo` | `GET /v1.0/diot/workbench/transform` | `workbench_transform_info` | 获取工作台流转物联信息 |
///
/// # `doc_1_0`: 钉钉文档 (Docs)：文档、知识库、成员与评论。
///
/// Feature `doc_1_0`; `client.doc_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddComment` | `POST /v1.0/doc/docs/{docId}/comments` | `add_comment` | 添加评论 |
/// | `AddWorkspaceDocMembers` | `POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members` | `add_workspace_doc_members` | 添加知识库文档成员 |
/// | `AddWorkspaceMembers` | `POST /v1.0/doc/workspaces/{workspaceId}/members` | `add_workspace_members` | 添加知识库成员 |
/// | `AppendRows` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/appendRows` | `append_rows` | 追加行 |
/// | `Batch` | `POST /v1.0/doc/workbooks/{workbookId}/batch` | `batch` | 批量执行表格操作 |
/// | `BatchGetWorkspaceDocs` | `POST /v1.0/doc/workspaces/docs/infos/query` | `batch_get_workspace_docs` | 批量查询知识库文档 |
/// | `BatchGetWorkspaces` | `POST /v1.0/doc/workspaces/infos/query` | `batch_get_workspaces` | 知识库批量查询 |
/// | `BatchOperate` | `POST /v1.0/doc/suites/documents/{documentId}/batch` | `batch_operate` | 根据入参批量调用多个文档API |
/// | `BindCoolAppToSheet` | `POST /v1.0/doc/workbooks/{workbookId}/coolApps` | `bind_cool_app_to_sheet` | 关联文档酷应用到表格 |
/// | `Clear` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clear` | `clear` | 清除单元格区域内所有内容 |
/// | `ClearData` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clearData` | `clear_data` | 清除单元格区域内数据 |
/// | `ClearFilterCriteria` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/clearColumnFilterCriteria` | `clear_filter_criteria` | 删除筛选条件 |
/// | `ClearFilterViewCriteria` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/clearColumnFilterCriteria` | `clear_filter_view_criteria` | 删除筛选视图条件 |
/// | `CreateConditionalFormattingRule` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/conditionalFormattingRules` | `create_conditional_formatting_rule` | 创建条件格式 |
/// | `CreateDeveloperMetadata` | `POST /v1.0/doc/workbooks/{workbookId}/developerMetadatas` | `create_developer_metadata` | 创建开发者元数据 |
/// | `CreateFilter` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/createFilter` | `create_filter` | 创建筛选 |
/// | `CreateFilterView` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews` | `create_filter_view` | 创建筛选视图 |
/// | `CreateFloatImage` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages` | `create_float_image` | 创建浮动图片 |
/// | `CreateRangeProtection` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections` | `create_range_protection` | 创建单元格锁定 |
/// | `CreateSheet` | `POST /v1.0/doc/workbooks/{workbookId}/sheets` | `create_sheet` | 创建工作表 |
/// | `CreateWorkspace` | `POST /v1.0/doc/workspaces` | `create_workspace` | 新建知识库 |
/// | `CreateWorkspaceDoc` | `POST /v1.0/doc/workspaces/{workspaceId}/docs` | `create_workspace_doc` | 创建知识库文档 |
/// | `DeleteColumns` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteColumns` | `delete_columns` | 删除列 |
/// | `DeleteDropdownLists` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/deleteDropdownLists` | `delete_dropdown_lists` | 删除下拉列表 |
/// | `DeleteFilter` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteFilter` | `delete_filter` | 删除筛选 |
/// | `DeleteFilterView` | `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}` | `delete_filter_view` | 删除筛选视图 |
/// | `DeleteFloatImage` | `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}` | `delete_float_image` | 删除浮动图片 |
/// | `DeleteRangeProtection` | `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections/{protectionId}` | `delete_range_protection` | 删除单元格锁定 |
/// | `DeleteRows` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteRows` | `delete_rows` | 删除行 |
/// | `DeleteSheet` | `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}` | `delete_sheet` | 删除工作表 |
/// | `DeleteWorkspaceDoc` | `DELETE /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}` | `delete_workspace_doc` | 删除知识库文档 |
/// | `DeleteWorkspaceDocMembers` | `POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members/remove` | `delete_workspace_doc_members` | 删除知识库文档成员 |
/// | `DeleteWorkspaceMembers` | `POST /v1.0/doc/workspaces/{workspaceId}/members/remove` | `delete_workspace_members` | 删除知识库成员 |
/// | `DeliverNoticeCard` | `POST /v1.0/doc/notice_cards/deliver` | `deliver_notice_card` | 分享文档通知内容 |
/// | `DeliverUnifyCard` | `POST /v1.0/doc/unify_cards/deliver` | `deliver_unify_card` | 分享文档通用内容 |
/// | `DocAppendParagraph` | `POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendElement` | `doc_append_paragraph` | 追加指定段落元素 |
/// | `DocAppendText` | `POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendText` | `doc_append_text` | 在段落后追加文本 |
/// | `DocBlocksModify` | `PUT /v1.0/doc/suites/documents/{documentId}/blocks/{blockId}` | `doc_blocks_modify` | 更新文档中的块元素 |
/// | `DocBlocksQuery` | `GET /v1.0/doc/suites/documents/{docKey}/blocks` | `doc_blocks_query` | 查询指定Block元素 |
/// | `DocDeleteBlock` | `DELETE /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}` | `doc_delete_block` | 删除指定位置的 Block |
/// | `DocElements` | `POST /v1.0/doc/{dentryUuid}/elements/query` | `doc_elements` | 文档元素查询 |
/// | `DocExport` | `POST /v1.0/doc/{dentryUuid}/export` | `doc_export` | 文档内容导出 |
/// | `DocExportSnapshot` | `POST /v1.0/doc/suites/documents/{documentId}/export/snapshot` | `doc_export_snapshot` | 根据传入的文档ID将文档导出为截图 |
/// | `DocInsertBlocks` | `POST /v1.0/doc/suites/documents/{docKey}/blocks` | `doc_insert_blocks` | 插入指定Block元素 |
/// | `DocSlotsModify` | `POST /v1.0/doc/suites/documents/{documentId}/slots` | `doc_slots_modify` | 根据传入参数更新文档插槽 |
/// | `DocSlotsQuery` | `GET /v1.0/doc/suites/documents/{documentId}/slots` | `doc_slots_query` | 根据传入参数查询文档中所有的插槽 |
/// | `DocUpdateContent` | `POST /v1.0/doc/suites/documents/{docKey}/overwriteContent` | `doc_update_content` | 覆写全文 |
/// | `GetAllSheets` | `GET /v1.0/doc/workbooks/{workbookId}/sheets` | `get_all_sheets` | 获取所有工作表 |
/// | `GetDeveloperMetadata` | `GET /v1.0/doc/workbooks/{workbookId}/developerMetadatas/{developerMetadataId}` | `get_developer_metadata` | 获取开发者元数据 |
/// | `GetFilter` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/getFilter` | `get_filter` | 获取筛选 |
/// | `GetFilterViews` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews` | `get_filter_views` | 获取筛选视图列表 |
/// | `GetFloatImage` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}` | `get_float_image` | 获取浮动图片 |
/// | `GetFloatImages` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages` | `get_float_images` | 查询浮动图片 |
/// | `GetImportDocumentMark` | `GET /v1.0/doc/docs/{docId}/marks` | `get_import_document_mark` | 文档标签信息查询 |
/// | `GetRange` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}` | `get_range` | 获取单元格区域 |
/// | `GetRecentEditDocs` | `GET /v1.0/doc/workspaces/docs/recentEditDocs` | `get_recent_edit_docs` | 获取最近编辑文档 |
/// | `GetRecentOpenDocs` | `GET /v1.0/doc/workspaces/docs/recentOpenDocs` | `get_recent_open_docs` | 获取最近打开文档 |
/// | `GetRelatedWorkspaces` | `GET /v1.0/doc/workspaces` | `get_related_workspaces` | 查询用户有权限的知识库 |
/// | `GetResourceDownloadInfo` | `GET /v1.0/doc/docs/resources/{docId}/{resourceId}/downloadInfo` | `get_resource_download_info` | 获取资源下载信息 |
/// | `GetResourceUploadInfo` | `POST /v1.0/doc/docs/resources/{docId}/uploadInfos/query` | `get_resource_upload_info` | 获取上传信息 |
/// | `GetSheet` | `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}` | `get_sheet` | 获取工作表 |
/// | `GetTemplateById` | `GET /v1.0/doc/templates/{templateId}` | `get_template_by_id` | 查询文档模版 |
/// | `GetWorkspace` | `GET /v1.0/doc/workspaces/{workspaceId}` | `get_workspace` | 查询知识库信息 |
/// | `GetWorkspaceNode` | `GET /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}` | `get_workspace_node` | 查询知识库文档 |
/// | `InitDocument` | `POST /v1.0/doc/docs/{docId}/init` | `init_document` | 文档初始化 |
/// | `InsertBlocks` | `POST /v1.0/doc/documents/{documentId}/blocks` | `insert_blocks` | 向文档内插入块级元素 |
/// | `InsertColumnsBefore` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertColumnsBefore` | `insert_columns_before` | 指定列左侧插入若干列 |
/// | `InsertContent` | `POST /v1.0/doc/suites/documents/{documentId}/content` | `insert_content` | 插入整段内容 |
/// | `InsertDropdownLists` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/insertDropdownLists` | `insert_dropdown_lists` | 插入下拉列表 |
/// | `InsertRowsBefore` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertRowsBefore` | `insert_rows_before` | 指定行上方插入若干行 |
/// | `ListComments` | `GET /v1.0/doc/docs/{docId}/comments` | `list_comments` | 获取文档所有评论 |
/// | `ListTemplate` | `GET /v1.0/doc/templates` | `list_template` | 查询文档模版 |
/// | `MergeRange` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/merge` | `merge_range` | 合并单元格 |
/// | `RangeFindNext` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/findNext` | `range_find_next` | 查找下一个符合条件的单元格 |
/// | `SearchWorkspaceDocs` | `GET /v1.0/doc/docs` | `search_workspace_docs` | 搜索用户有权限的知识库文档 |
/// | `SetBorder` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/setBorder` | `set_border` | 设置单元格边框 |
/// | `SetColumnWidth` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnWidth` | `set_column_width` | 设置列宽 |
/// | `SetColumnsVisibility` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsVisibility` | `set_columns_visibility` | 设置列隐藏或显示 |
/// | `SetColumnsWidth` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsWidth` | `set_columns_width` | 批量设置列宽 |
/// | `SetFilterCriteria` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/setColumnFilterCriteria` | `set_filter_criteria` | 设置筛选条件 |
/// | `SetFilterViewCriteria` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/setColumnFilterCriteria` | `set_filter_view_criteria` | 设置筛选视图条件 |
/// | `SetRowHeight` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowHeight` | `set_row_height` | 设置行高 |
/// | `SetRowsHeight` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsHeight` | `set_rows_height` | 批量设置行高 |
/// | `SetRowsVisibility` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsVisibility` | `set_rows_visibility` | 设置行隐藏或显示 |
/// | `SheetAutofitRows` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/autofitRows` | `sheet_autofit_rows` | SheetAutofitRows |
/// | `SheetFindAll` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/findAll` | `sheet_find_all` | 工作表上查找所有符合条件的单元格 |
/// | `SortFilter` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/sort` | `sort_filter` | 筛选排序 |
/// | `UnbindCoolAppToSheet` | `DELETE /v1.0/doc/workbooks/{workbookId}/coolApps` | `unbind_cool_app_to_sheet` | 取消文档酷应用和表格的关联 |
/// | `UpdateFilter` | `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/updateFilter` | `update_filter` | 更新筛选 |
/// | `UpdateFilterView` | `PATCH /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}` | `update_filter_view` | 更新筛选视图 |
/// | `UpdateFloatImage` | `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}` | `update_float_image` | 更新浮动图片 |
/// | `UpdateRange` | `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}` | `update_range` | 更新单元格区域 |
/// | `UpdateSheet` | `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}` | `update_sheet` | 更新工作表 |
/// | `UpdateWorkspaceDocMembers` | `PUT /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members` | `update_workspace_doc_members` | 修改知识库文档成员 |
/// | `UpdateWorkspaceMembers` | `PUT /v1.0/doc/workspaces/{workspaceId}/members` | `update_workspace_members` | 更新知识库成员 |
///
/// # `doc_2_0`: 钉钉文档 2.0 (Docs 2.0)：文档、模板、小组与最近记录。
///
/// Feature `doc_2_0`; `client.doc_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchCreateTeam` | `POST /v2.0/doc/teams/batch` | `batch_create_team` | 批量创建小组 |
/// | `BatchDeleteRecents` | `POST /v2.0/doc/dentries/recentRecords/batchRemove` | `batch_delete_recents` | 批量删除文档最近记录 |
/// | `CategoriesTemplates` | `POST /v2.0/doc/categoryLists/templates/query` | `categories_templates` | 按分类列表查询模板列表 |
/// | `CategoryTemplates` | `POST /v2.0/doc/categories/templates/query` | `category_templates` | 按分类查询模板列表 |
/// | `CopyDentry` | `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/copy` | `copy_dentry` | 拷贝知识库节点 |
/// | `CopyDoc` | `POST /v2.0/doc/dentries/copy` | `copy_doc` | 复制文档 |
/// | `CopyDocWithAppAuth` | `POST /v2.0/doc/app/dentries/copy` | `copy_doc_with_app_auth` | 复制文档（应用授权） |
/// | `CopyWorkspace` | `POST /v2.0/doc/dentries/workspace/copy` | `copy_workspace` | 拷贝知识库 |
/// | `CopyWorkspaceAsync` | `POST /v2.0/doc/dentries/workspace/asyncCopy` | `copy_workspace_async` | 异步拷贝知识库 |
/// | `CreateDentry` | `POST /v2.0/doc/spaces/{spaceId}/dentries` | `create_dentry` | 创建知识库节点（包括文档和文件夹） |
/// | `CreateShortcut` | `POST /v2.0/doc/resource/shortcut/create` | `create_shortcut` | 创建快捷方式 |
/// | `CreateShortcutForMigrate` | `POST /v2.0/doc/resource/shortcut/createV2` | `create_shortcut_for_migrate` | 创建快捷方式V2版(顺丰迁移使用) |
/// | `CreateSpace` | `POST /v2.0/doc/spaces` | `create_space` | 创建知识库 |
/// | `CreateTeam` | `POST /v2.0/doc/teams` | `create_team` | 创建小组 |
/// | `CrossOrgMigrate` | `POST /v2.0/doc/crossOrganizations/spaces/migrate` | `cross_org_migrate` | 跨组织迁移知识库 |
/// | `DeleteTeam` | `DELETE /v2.0/doc/teams/{teamId}` | `delete_team` | 删除小组 |
/// | `DocContent` | `GET /v2.0/doc/dentries/{dentryUuid}/contents` | `doc_content` | 获取文档内容 |
/// | `DocExportByDelegatedPermission` | `GET /v2.0/doc/me/dentries/{dentryUuid}/export` | `doc_export_by_delegated_permission` | 通过委托权限方式导出文档内容 |
/// | `DocUpdateContentWithDelegatedPermission` | `POST /v2.0/doc/me/suites/documents/{docKey}/overwriteContent` | `doc_update_content_with_delegated_permission` | 以委托权限方式覆写全文 |
/// | `ExportDoc` | `POST /v2.0/doc/dentries/export` | `export_doc` | 导出文档 |
/// | `GetDentryIdByUuid` | `GET /v2.0/doc/dentries/{dentryUuid}/queryDentryId` | `get_dentry_id_by_uuid` | 根据文件DentryUuid获取文件DentryId |
/// | `GetDocContent` | `GET /v2.0/doc/me/query/{dentryUuid}/contents` | `get_doc_content` | 委托权限获取文档内容 |
/// | `GetDocContentForELM` | `GET /v2.0/doc/elm/me/dentries/{dentryUuid}/contents` | `get_doc_content_for_elm` | 委托权限获取文档内容 |
/// | `GetMySpace` | `GET /v2.0/doc/me/mySpace/infos` | `get_my_space` | 获取当前企业下钉盘目录我的文件对应的空间信息 |
/// | `GetOrgOrWebOpenDocContent` | `GET /v2.0/doc/me/dentries/{dentryUuid}/contents` | `get_org_or_web_open_doc_content` | 委托权限获取企业内公开或者或联网公开文档内容 |
/// | `GetSchema` | `GET /v2.0/doc/teams/{teamId}/schemas` | `get_schema` | 查询小组主页schema （包括轮播图、公告、便捷入口） |
/// | `GetSpaceDirectories` | `GET /v2.0/doc/spaces/{spaceId}/directories` | `get_space_directories` | 查询目录树 |
/// | `GetStarInfo` | `GET /v2.0/doc/dentries/{dentryUuid}/starInfos` | `get_star_info` | 获取星标信息 |
/// | `GetTaskInfo` | `GET /v2.0/doc/task/info/{taskId}` | `get_task_info` | 获取任务信息 |
/// | `GetTeam` | `GET /v2.0/doc/teams/{teamId}` | `get_team` | 查询小组详情 |
/// | `GetTotalNumberOfDentries` | `GET /v2.0/doc/spaces/statistics/dentryCounts` | `get_total_number_of_dentries` | 获取知识库下的总节点数 |
/// | `GetTotalNumberOfSpaces` | `GET /v2.0/doc/spaces/statistics/spaceCounts` | `get_total_number_of_spaces` | 获取知识库总数 |
/// | `GetUserInfoByOpenToken` | `GET /v2.0/doc/userInfos` | `get_user_info_by_open_token` | 查询文档免登的用户信息 |
/// | `GetUuidByDentryId` | `GET /v2.0/doc/dentries/{dentryId}/queryDentryUuid` | `get_uuid_by_dentry_id` | 根据文件DentryId获取文件DentryUuid |
/// | `GetUuidByIdOrUrl` | `GET /v2.0/doc/documents/queryDentryUuid` | `get_uuid_by_id_or_url` | 根据文档id或URL获取文件DentryUuid |
/// | `GetWorkspacePermissionScopes` | `GET /v2.0/doc/workspaces/{workspaceId}/members` | `get_workspace_permission_scopes` | 获取知识库权限范围 |
/// | `HandoverTeamWithoutAuth` | `POST /v2.0/doc/teams/members/handoverWithoutAuth` | `handover_team_without_auth` | 以超级管理员身份转交小组 |
/// | `HandoveryWorkspace` | `POST /v2.0/doc/dentries/workspace/handover` | `handovery_workspace` | 知识库转交所有者 |
/// | `ListFeeds` | `GET /v2.0/doc/teams/{teamId}/feeds` | `list_feeds` | 查询小组动态 |
/// | `ListHotDocs` | `GET /v2.0/doc/teams/{teamId}/hotDocs` | `list_hot_docs` | 查询小组热门文档 |
/// | `ListPinSpaces` | `POST /v2.0/doc/spaces/pinLists/query` | `list_pin_spaces` | 获取置顶知识库列表 |
/// | `ListRecents` | `POST /v2.0/doc/dentries/recentRecords/lists/query` | `list_recents` | 查询文档最近记录列表 |
/// | `ListRelatedSpaceTeams` | `GET /v2.0/doc/teams/relations/spaceTeams` | `list_related_space_teams` | 查询关联了知识库的团队列表 |
/// | `ListRelatedTeams` | `GET /v2.0/doc/teams` | `list_related_teams` | 查询小组列表 |
/// | `ListSpaceSections` | `GET /v2.0/doc/teams/{teamId}/spaceSections` | `list_space_sections` | 查询知识库分组 |
/// | `ListStars` | `POST /v2.0/doc/dentries/starLists/query` | `list_stars` | 获取星标列表 |
/// | `ListTeamMembers` | `GET /v2.0/doc/teams/{teamId}/members` | `list_team_members` | 查询小组成员列表 |
/// | `LockDoc` | `POST /v2.0/doc/dentries/lock` | `lock_doc` | 文档定稿 |
/// | `LockDocByDelegatedPermission` | `POST /v2.0/doc/me/dentries/lock` | `lock_doc_by_delegated_permission` | 通过委托授权文档定稿 |
/// | `MarkStar` | `POST /v2.0/doc/dentries/{dentryUuid}/stars/mark` | `mark_star` | 标记星标 |
/// | `MoveDentry` | `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/move` | `move_dentry` | 移动知识库节点 |
/// | `PinSpace` | `POST /v2.0/doc/spaces/{spaceId}/pin` | `pin_space` | 置顶知识库 |
/// | `QueryDentry` | `GET /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}` | `query_dentry` | 查询知识库节点（包括文档和文件夹） |
/// | `QueryDocContent` | `GET /v2.0/doc/query/{dentryUuid}/contents` | `query_doc_content` | 获取文档内容 |
/// | `QueryExportTask` | `GET /v2.0/doc/me/export/task/query` | `query_export_task` | 通过taskId查询文档导出任务状态 |
/// | `QueryGetContentJob` | `GET /v2.0/doc/contents/{dentryUuid}/jobStatuses` | `query_get_content_job` | 查询文档内容获取任务状态 |
/// | `QueryItemByUrl` | `GET /v2.0/doc/items` | `query_item_by_url` | 根据链接查询节点或知识库信息 |
/// | `QueryMineSpace` | `GET /v2.0/doc/spaces/users/{unionId}/mine` | `query_mine_space` | 查询用户的「我的文档」 |
/// | `QueryRecentList` | `GET /v2.0/doc/spaces/docs/recent` | `query_recent_list` | 查询最近列表 |
/// | `QuerySpace` | `GET /v2.0/doc/spaces/{spaceId}` | `query_space` | 查询指定知识库信息 |
/// | `RelatedSpaces` | `GET /v2.0/doc/relations/spaces` | `related_spaces` | 查询与我关联的知识库列表（支持筛选小组） |
/// | `RemoveTeamMembers` | `PUT /v2.0/doc/teams/{teamId}/members/remove` | `remove_team_members` | 移除小组成员 |
/// | `RenameDentry` | `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/rename` | `rename_dentry` | 知识库节点（包括文档和文件夹）重命名 |
/// | `SaveTeamMembers` | `PUT /v2.0/doc/teams/{teamId}/members` | `save_team_members` | 添加或修改小组成员 |
/// | `Search` | `POST /v2.0/doc/search` | `search` | 搜索知识库和节点 |
/// | `SearchTemplates` | `POST /v2.0/doc/templates/search` | `search_templates` | 搜索模板中心模板 |
/// | `ShareUrl` | `POST /v2.0/doc/dentries/shareUrls/query` | `share_url` | 获取文件打开链接 |
/// | `SubmitExportJob` | `POST /v2.0/doc/me/export/submit` | `submit_export_job` | 通过dentryUuid提交文档导出任务 |
/// | `SubmitGetContentJob` | `PUT /v2.0/doc/contents/{dentryUuid}/jobs` | `submit_get_content_job` | 提交文档内容获取任务 |
/// | `TeamTemplates` | `POST /v2.0/doc/workspaces/templates/query` | `team_templates` | 获取知识库模板列表 |
/// | `TemplateCategories` | `POST /v2.0/doc/templates/categories/query` | `template_categories` | 获取模板分类列表 |
/// | `UnlockDoc` | `POST /v2.0/doc/dentries/unlock` | `unlock_doc` | 取消文档定稿 |
/// | `UnlockDocByDelegatedPermission` | `POST /v2.0/doc/me/dentries/unlock` | `unlock_doc_by_delegated_permission` | 通过委托授权取消文档定稿 |
/// | `UnmarkStar` | `POST /v2.0/doc/dentries/{dentryUuid}/stars/unmark` | `unmark_star` | 取消标记星标 |
/// | `UnpinSpace` | `POST /v2.0/doc/spaces/{spaceId}/unpin` | `unpin_space` | 取消置顶知识库 |
/// | `UpdateTeam` | `PUT /v2.0/doc/teams/{teamId}` | `update_team` | 更新小组 |
/// | `UserTemplates` | `POST /v2.0/doc/users/templates/query` | `user_templates` | 用户模板列表 |
///
/// # `dpaas_1_0`: dpaas（未在钉钉开放平台文档中找到）：群酷应用的安装、卸载、排序与插件栏，与 cool_app_1_0 的接口同类。
///
/// Feature `dpaas_1_0`; `client.dpaas_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `InstallCoolAppOrderToGroup` | `POST /v1.0/dpaas/coolApps/shortcuts/plugins/order` | `install_cool_app_order_to_group` | 群酷应用排序 |
/// | `InstallCoolAppToGroup` | `POST /v1.0/dpaas/coolApps/shortcuts/plugins/install` | `install_cool_app_to_group` | 安装酷应用到群 |
/// | `QueryCoolAppShortcutOrder` | `POST /v1.0/dpaas/coolApps/shortcuts/plugins/query` | `query_cool_app_shortcut_order` | 查询群插件栏 |
/// | `UninstallCoolAppFromGroup` | `POST /v1.0/dpaas/coolApps/shortcuts/plugins/uninstall` | `uninstall_cool_app_from_group` | 从群内卸载酷应用 |
///
/// # `drive_1_0`: 钉盘 (Drive)：空间、文件与权限（钉盘现名云盘）。
///
/// Feature `drive_1_0`; `client.drive_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddCustomSpace` | `POST /v1.0/drive/spaces/customSpaces` | `add_custom_space` | 新建自定义空间 |
/// | `AddFile` | `POST /v1.0/drive/spaces/{spaceId}/files` | `add_file` | 添加文件 |
/// | `AddPermission` | `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions` | `add_permission` | 添加权限 |
/// | `AddSpace` | `POST /v1.0/drive/spaces` | `add_space` | 新建空间 |
/// | `ClearRecycleFiles` | `POST /v1.0/drive/recycleItems/clear` | `clear_recycle_files` | 清空回收站文件 |
/// | `CopyFile` | `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/copy` | `copy_file` | 拷贝文件 |
/// | `DeleteFile` | `DELETE /v1.0/drive/spaces/{spaceId}/files/{fileId}` | `delete_file` | 删除文件 |
/// | `DeleteFiles` | `POST /v1.0/drive/spaces/{spaceId}/files/batchDelete` | `delete_files` | 批量删除文件（夹） |
/// | `DeletePermission` | `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions/delete` | `delete_permission` | 删除权限 |
/// | `DeleteRecycleFiles` | `POST /v1.0/drive/recycleItems/delete` | `delete_recycle_files` | 彻底删除回收站文件 |
/// | `DeleteSpace` | `DELETE /v1.0/drive/spaces/{spaceId}` | `delete_space` | 删除空间 |
/// | `GetAsyncTaskInfo` | `GET /v1.0/drive/tasks/{taskId}` | `get_async_task_info` | 获取异步任务信息 |
/// | `GetDownloadInfo` | `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos` | `get_download_info` | 获取下载信息 |
/// | `GetFileInfo` | `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}` | `get_file_info` | 获取文件信息 |
/// | `GetMySpaceInfo` | `GET /v1.0/drive/mySpaces` | `get_my_space_info` | 获取我的工作空间信息 |
/// | `GetPreviewInfo` | `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/previewInfos` | `get_preview_info` | 获取预览信息 |
/// | `GetPrivilegeInfo` | `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/privileges` | `get_privilege_info` | 获取权限点信息 |
/// | `GetQuotaInfos` | `POST /v1.0/drive/quotaInfos/query` | `get_quota_infos` | 获取容量信息列表 |
/// | `GetUploadInfo` | `GET /v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos` | `get_upload_info` | 获取上传信息 |
/// | `GrantPrivilegeOfCustomSpace` | `POST /v1.0/drive/spaces/{spaceId}/files/customSpacePrivileges` | `grant_privilege_of_custom_space` | 添加自定义空间权限 |
/// | `InfoSpace` | `GET /v1.0/drive/spaces/{spaceId}` | `info_space` | 获取空间信息 |
/// | `ListFiles` | `GET /v1.0/drive/spaces/{spaceId}/files` | `list_files` | 获取文件列表 |
/// | `ListPermissions` | `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions` | `list_permissions` | 获取权限列表 |
/// | `ListRecycleFiles` | `GET /v1.0/drive/recycleItems` | `list_recycle_files` | 获取回收站文件列表 |
/// | `ListSpaces` | `GET /v1.0/drive/spaces` | `list_spaces` | 获取空间列表 |
/// | `ManagementBuyQuota` | `POST /v1.0/drive/managements/quotas/buy` | `management_buy_quota` | 管理侧购买容量 |
/// | `ManagementListSpaces` | `POST /v1.0/drive/managements/spaces/query` | `management_list_spaces` | 管理侧获取空间列表 |
/// | `ManagementModifySpace` | `PUT /v1.0/drive/managements/spaces` | `management_modify_space` | 管理侧修改空间信息 |
/// | `ModifyPermission` | `PUT /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions` | `modify_permission` | 修改权限 |
/// | `MoveFile` | `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/move` | `move_file` | 移动文件 |
/// | `MoveFiles` | `POST /v1.0/drive/spaces/{spaceId}/files/batchMove` | `move_files` | 批量移动文件（夹） |
/// | `RecoverRecycleFiles` | `POST /v1.0/drive/recycleItems/recover` | `recover_recycle_files` | 还原回收站文件 |
/// | `RenameFile` | `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/rename` | `rename_file` | 重命名文件 |
///
/// # `dvi_1_0`: 视听智能服务 (DVI)：A1 等设备的绑定与录音、ASR 转写、服务记录、团队与客户洞察。
///
/// Feature `dvi_1_0`; `client.dvi_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchQueryA1IndustryDeviceBinding` | `POST /v1.0/dvi/a1/industry/devices/binding/query` | `batch_query_a1_industry_device_binding` | 批量查询行业应用范围内 A1 设备绑定关系 |
/// | `BatchQueryUserDeviceStatus` | `POST /v1.0/dvi/device/batchQueryUserDeviceStatus` | `batch_query_user_device_status` | 按 userId 列表批量查询用户绑定设备的状态 |
/// | `BatchUpdateDeviceCutCustomerSwitch` | `POST /v1.0/dvi/devices/cutcustomer/switch` | `batch_update_device_cut_customer_switch` | 批量设置设备的切客开关状态 |
/// | `ControlRecording` | `POST /v1.0/dvi/devices/recording/control` | `control_recording` | 设备录音启停控制 |
/// | `CreateAsrTranscription` | `POST /v1.0/dvi/asr/transcriptions` | `create_asr_transcription` | 创建ASR离线转写任务 |
/// | `CreateRecordingSchedule` | `POST /v1.0/dvi/devices/recording/schedules` | `create_recording_schedule` | 创建录制计划 |
/// | `CreateTeam` | `POST /v1.0/dvi/teams` | `create_team` | 创建团队 |
/// | `DeleteRecordingSchedule` | `DELETE /v1.0/dvi/devices/recording/schedules/{taskId}` | `delete_recording_schedule` | 删除录制计划 |
/// | `GetA1DeviceBinding` | `POST /v1.0/dvi/a1/devices/binding/query` | `get_a1_device_binding` | 获取 A1 系列企业设备当前绑定关系 |
/// | `GetA1DeviceDetail` | `POST /v1.0/dvi/a1/devices/info/query` | `get_a1_device_detail` | 获取 A1 系列企业设备详情 |
/// | `GetAsrTranscription` | `GET /v1.0/dvi/asr/transcriptions` | `get_asr_transcription` | 查询ASR转写结果 |
/// | `GetAudioFileDownloadInfo` | `POST /v1.0/dvi/device/audio/download` | `get_audio_file_download_info` | 获取音频文件下载地址 |
/// | `GetAudioFileInfo` | `POST /v1.0/dvi/device/audio/get` | `get_audio_file_info` | 获取音频文件信息 |
/// | `GetCustomerInfo` | `GET /v1.0/dvi/customer` | `get_customer_info` | 查询客户数据 |
/// | `GetCustomerInsight` | `GET /v1.0/dvi/customers/insights` | `get_customer_insight` | 获取客户洞察信息 |
/// | `GetRecordingSchedule` | `GET /v1.0/dvi/devices/recording/schedules/{taskId}` | `get_recording_schedule` | 获取录制计划 |
/// | `GetServiceChapterSummary` | `GET /v1.0/dvi/service/chapters/summary` | `get_service_chapter_summary` | 获取服务章节摘要 |
/// | `GetServiceChatSummary` | `GET /v1.0/dvi/service/chats/summary` | `get_service_chat_summary` | 获取服务会话总结 |
/// | `GetServiceQualityInspection` | `GET /v1.0/dvi/service/quality-inspections` | `get_service_quality_inspection` | 查询服务质检信息 |
/// | `GetServiceRecord` | `GET /v1.0/dvi/service-record` | `get_service_record` | 获取单条服务记录 |
/// | `GetServiceRecordTranscript` | `GET /v1.0/dvi/service/transcript` | `get_service_record_transcript` | 获取服务记录音频转写信息 |
/// | `GetSolutionConfig` | `GET /v1.0/dvi/solutions/configurations` | `get_solution_config` | 获取分析方案配置 |
/// | `GetTeam` | `GET /v1.0/dvi/teams/{teamCode}` | `get_team` | 获取团队信息 |
/// | `GetTeamMember` | `GET /v1.0/dvi/teams/{teamCode}/members` | `get_team_member` | 查询团队成员 |
/// | `GetTranscriptSummary` | `GET /v1.0/dvi/transcripts/summary` | `get_transcript_summary` | 获取文件转写的概要信息 |
/// | `ListA1Device` | `POST /v1.0/dvi/a1/devices/list` | `list_a1_device` | 分页查询 A1 系列企业设备列表 |
/// | `ListCustomer` | `GET /v1.0/dvi/customers` | `list_customer` | 查询客户列表 |
/// | `ListDevice` | `GET /v1.0/dvi/devices` | `list_device` | 分页查询设备列表 |
/// | `ListDeviceRecordingDuration` | `GET /v1.0/dvi/devices/recording-durations` | `list_device_recording_duration` | 分页查询设备录音时长 |
/// | `ListServiceRecord` | `GET /v1.0/dvi/service-records` | `list_service_record` | 分页查询服务记录 |
/// | `ListServiceTodo` | `GET /v1.0/dvi/service-todos` | `list_service_todo` | 查询服务记录待办列表 |
/// | `ListTeam` | `GET /v1.0/dvi/teams` | `list_team` | 查询团队列表 |
/// | `ManageTeamMember` | `POST /v1.0/dvi/teams/members` | `manage_team_member` | 团队成员管理 |
/// | `QueryAsrTask` | `GET /v1.0/dvi/asr/query` | `query_asr_task` | 查询asr结果 |
/// | `QueryAudioFile` | `POST /v1.0/dvi/device/audio/list` | `query_audio_file` | 分页查询指定设备的音频文件列表 |
/// | `QueryDeviceDetail` | `POST /v1.0/dvi/device/list` | `query_device_detail` | 批量获取设备详情 |
/// | `QueryDeviceStatus` | `POST /v1.0/dvi/device/status` | `query_device_status` | 查询设备属性 |
/// | `QueryFileInfoByMinutesId` | `GET /v1.0/dvi/audios/minutes` | `query_file_info_by_minutes_id` | 根据听记ID获取A1音频文件信息 |
/// | `QuerySalesInsights` | `POST /v1.0/dvi/sales/insights` | `query_sales_insights` | 查询销售洞察数据 |
/// | `QueryServiceRecordLocation` | `POST /v1.0/dvi/service-record/location` | `query_service_record_location` | 查询服务记录定位信息 |
/// | `QueryStaffStatisticData` | `POST /v1.0/dvi/data/staff` | `query_staff_statistic_data` | 分页查询员工统计数据 |
/// | `QueryUserBindDeviceLocation` | `POST /v1.0/dvi/user/location` | `query_user_bind_device_location` | 批量查询用户绑定设备位置的信息 |
/// | `QueryUserDeviceLocation` | `GET /v1.0/dvi/device/queryUserDeviceLocation` | `query_user_device_location` | 根据员工 userId 查询其当前绑定设备在指定时间范围内的位置（轨迹）信息 |
/// | `SubmitAgentTask` | `POST /v1.0/dvi/agenttask/submit` | `submit_agent_task` | 提交agent异步任务 |
/// | `SubmitAsrTask` | `POST /v1.0/dvi/asr/create` | `submit_asr_task` | asr离线任务 |
/// | `SubmitCustomerSplitData` | `POST /v1.0/dvi/customersplit/submit` | `submit_customer_split_data` | 提交切客数据 |
/// | `UpdateDeviceBinding` | `POST /v1.0/dvi/devices/binding/update` | `update_device_binding` | 更新设备绑定关系 |
/// | `UpdateRecordingSchedule` | `PUT /v1.0/dvi/devices/recording/schedules` | `update_recording_schedule` | 更新录制计划 |
/// | `UpdateServiceRecordRestrict` | `POST /v1.0/dvi/service/batch-update-restrict` | `update_service_record_restrict` | 批量更新服务记录约束规则 |
/// | `UpdateTeam` | `PUT /v1.0/dvi/teams` | `update_team` | 修改团队 |
/// | `VideoCustomerSplit` | `POST /v1.0/dvi/service/audiosplit` | `video_customer_split` | asr离线任务 |
///
/// # `edu_1_0`: 新教育 (Education)：学校、班级与课程，高校通讯录与家校通讯录。
///
/// Feature `edu_1_0`; `client.edu_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ActivateDevice` | `POST /v1.0/edu/vpaas/devices/activate` | `activate_device` | 视讯paas机具激活 |
/// | `AddCollegeAlumniDepts` | `POST /v1.0/edu/collegeAlumni/depts/batch` | `add_college_alumni_depts` | 高校校友会批量创建部门 |
/// | `AddCollegeAlumniUserInfo` | `POST /v1.0/edu/collegeAlumni/userInfos` | `add_college_alumni_user_info` | 高校校友会新增校友信息 |
/// | `AddCollegeContactExclusive` | `POST /v1.0/edu/collegeContact/exclusiveAccounts/users` | `add_college_contact_exclusive` | 创建高校账号用户 |
/// | `AddCollegeContactUser` | `POST /v1.0/edu/collegeContact/personalAccounts/users` | `add_college_contact_user` | 创建个人账号用户 |
/// | `AddCompetitionRecord` | `POST /v1.0/edu/competitions/records` | `add_competition_record` | 增加赛事记录 |
/// | `AddDevice` | `POST /v1.0/edu/devices` | `add_device` | 添加设备 |
/// | `AddEvaluatePerformance` | `POST /v1.0/edu/evaluations` | `add_evaluate_performance` | 添加评价表现数据 |
/// | `AddSchoolConfig` | `POST /v1.0/edu/schools/configurations` | `add_school_config` | 添加学校配置 |
/// | `AddTraceEvent` | `POST /v1.0/edu/sns/users/events/traceLogs` | `add_trace_event` | 新增用户事件跟踪日志 |
/// | `AdjustCourse` | `POST /v1.0/edu/kits/courses/adjust` | `adjust_course` | 修改课程 |
/// | `AdjustKit` | `POST /v1.0/edu/kits/records/adjust` | `adjust_kit` | 修改教育套件 |
/// | `AssignClass` | `POST /v1.0/edu/newGrades/tasks/students/classes/assign` | `assign_class` | 进行分班 |
/// | `BatchCreate` | `POST /v1.0/edu/cards` | `batch_create` | 批量创建打卡 |
/// | `BatchCreateCourse` | `POST /v1.0/edu/kits/courses/batchCreate` | `batch_create_course` | 批量创建课程 |
/// | `BatchCreateStudentClass` | `POST /v1.0/edu/kits/students/classes/batchCreate` | `batch_create_student_class` | 批量创建学生班级 |
/// | `BatchCreateTeacherCourse` | `POST /v1.0/edu/kits/teachers/courses/batchCreate` | `batch_create_teacher_course` | 批量创建老师课程 |
/// | `BatchInvalidCourse` | `POST /v1.0/edu/kits/courses/batchInvalid` | `batch_invalid_course` | 批量失效课程 |
/// | `BatchOrgCreateHW` | `POST /v1.0/edu/homeworks` | `batch_org_create_hw` | 跨组织-批量创建作业 |
/// | `CallMultimodalModel` | `POST /v1.0/edu/multimodal/model/call` | `call_multimodal_model` | 调用多模态模型 |
/// | `CancelKitTask` | `POST /v1.0/edu/kits/tasks/cancel` | `cancel_kit_task` | 套件-取消套件任务 |
/// | `CancelOrder` | `POST /v1.0/edu/orders/cancel` | `cancel_order` | 撤销订单 |
/// | `CancelSnsOrder` | `POST /v1.0/edu/snsUserOrders/cancel` | `cancel_sns_order` | 个人应用撤销订单 |
/// | `CancelUserOrder` | `POST /v1.0/edu/userOrders/cancel` | `cancel_user_order` | 取消订单 |
/// | `CardBatchQueryCards` | `POST /v1.0/edu/cards/tasks/batch` | `card_batch_query_cards` | 批量查询打卡任务 |
/// | `CardDeleteCard` | `DELETE /v1.0/edu/cards` | `card_delete_card` | 删除打卡 |
/// | `CardEndCard` | `POST /v1.0/edu/cards/finish` | `card_end_card` | 打卡-结束打卡 |
/// | `CardGetCard` | `GET /v1.0/edu/cards/tasks` | `card_get_card` | 查询打卡任务 |
/// | `CardGetCardFinishProgress` | `GET /v1.0/edu/cards/completionProgress` | `card_get_card_finish_progress` | 获取打卡任务完成进度 |
/// | `CardQueryCardFeeds` | `GET /v1.0/edu/cards/feeds` | `card_query_card_feeds` | 查询打卡Feed流 |
/// | `CardSubmitCard` | `POST /v1.0/edu/cards/user/task/submit` | `card_submit_card` | 教育业务打卡任务提交 |
/// | `CardUpdateCard` | `POST /v1.0/edu/cards/update` | `card_update_card` | 教育业务打卡任务更新 |
/// | `CheckRestriction` | `POST /v1.0/edu/restrictions/check` | `check_restriction` | 支付校验 |
/// | `ClearEvaluatePerformanceCount` | `POST /v1.0/edu/evaluations/unreadCounts/clear` | `clear_evaluate_performance_count` | 清空评价表现未读数量 |
/// | `ConsumePoint` | `POST /v1.0/edu/poins/consume` | `consume_point` | 积分兑换 |
/// | `CourseSchedulingComplimentNotice` | `POST /v1.0/edu/schedules/finishNotify` | `course_scheduling_compliment_notice` | 全校排课结束通知 |
/// | `Create` | `POST /v1.0/edu/wrongQuestions` | `create` | 错题本-添加错题 |
/// | `CreateAppOrder` | `POST /v1.0/edu/appOrders` | `create_app_order` | 创建App支付订单 |
/// | `CreateAwaitingCorrectionData` | `POST /v1.0/edu/assignment/createAwaitingCorrectionData` | `create_awaiting_correction_data` | 作业批改-新增待批改数据 |
/// | `CreateCollegeContactDept` | `POST /v1.0/edu/collegeContact/depts` | `create_college_contact_dept` | 创建高校通讯录组织单元 |
/// | `CreateCollegeContactSceneStru` | `POST /v1.0/edu/collegeContact/depts/structures/scenes` | `create_college_contact_scene_stru` | 创建高校通讯录场景架构 |
/// | `CreateCorrectionData` | `POST /v1.0/edu/assignment/createCorrectionData` | `create_correction_data` | 作业批改-新增已批改数据 |
/// | `CreateCourse` | `POST /v1.0/edu/kits/courses` | `create_course` | 创建课程 |
/// | `CreateCustomClass` | `POST /v1.0/edu/customClasses` | `create_custom_class` | 创建自定义部门下班级 |
/// | `CreateCustomDept` | `POST /v1.0/edu/customDepts` | `create_custom_dept` | 创建自定义校区或部门 |
/// | `CreateEduAssetSpace` | `POST /v1.0/edu/assets/spaces` | `create_edu_asset_space` | 教学资源库创建space |
/// | `CreateEduLlmModelReq` | `POST /v1.0/edu/assignment/createEduLlmModelReq` | `create_edu_llm_model_req` | 作业批改-新增模型批改请求 |
/// | `CreateFulfilRecord` | `POST /v1.0/edu/fulfilRecords` | `create_fulfil_record` | 创建设备履约记录，亲情通话、考勤数据同步 |
/// | `CreateInviteUrl` | `POST /v1.0/edu/remoteClasses/orgRelations/inviteUrls` | `create_invite_url` | 查询某个组织下面的设备列表 |
/// | `CreateItem` | `POST /v1.0/edu/items` | `create_item` | 创建商品 |
/// | `CreateKitTask` | `POST /v1.0/edu/kits/timerTasks` | `create_kit_task` | 套件-创建定时任务 |
/// | `CreateOrder` | `POST /v1.0/edu/orders` | `create_order` | 创建订单信息 |
/// | `CreateOrderFlow` | `POST /v1.0/edu/orders/flows` | `create_order_flow` | 创建开单流水 |
/// | `CreatePhysicalClassroom` | `POST /v1.0/edu/physicalClassrooms` | `create_physical_classroom` | 添加物理教室信息 |
/// | `CreateRefundFlow` | `POST /v1.0/edu/refunds/flows` | `create_refund_flow` | 创建退款流水 |
/// | `CreateRemoteClassCourse` | `POST /v1.0/edu/remoteClasses/courses` | `create_remote_class_course` | 创建预约类型的专递课堂 |
/// | `CreateSectionConfig` | `POST /v1.0/edu/universities/sectionConfigs` | `create_section_config` | 按学期创建课表模板 |
/// | `CreateSnsAppOrder` | `POST /v1.0/edu/snsAppOrders` | `create_sns_app_order` | 个人应用创建APP订单 |
/// | `CreateStsToken` | `POST /v1.0/edu/vpaas/ststoken` | `create_sts_token` | 创建ststoken |
/// | `CreateStudentClass` | `POST /v1.0/edu/kits/students/classes` | `create_student_class` | 创建学生班级 |
/// | `CreateTeacherCourse` | `POST /v1.0/edu/kits/teachers/courses` | `create_teacher_course` | 创建老师课程 |
/// | `CreateTimerCard` | `POST /v1.0/edu/kits/timerCards` | `create_timer_card` | 套件-创建定时卡片 |
/// | `CreateToken` | `POST /v1.0/edu/tokens` | `create_token` | 创建授权token |
/// | `CreateTransferRecord` | `POST /v1.0/edu/kits/transferRecords` | `create_transfer_record` | 创建调代课记录 |
/// | `CreateUniversityCourseGroup` | `POST /v1.0/edu/universities/courseGroups` | `create_university_course_group` | 大学创建课程组 |
/// | `CreateUniversityStudent` | `POST /v1.0/edu/universities/students` | `create_university_student` | 大学增加学生 |
/// | `CreateUniversityTeacher` | `POST /v1.0/edu/universities/teachers` | `create_university_teacher` | 大学添加老师 |
/// | `CreateWrongQuestions` | `POST /v1.0/edu/corp/wrongQuestions` | `create_wrong_questions` | 错题本-添加错题 |
/// | `DeactivateDevice` | `POST /v1.0/edu/vpaas/devices/deactivate` | `deactivate_device` | 视讯paas机具取消激活 |
/// | `DeductPoint` | `POST /v1.0/edu/points/deduct` | `deduct_point` | 扣减教育积分 |
/// | `DeleteCollegeAlumniDept` | `DELETE /v1.0/edu/collegeAlumni/depts` | `delete_college_alumni_dept` | 高校校友会删除当前部门 |
/// | `DeleteCollegeAlumniUserInfo` | `POST /v1.0/edu/collegeAlumni/userInfos/remove` | `delete_college_alumni_user_info` | 高校校友会删除校友信息 |
/// | `DeleteCollegeContactSceneStru` | `POST /v1.0/edu/collegeContact/depts/structures/scenes/remove` | `delete_college_contact_scene_stru` | 删除高校通讯录场景架构 |
/// | `DeleteDept` | `DELETE /v1.0/edu/depts/{deptId}` | `delete_dept` | 删除家校部门 |
/// | `DeleteDevice` | `DELETE /v1.0/edu/vpaas/devices` | `delete_device` | 视讯paas机具删除 |
/// | `DeleteDeviceOrg` | `DELETE /v1.0/edu/remoteClasses/deviceOrgs` | `delete_device_org` | 删除设备上面的组织 |
/// | `DeleteEvaluatePerformance` | `POST /v1.0/edu/evaluations/remove` | `delete_evaluate_performance` | 删除评价表现数据 |
/// | `DeleteGuardian` | `DELETE /v1.0/edu/classes/{classId}/guardians/{userId}` | `delete_guardian` | 删除家长 |
/// | `DeleteOrgRelation` | `DELETE /v1.0/edu/remoteClasses/orgRelations` | `delete_org_relation` | 删除组织的关联关系 |
/// | `DeletePhysicalClassroom` | `DELETE /v1.0/edu/physicalClassrooms` | `delete_physical_classroom` | 删除物理教室信息 |
/// | `DeleteRemoteClassCourse` | `DELETE /v1.0/edu/remoteClasses/courses/{courseCode}` | `delete_remote_class_course` | 删除专递课堂课程 |
/// | `DeleteSchoolReport` | `POST /v1.0/edu/schools/reports/remove` | `delete_school_report` | 删除成绩单 |
/// | `DeleteStudent` | `DELETE /v1.0/edu/classes/{classId}/students/{userId}` | `delete_student` | 删除学生 |
/// | `DeleteTeacher` | `DELETE /v1.0/edu/classes/{classId}/teachers/{userId}` | `delete_teacher` | 删除老师 |
/// | `DeleteUniversityCourseGroup` | `DELETE /v1.0/edu/universities/courseGroups` | `delete_university_course_group` | 删除大学课程组 |
/// | `DeleteUniversityStudent` | `DELETE /v1.0/edu/universities/students` | `delete_university_student` | 删除大学学生 |
/// | `DeleteUniversityTeacher` | `DELETE /v1.0/edu/universities/teachers` | `delete_university_teacher` | 删除大学教师 |
/// | `DeviceHeartbeat` | `POST /v1.0/edu/heartbeats/report` | `device_heartbeat` | 设备心跳上报 |
/// | `DisableCollegeContactSceneStru` | `POST /v1.0/edu/collegeContact/depts/structures/scenes/disable` | `disable_college_contact_scene_stru` | 停用高校通讯录场景架构 |
/// | `EduAIGCCallback` | `POST /v1.0/edu/aigc/callback` | `edu_aigc_callback` | 教育三方aigc结果回调 |
/// | `EduAIModelComplete` | `POST /v1.0/edu/ai/models/complete` | `edu_ai_model_complete` | 教育大模型开放接口 |
/// | `EduFindUserRolesByUserId` | `GET /v1.0/edu/users/allRoles` | `edu_find_user_roles_by_user_id` | 教育侧用户的所有角色 |
/// | `EduGetFileSpace` | `POST /v1.0/edu/files/spaces/infos/query` | `edu_get_file_space` | 获取用户文件存储空间信息 |
/// | `EduListUserByFromUserIds` | `GET /v1.0/edu/users/allRelations/lists` | `edu_list_user_by_from_user_ids` | 教育侧获取用户所有关系详情列表 |
/// | `EduTeacherList` | `GET /v1.0/edu/teachers` | `edu_teacher_list` | 查询教师列表 |
/// | `EnableCollegeContactSceneStru` | `POST /v1.0/edu/collegeContact/depts/structures/scenes/enable` | `enable_college_contact_scene_stru` | 启用高校通讯录场景架构 |
/// | `EndCourse` | `POST /v1.0/edu/universities/courses/end` | `end_course` | 关闭课程 |
/// | `EventTrack` | `POST /v1.0/edu/users/events/traceLogs` | `event_track` | 新增用户事件跟踪日志 |
/// | `GenerateTaskId` | `POST /v1.0/edu/ai/models/taskId/query` | `generate_task_id` | 获取调用大模型的taskId |
/// | `GetBindChildInfo` | `GET /v1.0/edu/families/childs/infos` | `get_bind_child_info` | 获取绑定孩子信息 |
/// | `GetChildren` | `POST /v1.0/edu/children/query` | `get_children` | 查询用户的孩子列表 |
/// | `GetCollegeAlumniDepts` | `GET /v1.0/edu/collegeAlumni/subDepts` | `get_college_alumni_depts` | 高校校友会获取当前部门的所有子部门 |
/// | `GetCollegeAlumniUserInfo` | `GET /v1.0/edu/collegeAlumni/userInfos` | `get_college_alumni_user_info` | 高校校友会查询校友信息 |
/// | `GetCollegeContactDeptDetail` | `GET /v1.0/edu/collegeContact/depts` | `get_college_contact_dept_detail` | 获取高校通讯录组织单元详情 |
/// | `GetCollegeContactStandardStruDeptDetail` | `GET /v1.0/edu/collegeContact/depts/structures/standards` | `get_college_contact_standard_stru_dept_detail` | 获取行政组织架构信息 |
/// | `GetCorrectStyle` | `POST /v1.0/edu/assignment/getCorrectStyle` | `get_correct_style` | 作业批改-查询批改样式 |
/// | `GetDefaultChild` | `GET /v1.0/edu/defaultChildren` | `get_default_child` | 获取默认孩子信息 |
/// | `GetEduUserIdentity` | `GET /v1.0/edu/apollos/activities/userIdentities` | `get_edu_user_identity` | 阿里云盘教师节活动获取用户身份 |
/// | `GetFileDownloadInfo` | `POST /v1.0/edu/files/downloadInfos/query` | `get_file_download_info` | 获取文件下载信息 |
/// | `GetFileDownloadInfoByPackageId` | `POST /v1.0/edu/fileAndImages/ids/query` | `get_file_download_info_by_package_id` | 查询文件和图片ID信息 |
/// | `GetImageTempDownloadUrl` | `POST /v1.0/edu/images/tempDownloadUrls/query` | `get_image_temp_download_url` | 获取图片下载信息 |
/// | `GetOpenCourseDetail` | `GET /v1.0/edu/openCourse/{courseId}` | `get_open_course_detail` | 获取公开课的课程详情 |
/// | `GetOpenCourses` | `GET /v1.0/edu/openCourses` | `get_open_courses` | 获取通过审核的课程列表 |
/// | `GetPointActionRecord` | `GET /v1.0/edu/points/actionRecords` | `get_point_action_record` | 查询教育积分流水记录 |
/// | `GetPointInfo` | `GET /v1.0/edu/points/infos` | `get_point_info` | 查询教育积分信息 |
/// | `GetRemoteClassCourse` | `GET /v1.0/edu/remoteClasses/courses/{courseCode}` | `get_remote_class_course` | 查询专递课堂课程详情 |
/// | `GetShareRoleMembers` | `GET /v1.0/edu/shareRoles/{shareRoleCode}/members` | `get_share_role_members` | 获取共享角色成员 |
/// | `GetShareRoles` | `GET /v1.0/edu/shareRoles` | `get_share_roles` | 获取教育局的共享角色列表 |
/// | `GetTaskList` | `GET /v1.0/edu/newGrades/tasks/lists` | `get_task_list` | 查询入学任务列表 |
/// | `GetTaskStudentList` | `GET /v1.0/edu/newGrades/tasks/students/lists` | `get_task_student_list` | 获取入学任务下的学生列表 |
/// | `InitCoursesOfClass` | `POST /v1.0/edu/classes/{classId}/courses/init` | `init_courses_of_class` | 初始化班级课程表 |
/// | `InitDevice` | `POST /v1.0/edu/devices/init` | `init_device` | 设备启动注册 |
/// | `InitVPaasDevice` | `POST /v1.0/edu/vpaas/devices/init` | `init_v_paas_device` | 视讯paas机具初始化 |
/// | `InsertSectionConfig` | `POST /v1.0/edu/schedules/configs` | `insert_section_config` | 插入学校维度节次设置 |
/// | `InvalidCourse` | `POST /v1.0/edu/kits/courses/invalid` | `invalid_course` | 失效课程 |
/// | `InvalidKit` | `POST /v1.0/edu/kits/records/invalid` | `invalid_kit` | 失效教育套件 |
/// | `InvalidStudentClass` | `POST /v1.0/edu/kits/students/classes/remove` | `invalid_student_class` | 删除学生班级 |
/// | `InvalidTeacherCourse` | `POST /v1.0/edu/kits/teachers/courses/remove` | `invalid_teacher_course` | 删除老师课程 |
/// | `IsYuwenCertifiedTeacher` | `POST /v1.0/edu/paas/certifiedTeachers/chineseTeachers/check` | `is_yuwen_certified_teacher` | 查看用户是否是认证校的语文老师 |
/// | `IsvDataWrite` | `POST /v1.0/edu/datas/write` | `isv_data_write` | 第三方数据写入 |
/// | `IsvMetadataQuery` | `GET /v1.0/edu/datas/metadatas` | `isv_metadata_query` | Isv查询元数据信息 |
/// | `ListCollegeContactDeptTypeConfig` | `GET /v1.0/edu/collegeContact/configs/deptTypes` | `list_college_contact_dept_type_config` | 获取高校组织单元类型 |
/// | `ListCollegeContactSceneStrus` | `GET /v1.0/edu/collegeContact/depts/structures/scenes` | `list_college_contact_scene_strus` | 获取高校通讯录场景架构列表 |
/// | `ListCollegeContactSubDepts` | `GET /v1.0/edu/collegeContact/subDepts` | `list_college_contact_sub_depts` | 获取高校通讯录子组织单元列表 |
/// | `ListOrder` | `POST /v1.0/edu/orders/query` | `list_order` | 查询订单 |
/// | `MoveStudent` | `POST /v1.0/edu/students/move` | `move_student` | 学生调班，如果学生在本班有对应的家长，则家长也会跟同学生进行调整班级。 |
/// | `OpenKit` | `POST /v1.0/edu/kits/records/open` | `open_kit` | 开通教育套件 |
/// | `OrderInfo` | `GET /v1.0/edu/dingLifes/orders` | `order_info` | 查询订单信息 |
/// | `PageQueryClassCourse` | `POST /v1.0/edu/kits/classes/courses/batchQuery` | `page_query_class_course` | 批量查询班级课表 |
/// | `PageQueryDevices` | `GET /v1.0/edu/vpaas/devices` | `page_query_devices` | 分页查询设备列表 |
/// | `PageQueryKitOpenRecord` | `POST /v1.0/edu/kits/records/batchQuery` | `page_query_kit_open_record` | 批量查询套件开通记录 |
/// | `PayOrder` | `POST /v1.0/edu/orders/pay` | `pay_order` | 支付订单 |
/// | `PollingConfirmStatus` | `GET /v1.0/edu/universities/courses/pollingConfirmStatus` | `polling_confirm_status` | 轮询课程状态，确认教师是否已同意开课 |
/// | `PreDial` | `POST /v1.0/edu/vpaas/devices/preDial` | `pre_dial` | 视讯paas机具预拨号 |
/// | `ProvidePoint` | `POST /v1.0/edu/points/provide` | `provide_point` | 发放教育积分 |
/// | `PublishSchoolReport` | `POST /v1.0/edu/schools/reports/publish` | `publish_school_report` | 发布成绩单 |
/// | `PushClassGroupCard` | `POST /v1.0/edu/classes/groups/cards/messages/push` | `push_class_group_card` | 推送班级群卡片消息 |
/// | `Query` | `GET /v1.0/edu/wrongQuestions/codes` | `query` | 错题本-查询错题本 |
/// | `QueryAllSubjectsFromClassSchedule` | `GET /v1.0/edu/subjects/instances` | `query_all_subjects_from_class_schedule` | 查询全量学科实例列表 |
/// | `QueryClassSchedule` | `POST /v1.0/edu/classes/schedules/query` | `query_class_schedule` | 查询课程表 |
/// | `QueryClassScheduleByTimeSchool` | `GET /v1.0/edu/schools/classes/courses` | `query_class_schedule_by_time_school` | 按照学校和时间区间筛选课程 |
/// | `QueryClassScheduleConfig` | `GET /v1.0/edu/schedules/configs` | `query_class_schedule_config` | 获取课程表设置 |
/// | `QueryCollegeContactUserDetail` | `GET /v1.0/edu/collegeContact/users` | `query_college_contact_user_detail` | 获取用户详情(包含高校账号) |
/// | `QueryDevice` | `POST /v1.0/edu/vpass/devices/query` | `query_device` | 查询单台视讯PAAS设备 |
/// | `QueryDeviceListByCorpId` | `GET /v1.0/edu/remoteClasses/devices` | `query_device_list_by_corp_id` | 查询某个组织下面的设备列表 |
/// | `QueryEduAssetSpaces` | `GET /v1.0/edu/assets/spaces` | `query_edu_asset_spaces` | 教学资源库查询space列表 |
/// | `QueryEduLlmModelResponse` | `POST /v1.0/edu/assignment/queryEduLlmModelResponse` | `query_edu_llm_model_response` | 作业批改-查询模型返回结果 |
/// | `QueryGroupId` | `GET /v1.0/edu/faces/groups` | `query_group_id` | 根据设备SN信息查询学校人脸库 |
/// | `QueryKitOpenRecord` | `POST /v1.0/edu/kits/records/query` | `query_kit_open_record` | 查询套件开通记录 |
/// | `QueryModelResultByTaskId` | `POST /v1.0/edu/ai/models/query` | `query_model_result_by_task_id` | 获取大模型的返回值 |
/// | `QueryOrder` | `GET /v1.0/edu/orders` | `query_order` | 查询订单信息 |
/// | `QueryOrgCorrectTaskDetail` | `POST /v1.0/edu/assignment/queryTaskDetail` | `query_org_correct_task_detail` | 作业批改-查询批改任务明细 |
/// | `QueryOrgCorrectTaskWithWrongQuestion` | `POST /v1.0/edu/assignment/queryTaskWrongQuestionDetail` | `query_org_correct_task_with_wrong_question` | 作业批改-查询批改错题明细 |
/// | `QueryOrgRelationList` | `GET /v1.0/edu/remoteClasses/orgRelations` | `query_org_relation_list` | 查询某个组织下面关联的组织列表 |
/// | `QueryOrgSecretKey` | `GET /v1.0/edu/universities/secretKeys` | `query_org_secret_key` | 获取组织秘钥 |
/// | `QueryOrgType` | `GET /v1.0/edu/orgTypes` | `query_org_type` | 查询教育组织类型 |
/// | `QueryPayResult` | `POST /v1.0/edu/payResults/query` | `query_pay_result` | 查询支付结果 |
/// | `QueryPhysicalClassroom` | `GET /v1.0/edu/physicalClassrooms` | `query_physical_classroom` | 查询物理教室信息 |
/// | `QueryPurchaseInfo` | `GET /v1.0/edu/users/purchases` | `query_purchase_info` | 查询用户订购服务状态 |
/// | `QueryRemoteClassCourse` | `GET /v1.0/edu/remoteClasses/courses` | `query_remote_class_course` | 查询课程列表 |
/// | `QuerySchoolUserFace` | `GET /v1.0/edu/schools/faces` | `query_school_user_face` | 分批查询学校人脸id |
/// | `QuerySelfBuildGroupBaseInfo` | `POST /v1.0/edu/self/group/base/query` | `query_self_build_group_base_info` | 查询自建群组织和班级信息 |
/// | `QuerySelfBuildGroupUserInfo` | `POST /v1.0/edu/self/group/user/query` | `query_self_build_group_user_info` | 查询自建群用户信息 |
/// | `QuerySnsOrder` | `GET /v1.0/edu/snsOrders` | `query_sns_order` | 个人应用查询订单信息 |
/// | `QueryStatisticsData` | `POST /v1.0/edu/classes/schedules/statisticData/query` | `query_statistics_data` | 获得课程表详细信息 |
/// | `QueryStudentClass` | `POST /v1.0/edu/kits/students/classes/query` | `query_student_class` | 查询学生班级 |
/// | `QuerySubjectTeachers` | `GET /v1.0/edu/subjects/teachers` | `query_subject_teachers` | 查询教授某学科老师列表 |
/// | `QueryTeachSubjects` | `GET /v1.0/edu/teachers/subjects` | `query_teach_subjects` | 查询老师教授学科列表 |
/// | `QueryTeacherCourse` | `POST /v1.0/edu/kits/teachers/courses/query` | `query_teacher_course` | 查询老师课程 |
/// | `QueryTransferCourse` | `POST /v1.0/edu/kits/transferRecords/query` | `query_transfer_course` | 查询调代课记录 |
/// | `QueryUniversityCourseGroup` | `GET /v1.0/edu/universities/courseGroups` | `query_university_course_group` | 查询大学课程组 |
/// | `QueryUserFace` | `GET /v1.0/edu/users/faces` | `query_user_face` | 根据人脸id查询用户信息 |
/// | `QueryUserPayInfo` | `GET /v1.0/edu/orders/payInfos` | `query_user_pay_info` | 查询用户支付信息 |
/// | `RecordActionPoint` | `POST /v1.0/edu/assignment/recordActionPoint` | `record_action_point` | 作业批改-记录行动点 |
/// | `RemoveDevice` | `DELETE /v1.0/edu/devices` | `remove_device` | 移除设备 |
/// | `ReportDeviceLog` | `POST /v1.0/edu/deviceLogs/report` | `report_device_log` | 设备日志上报接口 |
/// | `ReportDeviceUseLog` | `POST /v1.0/edu/deviceUseLogs/report` | `report_device_use_log` | 上传设备使用日志 |
/// | `RollbackDeductPoint` | `POST /v1.0/edu/deductPoints/rollback` | `rollback_deduct_point` | 回滚教育积分扣减 |
/// | `SaveClassLearningData` | `POST /v1.0/edu/classes/learnings/datas/save` | `save_class_learning_data` | 保存班级学情数据 |
/// | `SaveStudentLearningData` | `POST /v1.0/edu/students/learnings/datas/save` | `save_student_learning_data` | 保存学生学情数据 |
/// | `SchoolReportDetailReaded` | `POST /v1.0/edu/schools/reportDetails/readStatuses/set` | `school_report_detail_readed` | 成绩单详情已读状态设置 |
/// | `SearchTeachers` | `POST /v1.0/edu/teachers/search` | `search_teachers` | 按关键字搜索老师 |
/// | `SendAiCard` | `POST /v1.0/edu/kits/aiCards/send` | `send_ai_card` | 套件-发送AI卡片 |
/// | `SendCollegeAiAssistantMsg` | `POST /v1.0/edu/colleges/aiAssistants/messages/send` | `send_college_ai_assistant_msg` | 高校AI助理主动发送消息 |
/// | `SendFileMessage` | `POST /v1.0/edu/contents/files/messages/send` | `send_file_message` | 收藏文件消息发送 |
/// | `SendMessage` | `POST /v1.0/edu/messages/send` | `send_message` | 亲情通话发消息 |
/// | `SendPrintOrderNoticeMsg` | `POST /v1.0/edu/files/printOrders/noticeMessages/send` | `send_print_order_notice_msg` | 发送打印订单提醒消息 |
/// | `StartCourse` | `POST /v1.0/edu/universities/courses/start` | `start_course` | 开始课程 |
/// | `StartCoursePrepare` | `POST /v1.0/edu/universities/courses/prepare` | `start_course_prepare` | 预开课，发送开课提醒 |
/// | `SubmitAiSportData` | `POST /v1.0/edu/aiSports/data/submit` | `submit_ai_sport_data` | AI体育-上报数据 |
/// | `SubscribeUniversityCourseGroup` | `POST /v1.0/edu/universities/courseGroups/subscribe` | `subscribe_university_course_group` | 订阅大学课程组 |
/// | `SyncCheckedData` | `POST /v1.0/edu/assignment/syncCheckedData` | `sync_checked_data` | 作业批改-同步抽检数据 |
/// | `UnsubscribeUniversityCourseGroup` | `POST /v1.0/edu/universities/courseGroups/unsubscribe` | `unsubscribe_university_course_group` | 取消订阅大学课程组 |
/// | `UpdateClass` | `PUT /v1.0/edu/classes/infos` | `update_class` | 修改班级信息 |
/// | `UpdateClassGroupCard` | `PUT /v1.0/edu/classes/groups/cards/messages` | `update_class_group_card` | 更新班级群卡片消息 |
/// | `UpdateCollegeAlumniUserInfo` | `PUT /v1.0/edu/collegeAlumni/userInfos` | `update_college_alumni_user_info` | 高校校友会更新校友信息 |
/// | `UpdateCollegeContactDept` | `PUT /v1.0/edu/collegeContact/depts` | `update_college_contact_dept` | 更新高校通讯录组织单元 |
/// | `UpdateCollegeContactExclusive` | `PUT /v1.0/edu/collegeContact/exclusiveAccounts/users` | `update_college_contact_exclusive` | 更新高校账号用户 |
/// | `UpdateCollegeContactSceneStru` | `PUT /v1.0/edu/collegeContact/depts/structures/scenes` | `update_college_contact_scene_stru` | 更新高校通讯录场景架构 |
/// | `UpdateCollegeContactUser` | `PUT /v1.0/edu/collegeContact/personalAccounts/users` | `update_college_contact_user` | 更新个人账号用户 |
/// | `UpdateCollegeUserEmpType` | `POST /v1.0/edu/collegeContact/empTypes/change` | `update_college_user_emp_type` | 修改用户成员类型 |
/// | `UpdateCorrectingData` | `POST /v1.0/edu/assignment/updateCorrectingData` | `update_correcting_data` | 作业批改-更新批改中数据 |
/// | `UpdateCoursesOfClass` | `PUT /v1.0/edu/classes/{classId}/courses/schedules` | `update_courses_of_class` | 更新班级课程表（调代课等微调场景） |
/// | `UpdateEssayTaskCorrectionResult` | `POST /v1.0/edu/assignment/updateEssayTaskCorrectionResult` | `update_essay_task_correction_result` | 作业批改-更新作文任务批改结果 |
/// | `UpdateEvaluatePerformanceCount` | `PUT /v1.0/edu/evaluations/unreadCounts` | `update_evaluate_performance_count` | 更新评价表现未读数量 |
/// | `UpdateGuardian` | `PUT /v1.0/edu/guardians/infos` | `update_guardian` | 更新家长信息 |
/// | `UpdatePhysicalClassroom` | `PUT /v1.0/edu/physicalClassrooms` | `update_physical_classroom` | 添加物理教室信息 |
/// | `UpdateRemoteClassCourse` | `PUT /v1.0/edu/remoteClasses/courses` | `update_remote_class_course` | 更新专递课堂课程 |
/// | `UpdateRemoteClassDevice` | `PUT /v1.0/edu/remoteClasses/deviceNames` | `update_remote_class_device` | 更新设备名称 |
/// | `UpdateStudent` | `PUT /v1.0/edu/students/infos` | `update_student` | 修改学生信息 |
/// | `UpdateUniversityCourseGroup` | `PUT /v1.0/edu/universities/courseGroups` | `update_university_course_group` | 更新大学课程组 |
/// | `UploadLearningDataCallback` | `POST /v1.0/edu/uploadLearnings/datas/callback` | `upload_learning_data_callback` | 上传学情图片回调 |
/// | `VPaasProxy` | `POST /v1.0/edu/vpaas/proxy` | `v_paas_proxy` | 视讯PAAS接口代理 |
/// | `ValidateNewGradeManager` | `POST /v1.0/edu/newGrades/tasks/validate` | `validate_new_grade_manager` | 校验开学季任务是否完成 |
/// | `ValidateUserRole` | `POST /v1.0/edu/users/roles/validate` | `validate_user_role` | 校验用户的教育角色 |
/// | `VerifyEduOrgCertification` | `POST /v1.0/edu/orgs/certifications/verify` | `verify_edu_org_certification` | 校验教育组织 |
/// | `VerifyEduUserCertification` | `POST /v1.0/edu/users/certifications/verify` | `verify_edu_user_certification` | 校验教育用户特殊身份权限 |
/// | `queryClassCourse` | `POST /v1.0/edu/kits/classes/courses/query` | `query_class_course` | 查询班级课程 |
///
/// # `esign_1_0`: e签宝 1.0 (E-signature)：e签宝的企业授权、实名认证、套餐与签署流程。
///
/// Feature `esign_1_0`; `client.esign_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AuthUrl` | `POST /v1.0/esign/auths/url` | `auth_url` | 获取授权的页面地址 |
/// | `CancelCorpAuth` | `GET /v1.0/esign/corps/auth/cancel` | `cancel_corp_auth` | 取消企业的授权 |
/// | `ChannelOrder` | `POST /v1.0/esign/orders/channel` | `channel_order` | 套餐转售1（分润模式） |
/// | `ContractMargin` | `GET /v1.0/esign/contracts/margin` | `contract_margin` | 查询套餐余量 |
/// | `CorpConsole` | `GET /v1.0/esign/corps/console` | `corp_console` | 查询个人信息 |
/// | `CorpInfo` | `GET /v1.0/esign/corps/info` | `corp_info` | 查询企业信息 |
/// | `CreateDeveloper` | `GET /v1.0/esign/developers/create` | `create_developer` | 钉钉ISV服务商的数据初始化 |
/// | `GetCorpRealnameUrl` | `POST /v1.0/esign/corps/realname` | `get_corp_realname_url` | 获取跳转到个人实名的地址 |
/// | `GetCropStatus` | `GET /v1.0/esign/corps/statuses` | `get_crop_status` | 获取企业e签宝微应用状态 |
/// | `GetFile` | `GET /v1.0/esign/files/{fileId}` | `get_file` | 查询文件详情/下载文件 |
/// | `GetFlowDetail` | `GET /v1.0/esign/flows/detail` | `get_flow_detail` | 获取对应流程任务详情 |
/// | `GetFlowSignDetail` | `GET /v1.0/esign/flows/sign/detail` | `get_flow_sign_detail` | 获取对应流程任务详情 |
/// | `GetProcessStartUrl` | `POST /v1.0/esign/process/start` | `get_process_start_url` | 发起签署的地址 |
/// | `GetSignNoticeUrl` | `POST /v1.0/esign/signs/notice/url` | `get_sign_notice_url` | 获取签署人签署地址 |
/// | `GetUploadUrl` | `POST /v1.0/esign/files/getUploadUrl` | `get_upload_url` | 通过上传方式创建文件 |
/// | `GetUserInfo` | `GET /v1.0/esign/users/{userId}` | `get_user_info` | 查询个人信息 |
/// | `GetUserRealnameUrl` | `POST /v1.0/esign/users/realname` | `get_user_realname_url` | 获取跳转到个人实名的地址 |
/// | `ListFlowDocs` | `GET /v1.0/esign/flows/docs` | `list_flow_docs` | 获取流程任务合同列表 |
/// | `ListSealApproval` | `GET /v1.0/esign/seals/approval/list` | `list_seal_approval` | 获取流程任务用印审批列表 |
/// | `OrderResale` | `POST /v1.0/esign/orders/resale` | `order_resale` | 套餐转售2（底价结算模式） |
///
/// # `esign_2_0`: e签宝 2.0 (E-signature 2.0)：签署流程、用印审批、用户与企业授权。
///
/// Feature `esign_2_0`; `client.esign_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ApprovalList` | `GET /v2.0/esign/approvals/{taskId}` | `approval_list` | 获取流程任务用印审批列表 |
/// | `CancelCorpAuth` | `POST /v2.0/esign/auths/cancel` | `cancel_corp_auth` | 取消企业的授权 |
/// | `ChannelOrders` | `POST /v2.0/esign/orders/channel` | `channel_orders` | 套餐转售1（分润模式） |
/// | `CorpRealname` | `POST /v2.0/esign/corps/realnames` | `corp_realname` | 生成企业实名的跳转地址 |
/// | `CreateDevelopers` | `POST /v2.0/esign/developers` | `create_developers` | 钉钉ISV服务商数据初始化 |
/// | `CreateProcess` | `POST /v2.0/esign/process/startAtOnce` | `create_process` | 通过API发起签署流程 |
/// | `GetAttachsApproval` | `GET /v2.0/esign/dingInstances/{instanceId}/attachments` | `get_attachs_approval` | 获取钉钉审批实例-电子附件信息 |
/// | `GetAuthUrl` | `POST /v2.0/esign/auths/urls` | `get_auth_url` | 生成授权页面地址 |
/// | `GetContractMargin` | `GET /v2.0/esign/margins` | `get_contract_margin` | 查询套餐余量 |
/// | `GetCorpConsole` | `GET /v2.0/esign/corps/consoles` | `get_corp_console` | 获取企业控制台地址 |
/// | `GetCorpInfo` | `GET /v2.0/esign/corps/infos` | `get_corp_info` | 查询企业信息 |
/// | `GetExecuteUrl` | `POST /v2.0/esign/process/executeUrls` | `get_execute_url` | 获取签署人签署地址 |
/// | `GetFileInfo` | `GET /v2.0/esign/files/{fileId}` | `get_file_info` | 获取文件详情 |
/// | `GetFileUploadUrl` | `POST /v2.0/esign/files/uploadUrls` | `get_file_upload_url` | 获取文件上传地址 |
/// | `GetFlowDetail` | `GET /v2.0/esign/flowTasks/{taskId}` | `get_flow_detail` | 获取流程详细信息及操作记录 |
/// | `GetFlowDocs` | `GET /v2.0/esign/flowTasks/{taskId}/docs` | `get_flow_docs` | 获取流程任务的所有合同列表，收到签署完成消息后查询 |
/// | `GetIsvStatus` | `GET /v2.0/esign/corps/appStatus` | `get_isv_status` | 获取企业的e签宝微应用当前状态 |
/// | `GetSignDetail` | `GET /v2.0/esign/signTasks/{taskId}` | `get_sign_detail` | 获取流程签署的详细信息 |
/// | `GetUserInfo` | `GET /v2.0/esign/users/{userId}` | `get_user_info` | 查询个人信息 |
/// | `ProcessStart` | `POST /v2.0/esign/processes/startUrls` | `process_start` | 获取发起签署任务的地址 |
/// | `ResaleOrder` | `POST /v2.0/esign/orders/resale` | `resale_order` | 套餐转售2（底价结算模式） |
/// | `UsersRealname` | `POST /v2.0/esign/users/realnames` | `users_realname` | 获取跳转到个人实名的地址 |
///
/// # `event_1_0`: 事件订阅 (Events)：推送失败的事件与应用安装。
///
/// Feature `event_1_0`; `client.event_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetCallBackFaileResult` | `GET /v1.0/event/callbacks/failedResults` | `get_call_back_faile_result` | 调用本获取推送失败的变更事件。 |
/// | `InstallApp` | `POST /v1.0/event/elm/apps/install` | `install_app` | 安装一方应用 |
/// | `InstallCoolApp` | `POST /v1.0/event/elm/coolApps/install` | `install_cool_app` | 安装酷应用 |
/// | `RePushSuiteTicket` | `POST /v1.0/event/suiteTicket/rePush` | `re_push_suite_ticket` | 重新获取suiteTicket |
///
/// # `exclusive_1_0`: 专属钉钉 (Exclusive DingTalk)：专属版的企业、审批与协议。
///
/// Feature `exclusive_1_0`; `client.exclusive_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddCustomSignConfig` | `POST /v1.0/exclusive/sign/addCustomSignConfig` | `add_custom_sign_config` | 添加自主协议 |
/// | `AddOrg` | `POST /v1.0/exclusive/orgnizations` | `add_org` | 新增企业 |
/// | `ApproveProcessCallback` | `POST /v1.0/exclusive/approvalResults/callback` | `approve_process_callback` | 专属审批结果回调 |
/// | `BanOrOpenGroupWords` | `PUT /v1.0/exclusive/enterpriseSecurities/banOrOpenGroupWords` | `ban_or_open_group_words` | 群禁言或解禁 |
/// | `BusinessEventUpdate` | `PUT /v1.0/exclusive/businessGroups/events` | `business_event_update` | 业务融合群业务事件变更 |
/// | `CheckControlHitStatus` | `POST /v1.0/exclusive/soc/functionHitStatuses/check` | `check_control_hit_status` | 检测安全管控功能命中状态 |
/// | `CleanFile` | `POST /v1.0/exclusive/privateStores/files/clean` | `clean_file` | 删除钉钉文档 |
/// | `CreateCategoryAndBindingGroups` | `POST /v1.0/exclusive/messageCategories/categories/createAndBind` | `create_category_and_binding_groups` | 创建分组并绑定会话 |
/// | `CreateDlpTask` | `POST /v1.0/exclusive/dlpTasks` | `create_dlp_task` | 创建文件检测任务 |
/// | `CreateMessageCategory` | `POST /v1.0/exclusive/messageCategories/categories/create` | `create_message_category` | 创建分组并绑定会话 |
/// | `CreateRule` | `POST /v1.0/exclusive/messageCategories/rules` | `create_rule` | 创建规则 |
/// | `CreateTrustedDevice` | `POST /v1.0/exclusive/trustedDevices` | `create_trusted_device` | 存入可信设备信息 |
/// | `CreateTrustedDeviceBatch` | `POST /v1.0/exclusive/trusts/devices` | `create_trusted_device_batch` | 批量新增可信设备 |
/// | `CreateVirusScanTask` | `POST /v1.0/exclusive/virusScanTasks` | `create_virus_scan_task` | 触发文件病毒扫描任务 |
/// | `DataSync` | `POST /v1.0/exclusive/datas/sync` | `data_sync` | 为应用同步数据到专属存储 |
/// | `DeleteAcrossCloudStroageConfigs` | `DELETE /v1.0/exclusive/fileStorages/acrossClouds/configurations/{targetCorpId}` | `delete_across_cloud_stroage_configs` | 删除跨云存储配置 |
/// | `DeleteComment` | `DELETE /v1.0/exclusive/publishers/{publisherId}/comments/{commentId}` | `delete_comment` | 删除评论 |
/// | `DeleteTrustedDevice` | `POST /v1.0/exclusive/trustedDevices/remove` | `delete_trusted_device` | 删除指定可信设备 |
/// | `DistributePartnerApp` | `POST /v1.0/exclusive/partners/applications/distribute` | `distribute_partner_app` | 分发伙伴应用 |
/// | `EditSecurityConfigMember` | `POST /v1.0/exclusive/securities/configs/members` | `edit_security_config_member` | 编辑安全卡片管控成员 |
/// | `ExchangeMainAdmin` | `POST /v1.0/exclusive/orgnizations/mainAdministrators/exchange` | `exchange_main_admin` | 更换组织主管理员 |
/// | `ExclusiveBanner` | `POST /v1.0/exclusive/customize/marketing/banner` | `exclusive_banner` | 专属运营Banner头图消息推送 |
/// | `ExclusiveCreateDingPortal` | `POST /v1.0/exclusive/workbenches/templates/spread` | `exclusive_create_ding_portal` | 分发工作台模版 |
/// | `ExclusivePcAlert` | `POST /v1.0/exclusive/customize/marketing/pcAlert` | `exclusive_pc_alert` | 智能运营桌面端弹窗 |
/// | `ExclusivePopup` | `POST /v1.0/exclusive/customize/marketing/popup` | `exclusive_popup` | 智能运营移动端首页弹窗 |
/// | `FileDecryptCallback` | `POST /v1.0/exclusive/clientDecrypt/decrypt/callback` | `file_decrypt_callback` | 文件解密回调 |
/// | `FileEncryptCallback` | `POST /v1.0/exclusive/clientDecrypt/encrypt/callback` | `file_encrypt_callback` | 文件加密回调 |
/// | `FileStorageActiveStorage` | `POST /v1.0/exclusive/fileStorages/active` | `file_storage_active_storage` | 专属文件第一次设置，激活配置 |
/// | `FileStorageCheckConnection` | `POST /v1.0/exclusive/fileStorages/connections/check` | `file_storage_check_connection` | 检查专属存储OSS连接 |
/// | `FileStorageGetQuotaData` | `GET /v1.0/exclusive/fileStorages/quotaDatas` | `file_storage_get_quota_data` | 专属文件存储获取存储情况(按时间区间) |
/// | `FileStorageGetStorageState` | `GET /v1.0/exclusive/fileStorages/states` | `file_storage_get_storage_state` | 专属文件存储获取存储情况和配置 |
/// | `FileStorageUpdateStorage` | `PUT /v1.0/exclusive/fileStorages/configurations` | `file_storage_update_storage` | 更新文件专属存储配置 |
/// | `GenerateDarkWaterMark` | `POST /v1.0/exclusive/enterpriseSecurities/darkWatermarks/generate` | `generate_dark_water_mark` | 生成暗水印 |
/// | `GetAccountTransferList` | `GET /v1.0/exclusive/dataTransfer/accounts` | `get_account_transfer_list` | 获取专属钉钉账号数据迁移结果 |
/// | `GetActiveUserSummary` | `GET /v1.0/exclusive/data/dau/org/{dataId}` | `get_active_user_summary` | 获得组织维度的用户dau |
/// | `GetAgentIdByRelatedAppId` | `GET /v1.0/exclusive/exclusiveDesigns/agentId` | `get_agent_id_by_related_app_id` | 根据AppId获取微应用在该组织下的agentId |
/// | `GetAllLabelableDepts` | `GET /v1.0/exclusive/partnerDepartments` | `get_all_labelable_depts` | 伙伴钉可打标签部门查询 |
/// | `GetAppDispatchInfo` | `GET /v1.0/exclusive/apps/distributionInfos` | `get_app_dispatch_info` | 获得app分发信息 |
/// | `GetCalenderSummary` | `GET /v1.0/exclusive/data/calendar/org/{dataId}` | `get_calender_summary` | 获得组织维度日程相关信息 |
/// | `GetCidsByBotCode` | `POST /v1.0/exclusive/groups/openConversationIds` | `get_cids_by_bot_code` | 根据机器人code获取群openConversationId列表 |
/// | `GetClassTag` | `GET /v1.0/exclusive/classes/entities/tags` | `get_class_tag` | 获取密级标签 |
/// | `GetCommentList` | `GET /v1.0/exclusive/publishers/{publisherId}/comments/list` | `get_comment_list` | 获取发布号的评论列表 |
/// | `GetConfBaseInfoByLogicalId` | `GET /v1.0/exclusive/data/conferences` | `get_conf_base_info_by_logical_id` | 根据逻辑会议id获取会议基本信息 |
/// | `GetConferenceDetail` | `GET /v1.0/exclusive/data/conferences/{conferenceId}` | `get_conference_detail` | 获取视频会议明细 |
/// | `GetConversationCategory` | `GET /v1.0/exclusive/conversationCategories` | `get_conversation_category` | 获取会话分组数据 |
/// | `GetConversationDetail` | `POST /v1.0/exclusive/categories/conversations/details/query` | `get_conversation_detail` | 获取会话分组详情 |
/// | `GetDingReportDeptSummary` | `GET /v1.0/exclusive/data/report/dept/{dataId}` | `get_ding_report_dept_summary` | 获取部门维度发布日志信息 |
/// | `GetDingReportSummary` | `GET /v1.0/exclusive/datas/{dataId}/reports/organizations` | `get_ding_report_summary` | 获取组织维度发布日志信息 |
/// | `GetDocCreatedDeptSummary` | `GET /v1.0/exclusive/data/doc/dept/{dataId}` | `get_doc_created_dept_summary` | 获得部门维度用户创建文档数和创建文档人数 |
/// | `GetDocCreatedSummary` | `GET /v1.0/exclusive/data/doc/org/{dataId}` | `get_doc_created_summary` | 获取组织维度用户创建文档数和创建文档人数 |
/// | `GetExclusiveAccountAllOrgList` | `GET /v1.0/exclusive/exclusiveAccounts/organizations` | `get_exclusive_account_all_org_list` | 获取专属账号所有组织列表 |
/// | `GetGeneralFormCreatedDeptSummary` | `GET /v1.0/exclusive/data/generalForm/dept/{dataId}` | `get_general_form_created_dept_summary` | 获取部门维度发布智能填表数量和使用智能填表人数 |
/// | `GetGeneralFormCreatedSummary` | `GET /v1.0/exclusive/data/generalForm/org/{dataId}` | `get_general_form_created_summary` | 获取组织维度发布智能填表数量和使用智能填表人数 |
/// | `GetGroupActiveInfo` | `GET /v1.0/exclusive/data/activeGroups` | `get_group_active_info` | 获取群活跃明细 |
/// | `GetGroupInfoByCid` | `POST /v1.0/exclusive/groups/infos/query` | `get_group_info_by_cid` | 根据群会话id获取群相关信息 |
/// | `GetGroupOrgByCid` | `POST /v1.0/exclusive/groups/organizations/query` | `get_group_org_by_cid` | 根据群会话id获取组织cropid |
/// | `GetInActiveUserList` | `POST /v1.0/exclusive/inactives/users/query` | `get_in_active_user_list` | 获取未活跃用户登陆统计明细 |
/// | `GetLastOrgAuthData` | `GET /v1.0/exclusive/organizations/authInfos` | `get_last_org_auth_data` | 获取最后一次验证通过的企业认证信息 |
/// | `GetMsgConfig` | `POST /v1.0/exclusive/portals/msgConfigs/query` | `get_msg_config` | 消息规则配置和群属性接口 |
/// | `GetMsgLocation` | `POST /v1.0/exclusive/messageLocations/query` | `get_msg_location` | 获取消息定位链接 |
/// | `GetMsgRecordDetail` | `POST /v1.0/exclusive/follow/message/getMsgRecordDetail` | `get_msg_record_detail` | 查询群发消息id对应的消息记录详情 |
/// | `GetOaOperatorLogList` | `POST /v1.0/exclusive/oaOperatorLogs/query` | `get_oa_operator_log_list` | 获取oa后台操作日志记录 |
/// | `GetOutGroupsByPage` | `POST /v1.0/exclusive/audits/outsideGroups/query` | `get_out_groups_by_page` | 获取企业的外部审计群列表 |
/// | `GetOutsideAuditGroupMessageByPage` | `POST /v1.0/exclusive/audits/outsideGroups/messages/query` | `get_outside_audit_group_message_by_page` | 获取外部审计群消息记录 |
/// | `GetPartnerTypeByParentId` | `GET /v1.0/exclusive/partnerLabels/{parentId}` | `get_partner_type_by_parent_id` | 伙伴钉根据父标签查询子标签 |
/// | `GetPrivateStoreCapacityUsage` | `GET /v1.0/exclusive/privateStores/capacityUsages/infos` | `get_private_store_capacity_usage` | 获取专属存储容量信息 |
/// | `GetPrivateStoreFileInfosByPage` | `POST /v1.0/exclusive/privateStores/fileInfos/query` | `get_private_store_file_infos_by_page` | 分页获取专属存储文件信息 |
/// | `GetPrivateStoreFilePath` | `POST /v1.0/exclusive/privateStores/filePaths/query` | `get_private_store_file_path` | 获取专属存储文件路径 |
/// | `GetPrivateStoreFileTaskInfosByPage` | `POST /v1.0/exclusive/privateStores/taskInfos/query` | `get_private_store_file_task_infos_by_page` | 分页获取专属存储文件处理任务信息 |
/// | `GetPrivateStoreTaskFileInfosByPage` | `POST /v1.0/exclusive/privateStores/taskInfos/file/query` | `get_private_store_task_file_infos_by_page` | 分页获取专属存储任务文件信息 |
/// | `GetPublicDevices` | `GET /v1.0/exclusive/trusts/publicDevices` | `get_public_devices` | 获取公共设备列表。 |
/// | `GetPublisherSummary` | `GET /v1.0/exclusive/data/publisher/{dataId}` | `get_publisher_summary` | 获取互动服务窗相关数据 |
/// | `GetRealPeopleRecords` | `POST /v1.0/exclusive/persons/identificationRecords/query` | `get_real_people_records` | 获取实人认证接口调用记录 |
/// | `GetRecognizeRecords` | `POST /v1.0/exclusive/faces/recognizeRecords/query` | `get_recognize_records` | 获取人脸对比接口调用记录 |
/// | `GetRobotInfoByCode` | `GET /v1.0/exclusive/robots/infos` | `get_robot_info_by_code` | 根据机器人标识查询机器人信息 |
/// | `GetSecurityConfigMember` | `POST /v1.0/exclusive/securities/configs/members/query` | `get_security_config_member` | 获取安全管控卡片成员 |
/// | `GetSignedDetailByPage` | `GET /v1.0/exclusive/audits/users` | `get_signed_detail_by_page` | 获取审计协议签署人员信息 |
/// | `GetTrustDeviceList` | `POST /v1.0/exclusive/trustedDevices/query` | `get_trust_device_list` | 获取多个可信设备信息，包括mac地址、staffId、platform |
/// | `GetUserAppVersionSummary` | `GET /v1.0/exclusive/data/appVersion/org/{dataId}` | `get_user_app_version_summary` | 获得组织维度用户版本分布情况 |
/// | `GetUserFaceState` | `POST /v1.0/exclusive/faces/recognizeStates/query` | `get_user_face_state` | 人脸录入状态查询 |
/// | `GetUserRealPeopleState` | `POST /v1.0/exclusive/persons/identificationStates/query` | `get_user_real_people_state` | 实人认证状态查询 |
/// | `GetUserStayLength` | `GET /v1.0/exclusive/data/users/stayTimes` | `get_user_stay_length` | 获取用户停留时长 |
/// | `GetVirusScanResult` | `POST /v1.0/exclusive/virusScanTasks/query` | `get_virus_scan_result` | 获取文件病毒扫描结果 |
/// | `GroupQueryByAttr` | `POST /v1.0/exclusive/portals/groups/queryGroup` | `group_query_by_attr` | 根据群属性查询群ID |
/// | `GroupQueryByOpenId` | `POST /v1.0/exclusive/portals/groups/getGroupByOpenConversationId` | `group_query_by_open_id` | 根据群ID查询群属性 |
/// | `ListAuditLog` | `GET /v1.0/exclusive/fileAuditLogs` | `list_audit_log` | 获取企业文件审计日志 |
/// | `ListByCodes` | `POST /v1.0/exclusive/sceneGroups/robotInfos/query` | `list_by_codes` | 根据机器人code列表查询机器人信息 |
/// | `ListByPluginIds` | `POST /v1.0/exclusive/sceneGroups/pluginInfos/query` | `list_by_plugin_ids` | 根据插件id列表查询插件信息 |
/// | `ListCategorys` | `GET /v1.0/exclusive/messageCategories/categories/listCategories` | `list_categorys` | 查询分组列表 |
/// | `ListJoinOrgInfo` | `GET /v1.0/exclusive/exclusiveAccounts/organizations/infos` | `list_join_org_info` | 通过手机号获取已加入的属于渠道组织的列表信息 |
/// | `ListMiniAppAvailableVersion` | `POST /v1.0/exclusive/miniApps/versions/availableLists` | `list_mini_app_available_version` | 获取小程序版本列表 |
/// | `ListMiniAppHistoryVersion` | `GET /v1.0/exclusive/miniApps/versions/historyLists` | `list_mini_app_history_version` | 获取小程序历史版本列表 |
/// | `ListPartnerRoles` | `GET /v1.0/exclusive/partners/roles/{parentId}` | `list_partner_roles` | 查询伙伴角色 |
/// | `ListPunchScheduleByConditionWithPaging` | `POST /v1.0/exclusive/punchSchedules/query` | `list_punch_schedule_by_condition_with_paging` | 获取巡点信息列表 |
/// | `ListRules` | `GET /v1.0/exclusive/messageCategories/rules/listRules` | `list_rules` | 查询规则列表 |
/// | `Logout` | `POST /v1.0/exclusive/users/logout` | `logout` | 指定用户强制下线 |
/// | `OpenBenefitPackage` | `POST /v1.0/exclusive/benefitPackages/purchase` | `open_benefit_package` | 购买权益包 |
/// | `OpportunitySearch` | `POST /v1.0/exclusive/opportunities/check` | `opportunity_search` | 商机冲突检测 |
/// | `PreventCheatingCheckRisk` | `POST /v1.0/exclusive/preventCheats/risks/check` | `prevent_cheating_check_risk` | 防作弊风险检测 |
/// | `PublishFileChangeNotice` | `POST /v1.0/exclusive/comments/send` | `publish_file_change_notice` | 发送文件更改的评论 |
/// | `PublishRule` | `POST /v1.0/exclusive/messageCategories/rules/publish` | `publish_rule` | 发布规则 |
/// | `PushBadge` | `POST /v1.0/exclusive/exclusiveDesigns/redPoints/push` | `push_badge` | 推送专属设计中自建/第三方应用的小红点 |
/// | `QueryAcrossCloudStroageConfigs` | `GET /v1.0/exclusive/fileStorages/acrossClouds/configurations` | `query_across_cloud_stroage_configs` | 查询跨云存储配置 |
/// | `QueryChannelStaffInfoByMobile` | `GET /v1.0/exclusive/channelOrganizations/users` | `query_channel_staff_info_by_mobile` | 根据手机号查询渠道组织中的员工信息 |
/// | `QueryConversationPage` | `GET /v1.0/exclusive/categories/conversations` | `query_conversation_page` | 获取分组下会话列表 |
/// | `QueryExclusiveBenefits` | `GET /v1.0/exclusive/benefits` | `query_exclusive_benefits` | 查询专属版权益 |
/// | `QueryMsgSendRecords` | `POST /v1.0/exclusive/follow/message/queryMsgSendRecords` | `query_msg_send_records` | 分页查询指定UID的服务窗推送记录 |
/// | `QueryPartnerInfo` | `GET /v1.0/exclusive/partners/users/{userId}` | `query_partner_info` | 伙伴钉根据uid查询人员的标签信息 |
/// | `QueryTemplateInfo` | `GET /v1.0/exclusive/sceneGroups/templates/{templateId}/infos` | `query_template_info` | 根据templateId查询模版信息 |
/// | `QueryUserBehavior` | `POST /v1.0/exclusive/enterpriseSecurities/userBehaviors/screenshots/query` | `query_user_behavior` | 获取用户截屏操作记录 |
/// | `RollbackMiniAppVersion` | `POST /v1.0/exclusive/miniApps/versions/rollback` | `rollback_mini_app_version` | 小程序版本回滚 |
/// | `RuleBatchReceiver` | `POST /v1.0/exclusive/dmc/rules/messages/batchSend` | `rule_batch_receiver` | 按规则批量发消息 |
/// | `SaveAcrossCloudStroageConfigs` | `POST /v1.0/exclusive/fileStorages/acrossClouds/configurations` | `save_across_cloud_stroage_configs` | 新增跨云存储配置 |
/// | `SaveAndSubmitAuthInfo` | `POST /v1.0/exclusive/ognizations/authInfos/saveAndSubmit` | `save_and_submit_auth_info` | 保存并提交认证信息 |
/// | `SaveOpenTerminalInfo` | `POST /v1.0/exclusive/externalLogs/terminalInfos/save` | `save_open_terminal_info` | 亿格云能力结合 |
/// | `SaveStorageFunctionSwitch` | `POST /v1.0/exclusive/storages/functions/save` | `save_storage_function_switch` | 保存专属文件存储的功能项 |
/// | `SaveStorageSwitch` | `POST /v1.0/exclusive/storages/switches/save` | `save_storage_switch` | 保存专属文件存储整体开关 |
/// | `SaveWhiteApp` | `POST /v1.0/exclusive/miniApps/whiteLists/save` | `save_white_app` | 用于提供mdm微应用白名单配置能力 |
/// | `SearchOrgInnerGroupInfo` | `GET /v1.0/exclusive/securities/orgGroupInfos` | `search_org_inner_group_info` | 查询企业内部群信息 |
/// | `SearchOrgInnerGroupInfoByCursorPage` | `GET /v1.0/exclusive/securities/orgAllGroupInfos` | `search_org_inner_group_info_by_cursor_page` | 查询企业全量内部群信息 |
/// | `SendAppDing` | `POST /v1.0/exclusive/appDings/send` | `send_app_ding` | 通过接口发送应用内DING |
/// | `SendInvitation` | `POST /v1.0/exclusive/partnerDepartments/invitations/send` | `send_invitation` | 发送邀请函 |
/// | `SendMessage` | `POST /v1.0/exclusive/follow/message/send` | `send_message` | 互动服务窗-群发消息 |
/// | `SendPhoneDing` | `POST /v1.0/exclusive/phoneDings/send` | `send_phone_ding` | 通过接口发送电话DING |
/// | `SetConversationCategory` | `POST /v1.0/exclusive/conversationCategories/set` | `set_conversation_category` | 设置会话所属分组 |
/// | `SetConversationSubtitle` | `PUT /v1.0/exclusive/conversations/subtitles/set` | `set_conversation_subtitle` | 设置会话副标题 |
/// | `SetConversationTopCategory` | `POST /v1.0/exclusive/conversations/topCategories/set` | `set_conversation_top_category` | 设置会话所属顶部分组 |
/// | `SetDeptPartnerTypeAndNum` | `POST /v1.0/exclusive/partnerDepartments` | `set_dept_partner_type_and_num` | 伙伴钉设置部门伙伴编码和伙伴类型 |
/// | `SetOrgTopConversationCategory` | `POST /v1.0/exclusive/topConversations/categories/set` | `set_org_top_conversation_category` | 设置企业全局顶部会话分组 |
/// | `SpecialRuleBatchReceiver` | `POST /v1.0/exclusive/dmc/rules/specialMessages/batchSend` | `special_rule_batch_receiver` | 千人千面按规则批量发消息 |
/// | `TaskInfoAddDelTaskPerson` | `POST /v1.0/exclusive/taskCenters/taskInfos/addDelTaskPerson` | `task_info_add_del_task_person` | 增加/删除任务人员 |
/// | `TaskInfoCancelOrDelTask` | `POST /v1.0/exclusive/taskCenters/taskInfos/cancelOrDelTask` | `task_info_cancel_or_del_task` | 删除任务 |
/// | `TaskInfoCreateAndStartTask` | `POST /v1.0/exclusive/taskCenters/taskInfos/createAndStart` | `task_info_create_and_start_task` | 创建并启动任务 |
/// | `TaskInfoFinishTask` | `POST /v1.0/exclusive/taskCenters/taskInfos/finishTask` | `task_info_finish_task` | 完成任务 |
/// | `TaskInfoUpdateTask` | `POST /v1.0/exclusive/taskCenters/taskInfos/update` | `task_info_update_task` | 更新任务 |
/// | `TransferExclusiveAccountOrg` | `POST /v1.0/exclusive/organizations/transfer` | `transfer_exclusive_account_org` | 切换组织归属 |
/// | `UpdateCategoryName` | `PUT /v1.0/exclusive/messageCategories/categories/names` | `update_category_name` | 更改分组名称 |
/// | `UpdateConversationType` | `PUT /v1.0/exclusive/conversationTypes` | `update_conversation_type` | 变更群聊类型 |
/// | `UpdateFileStatus` | `PUT /v1.0/exclusive/sending/files/status` | `update_file_status` | 更新发送文件的检测状态 |
/// | `UpdateMiniAppVersionStatus` | `POST /v1.0/exclusive/miniApps/versions/versionStatus` | `update_mini_app_version_status` | 发布版本 |
/// | `UpdatePartnerVisibility` | `PUT /v1.0/exclusive/partnerDepartments/visibilityPartners` | `update_partner_visibility` | 修改伙伴类型可见性 |
/// | `UpdateRealmLicense` | `PUT /v1.0/exclusive/frontLines/licenses` | `update_realm_license` | 专属一线版-企业修改员工license |
/// | `UpdateRoleVisibility` | `PUT /v1.0/exclusive/partnerDepartments/visibilityRoles` | `update_role_visibility` | 修改角色可见性 |
/// | `UpdateStorageMode` | `PUT /v1.0/exclusive/fileStorages/acrossClouds/storageModes` | `update_storage_mode` | 更新组织专属存储模式 |
/// | `UpdateTrustedDevice` | `PUT /v1.0/exclusive/trustedDevices/{deviceId}` | `update_trusted_device` | 通过设备编号修改设备信息。 |
/// | `UpdateVoiceMsgCtrlStatus` | `PUT /v1.0/exclusive/voiceMessages/ctrlStatuses` | `update_voice_msg_ctrl_status` | 允许三方调用该API，决定对应的语音消息管控状态 |
///
/// # `finance_1_0`: 金融 (Finance)：批量付款、代扣与收单、助贷进件与发票；付款码的接口在钉钉文档的“钉工牌”下。
///
/// Feature `finance_1_0`; `client.finance_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ApplyBatchPay` | `POST /v1.0/finance/batchTrades/orders/pay` | `apply_batch_pay` | 批量付款 |
/// | `CloseLoanEntrance` | `POST /v1.0/finance/loans/entrances/close` | `close_loan_entrance` | 助贷业务关闭借款入口 |
/// | `ConsultCreateSubInstitution` | `POST /v1.0/finance/institutions/subInstitutions/consult` | `consult_create_sub_institution` | 子机构创建进件预校验 |
/// | `CreatWithholdingOrderAndPay` | `POST /v1.0/finance/withholdingOrders` | `creat_withholding_order_and_pay` | 发起代扣交易 |
/// | `CreateAcquireRefundOrder` | `POST /v1.0/finance/acquireOrders/refund` | `create_acquire_refund_order` | 收单退款交易 |
/// | `CreateBatchTradeOrder` | `POST /v1.0/finance/batchTrades/orders` | `create_batch_trade_order` | 创建批量支付单 |
/// | `CreateSubInstitution` | `POST /v1.0/finance/institutions/subInstitutions` | `create_sub_institution` | 创建子机构 |
/// | `CreateUserCodeInstance` | `POST /v1.0/finance/payCodes/userInstances` | `create_user_code_instance` | 创建用户码实例 |
/// | `DecodePayCode` | `POST /v1.0/finance/payCodes/decode` | `decode_pay_code` | 解码付款码 |
/// | `FinanceLoanNotifyRegister` | `POST /v1.0/finance/loans/notifications/register` | `finance_loan_notify_register` | 企业金融助贷业务进件通知接口 |
/// | `ModifySubInstitution` | `POST /v1.0/finance/institutions/subInstitutions/modify` | `modify_sub_institution` | 修改子机构信息 |
/// | `NotifyPayCodePayResult` | `POST /v1.0/finance/payCodes/payResults/notify` | `notify_pay_code_pay_result` | 通知付款码支付结果 |
/// | `NotifyPayCodeRefundResult` | `POST /v1.0/finance/payCodes/refundResults/notify` | `notify_pay_code_refund_result` | 通知付款码退款结果 |
/// | `NotifyVerifyResult` | `POST /v1.0/finance/payCodes/verifyResults/notify` | `notify_verify_result` | 上报码验证结果 |
/// | `PreCreateGroupBillOrder` | `POST /v1.0/finance/groupbills/preCreate` | `pre_create_group_bill_order` | 预创建群收款订单返回订单号 |
/// | `QueryAcquireRefundOrder` | `GET /v1.0/finance/acquireOrders/refunds` | `query_acquire_refund_order` | 查询收单退款交易 |
/// | `QueryBatchTradeDetailList` | `GET /v1.0/finance/batchTrades/details` | `query_batch_trade_detail_list` | 查询批量付款明细列表 |
/// | `QueryBatchTradeOrder` | `POST /v1.0/finance/batchTrades/orders/query` | `query_batch_trade_order` | 根据请求对象查询批量交易订单信息 |
/// | `QueryPayAccountList` | `GET /v1.0/finance/payAccounts` | `query_pay_account_list` | 查询付款账号列表 |
/// | `QueryRegisterOrder` | `GET /v1.0/finance/institutions/subInstitutions/orders` | `query_register_order` | 查询子机构申请单状态 |
/// | `QueryUserAgreement` | `GET /v1.0/finance/userAgreements` | `query_user_agreement` | 查询用户协议 |
/// | `QueryUserAlipayAccount` | `GET /v1.0/finance/userAlipayAccounts` | `query_user_alipay_account` | 获取用户绑定支付宝信息 |
/// | `QueryWithholdingOrder` | `GET /v1.0/finance/withholdingOrders` | `query_withholding_order` | 查询代扣交易订单信息 |
/// | `SaveCorpPayCode` | `POST /v1.0/finance/payCodes/corpSettings` | `save_corp_pay_code` | 保存付款码企业配置信息 |
/// | `UnsignUserAgreement` | `POST /v1.0/finance/userAgreements/unsign` | `unsign_user_agreement` | 解约用户协议 |
/// | `UpateUserCodeInstance` | `PUT /v1.0/finance/payCodes/userInstances` | `upate_user_code_instance` | 更新用户码实例 |
/// | `UpdateInvoiceVerifyStatus` | `PUT /v1.0/finance/invoices/verifyStatus` | `update_invoice_verify_status` | 用来给第三方企业提供发票验真结果更新的oapi |
/// | `UploadInvoice` | `POST /v1.0/finance/invoices/upload` | `upload_invoice` | 上传发票 |
/// | `UploadInvoiceByAuth` | `POST /v1.0/finance/invoices/authorizations/upload` | `upload_invoice_by_auth` | 用户授权上传发票oapi |
/// | `UploadInvoiceByMobile` | `POST /v1.0/finance/invoices/mobiles/upload` | `upload_invoice_by_mobile` | 通过手机号上传发票 |
/// | `UploadRegisterImage` | `POST /v1.0/finance/institutions/images` | `upload_register_image` | 上传进件中的图片获得图片链接 |
/// | `UserAgreementPageSign` | `POST /v1.0/finance/userAgreements` | `user_agreement_page_sign` | 用户协议签约 |
///
/// # `flashmeeting_1_0`: 钉闪会 (Flash Meeting)：闪会的创建、导出与知识库。
///
/// Feature `flashmeeting_1_0`; `client.flashmeeting_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CopyLinkToWorkspace` | `POST /v1.0/flashmeeting/meetings/copyLinkToWorkspace` | `copy_link_to_workspace` | 将闪会添加链接到知识库 |
/// | `CreateFlashMeeting` | `POST /v1.0/flashmeeting/meetings` | `create_flash_meeting` | 创建钉闪会并绑定日程 |
/// | `ExportShanhuiToDoc` | `POST /v1.0/flashmeeting/meetings/export` | `export_shanhui_to_doc` | 将闪会导出到文档 |
/// | `GetShanhuiAttachments` | `POST /v1.0/flashmeeting/meetings/getShanhuiAttachments` | `get_shanhui_attachments` | 获取闪会内上传的附件 |
/// | `GetShanhuiByCalendar` | `GET /v1.0/flashmeeting/calendars/meeting` | `get_shanhui_by_calendar` | 根据日程获取闪会的信息 |
/// | `GetShanhuiByShanhuiKey` | `GET /v1.0/flashmeeting/meetings/keys/{flashmeetingKey}/infos` | `get_shanhui_by_shanhui_key` | 根据闪会key来闪会的信息，包含关联的日程、会议时间、议题等 |
/// | `GetTaskFromShanhuiDoc` | `GET /v1.0/flashmeeting/meetings/tasks` | `get_task_from_shanhui_doc` | 根据闪会文档id获取待办任务 |
///
/// # `flashmsg_1_0`: 闪读 (Flash Message)：闪读插件规则与用户信息。
///
/// Feature `flashmsg_1_0`; `client.flashmsg_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddPluginRule` | `POST /v1.0/flashmsg/plugins` | `add_plugin_rule` | 添加插件规则 |
/// | `DeletePlguinRule` | `POST /v1.0/flashmsg/plugins/remove` | `delete_plguin_rule` | 删除插件规则 |
/// | `GetBaseProfileList` | `POST /v1.0/flashmsg/users/baseInfos/query` | `get_base_profile_list` | 闪读用户基础信息查询 |
/// | `GetConversation` | `GET /v1.0/flashmsg/conversations/infos` | `get_conversation` | 获得闪读会话信息 |
/// | `GetMemberList` | `GET /v1.0/flashmsg/conversations/memberIdLists` | `get_member_list` | 获得成员ID列表 |
/// | `QueryPluginRule` | `GET /v1.0/flashmsg/plugins` | `query_plugin_rule` | 查询插件规则 |
/// | `SendDingTip` | `POST /v1.0/flashmsg/ding/messages/send` | `send_ding_tip` | 发送Ding提示消息 |
/// | `SendMessageTip` | `POST /v1.0/flashmsg/messages/send` | `send_message_tip` | 发送闪读消息提示 |
///
/// # `gateway_1_0`: 云上网关 (Gateway)：网关长连接注册。
///
/// Feature `gateway_1_0`; `client.gateway_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `OpenConnection` | `POST /v1.0/gateway/connections/open` | `open_connection` | 云上网关注册长连接 |
///
/// # `group_blackboard_1_0`: 群公告 (Group Announcements)：群公告的创建、修改与删除。
///
/// Feature `group_blackboard_1_0`; `client.group_blackboard_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateGroupBlackboard` | `POST /v1.0/groupBlackboard/blackboards` | `create_group_blackboard` | 创建群公告 |
/// | `CreateGroupBlackboardNew` | `POST /v1.0/groupBlackboard/blackboards/create` | `create_group_blackboard_new` | 创建群公告 |
/// | `DeleteGroupBlackboard` | `POST /v1.0/groupBlackboard/blackboards/remove` | `delete_group_blackboard` | 删除群公告 |
/// | `DeleteGroupBlackboardNew` | `POST /v1.0/groupBlackboard/blackboards/delete` | `delete_group_blackboard_new` | 删除群公告 |
/// | `EditGroupBlackboard` | `POST /v1.0/groupBlackboard/blackboards/edit` | `edit_group_blackboard` | 编辑群公告 |
/// | `GetGroupBlackboard` | `POST /v1.0/groupBlackboard/blackboards/get` | `get_group_blackboard` | 查询群公告详情 |
/// | `ListGroupBlackboard` | `POST /v1.0/groupBlackboard/blackboards/list` | `list_group_blackboard` | 查询群公告列表 |
///
/// # `h3yun_1_0`: 氚云 (H3 Yun)：表单业务对象与流程实例。
///
/// Feature `h3yun_1_0`; `client.h3yun_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchInsertBizObject` | `POST /v1.0/h3yun/forms/instances/batch` | `batch_insert_biz_object` | 批量创建表单业务对象数据 |
/// | `CancelProcessInstance` | `POST /v1.0/h3yun/processes/instances/cancel` | `cancel_process_instance` | 取消流程实例 |
/// | `CreateBizObject` | `POST /v1.0/h3yun/forms/instances` | `create_biz_object` | 创建单条表单业务对象实例 |
/// | `CreateProcessesInstance` | `POST /v1.0/h3yun/processes/instances` | `create_processes_instance` | 创建流程实例 |
/// | `DeleteBizObject` | `DELETE /v1.0/h3yun/forms/instances` | `delete_biz_object` | 删除表单业务对象实例 |
/// | `DeleteProcessesInstance` | `DELETE /v1.0/h3yun/processes/instances` | `delete_processes_instance` | 删除流程实例 |
/// | `GetApps` | `POST /v1.0/h3yun/apps/search` | `get_apps` | 获取应用数据 |
/// | `GetAttachmentTemporaryUrl` | `GET /v1.0/h3yun/attachments/temporaryUrls` | `get_attachment_temporary_url` | 获取附件临时免登地址 |
/// | `GetOrganizations` | `GET /v1.0/h3yun/departments` | `get_organizations` | 获取组织数据 |
/// | `GetRoleUsers` | `GET /v1.0/h3yun/roles/roleUsers` | `get_role_users` | 获取角色用户信息 |
/// | `GetRoles` | `GET /v1.0/h3yun/roles` | `get_roles` | 获取角色数据 |
/// | `GetUploadUrl` | `GET /v1.0/h3yun/attachments/uploadUrls` | `get_upload_url` | 获取文件上传地址 |
/// | `GetUsers` | `GET /v1.0/h3yun/users` | `get_users` | 获取用户数据 |
/// | `LoadBizFields` | `GET /v1.0/h3yun/forms/loadBizFields` | `load_biz_fields` | 获取表单业务字段信息 |
/// | `LoadBizObject` | `GET /v1.0/h3yun/forms/instances/loadInstances` | `load_biz_object` | 获取单条表单业务对象实例 |
/// | `LoadBizObjects` | `POST /v1.0/h3yun/forms/instances/search` | `load_biz_objects` | 查询表单实例列表 |
/// | `QueryAppFunctionNodes` | `GET /v1.0/h3yun/apps/functionNodes` | `query_app_function_nodes` | 获取应用的功能节点信息 |
/// | `QueryProcessesInstance` | `GET /v1.0/h3yun/processes/instances` | `query_processes_instance` | 获取流程实例 |
/// | `QueryProcessesWorkItems` | `GET /v1.0/h3yun/processes/workItems` | `query_processes_work_items` | 获取流程实例节点工作项 |
/// | `UpdateBizObject` | `PUT /v1.0/h3yun/forms/instances` | `update_biz_object` | 修改表单业务对象数据 |
///
/// # `h5package_1_0`: H5 离线包 (H5 Packages)：H5 离线包的上传与版本。
///
/// Feature `h5package_1_0`; `client.h5package_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreatePackage` | `POST /v1.0/h5package/asyncUpload` | `create_package` | 上传H5离线包 |
/// | `GetAccessToken` | `GET /v1.0/h5package/uploadTokens` | `get_access_token` | 获取包上传一次性AccessToken |
/// | `GetCreateStatus` | `GET /v1.0/h5package/uploadStatus` | `get_create_status` | 获取H5离线包版本创建状态 |
/// | `PublishPackage` | `POST /v1.0/h5package/publish` | `publish_package` | 发布离线包 |
///
/// # `hrbrain_1_0`: 组织大脑 (HR Brain)：组织与人员、绩效与奖惩、能力与标签等数据的集成，以及自定义模型。
///
/// Feature `hrbrain_1_0`; `client.hrbrain_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `HrbrainBizDataQuery` | `POST /v1.0/hrbrain/bizData/query` | `hrbrain_biz_data_query` | 业务数据开放 |
/// | `HrbrainDeleteAwardRecords` | `POST /v1.0/hrbrain/datas/awardRecords/remove` | `hrbrain_delete_award_records` | 删除奖励记录 |
/// | `HrbrainDeleteCustom` | `POST /v1.0/hrbrain/datas/customModels/remove` | `hrbrain_delete_custom` | 删除自定义模型记录 |
/// | `HrbrainDeleteDeptInfo` | `POST /v1.0/hrbrain/datas/deptInfos/remove` | `hrbrain_delete_dept_info` | 删除组织架构 |
/// | `HrbrainDeleteDimission` | `POST /v1.0/hrbrain/datas/dimissionInfos/remove` | `hrbrain_delete_dimission` | 删除离职记录 |
/// | `HrbrainDeleteEduExp` | `POST /v1.0/hrbrain/datas/eduExperiences/remove` | `hrbrain_delete_edu_exp` | 删除教育经历 |
/// | `HrbrainDeleteEmpInfo` | `POST /v1.0/hrbrain/datas/empInfos/remove` | `hrbrain_delete_emp_info` | 删除人员信息 |
/// | `HrbrainDeleteLabelIndustry` | `POST /v1.0/hrbrain/datas/industries/remove` | `hrbrain_delete_label_industry` | 删除领域经验 |
/// | `HrbrainDeleteLabelInventory` | `POST /v1.0/hrbrain/datas/inventories/remove` | `hrbrain_delete_label_inventory` | 删除盘点数据 |
/// | `HrbrainDeleteLabelProfSkill` | `POST /v1.0/hrbrain/datas/profSkills/remove` | `hrbrain_delete_label_prof_skill` | 删除专业技能 |
/// | `HrbrainDeletePerfEval` | `POST /v1.0/hrbrain/datas/perfRecords/remove` | `hrbrain_delete_perf_eval` | 删除绩效记录 |
/// | `HrbrainDeletePromRecords` | `POST /v1.0/hrbrain/datas/promEvals/remove` | `hrbrain_delete_prom_records` | 数据集成晋升记录删除 |
/// | `HrbrainDeletePunDetail` | `POST /v1.0/hrbrain/datas/punDetails/remove` | `hrbrain_delete_pun_detail` | 删除处分记录 |
/// | `HrbrainDeleteRegist` | `POST /v1.0/hrbrain/datas/registerInfos/remove` | `hrbrain_delete_regist` | 删除入职记录 |
/// | `HrbrainDeleteRegular` | `POST /v1.0/hrbrain/datas/regulars/remove` | `hrbrain_delete_regular` | 删除转正记录 |
/// | `HrbrainDeleteTraining` | `POST /v1.0/hrbrain/datas/trainings/remove` | `hrbrain_delete_training` | 删除培训学习记录 |
/// | `HrbrainDeleteTransferEval` | `POST /v1.0/hrbrain/datas/changeRecords/remove` | `hrbrain_delete_transfer_eval` | 删除调岗记录 |
/// | `HrbrainDeleteWorkExp` | `POST /v1.0/hrbrain/datas/workExperiences/remove` | `hrbrain_delete_work_exp` | 删除工作经历 |
/// | `HrbrainDeletetLabelBase` | `POST /v1.0/hrbrain/datas/baseLabels/remove` | `hrbrain_deletet_label_base` | 删除标签数据 |
/// | `HrbrainEmpPoolQuery` | `POST /v1.0/hrbrain/datas/empPools/infos/query` | `hrbrain_emp_pool_query` | 人才池信息查询 |
/// | `HrbrainEmpPoolUser` | `POST /v1.0/hrbrain/datas/empPools/users/lists/query` | `hrbrain_emp_pool_user` | 人才池人员查询 |
/// | `HrbrainImportAwardDetail` | `POST /v1.0/hrbrain/datas/awardDetails/import` | `hrbrain_import_award_detail` | 集成奖励记录 |
/// | `HrbrainImportCustom` | `POST /v1.0/hrbrain/datas/customModels/import` | `hrbrain_import_custom` | 集成自定义模型记录 |
/// | `HrbrainImportDeptInfo` | `POST /v1.0/hrbrain/datas/deptInfos/import` | `hrbrain_import_dept_info` | 集成组织架构 |
/// | `HrbrainImportDimission` | `POST /v1.0/hrbrain/datas/dimissionInfos/import` | `hrbrain_import_dimission` | 集成离职信息 |
/// | `HrbrainImportEduExp` | `POST /v1.0/hrbrain/datas/eduExperiences/import` | `hrbrain_import_edu_exp` | 集成教育经历 |
/// | `HrbrainImportEmpInfo` | `POST /v1.0/hrbrain/datas/empInfos/import` | `hrbrain_import_emp_info` | 集成人员信息 |
/// | `HrbrainImportLabelBase` | `POST /v1.0/hrbrain/datas/baseLabels/import` | `hrbrain_import_label_base` | 集成基础标签 |
/// | `HrbrainImportLabelCustom` | `POST /v1.0/hrbrain/datas/customLabels/import` | `hrbrain_import_label_custom` | 集成自定义标签 |
/// | `HrbrainImportLabelIndustry` | `POST /v1.0/hrbrain/datas/industries/import` | `hrbrain_import_label_industry` | 集成领域经验 |
/// | `HrbrainImportLabelInventory` | `POST /v1.0/hrbrain/datas/inventories/import` | `hrbrain_import_label_inventory` | 集成盘点数据 |
/// | `HrbrainImportLabelProfSkill` | `POST /v1.0/hrbrain/datas/profSkills/import` | `hrbrain_import_label_prof_skill` | 集成专业技能 |
/// | `HrbrainImportPerfEval` | `POST /v1.0/hrbrain/datas/perfRecords/import` | `hrbrain_import_perf_eval` | 集成绩效记录 |
/// | `HrbrainImportPromEval` | `POST /v1.0/hrbrain/datas/promRecords/import` | `hrbrain_import_prom_eval` | 集成晋升记录 |
/// | `HrbrainImportPunDetail` | `POST /v1.0/hrbrain/datas/punDetails/import` | `hrbrain_import_pun_detail` | 集成处分记录 |
/// | `HrbrainImportRegist` | `POST /v1.0/hrbrain/datas/registerInfos/import` | `hrbrain_import_regist` | 集成入职信息 |
/// | `HrbrainImportRegular` | `POST /v1.0/hrbrain/datas/regulars/import` | `hrbrain_import_regular` | 集成转正记录 |
/// | `HrbrainImportTraining` | `POST /v1.0/hrbrain/datas/trainings/import` | `hrbrain_import_training` | 集成培训学习记录 |
/// | `HrbrainImportTransferEval` | `POST /v1.0/hrbrain/datas/changeRecords/import` | `hrbrain_import_transfer_eval` | 集成异动记录 |
/// | `HrbrainImportWorkExp` | `POST /v1.0/hrbrain/datas/workExperiences/import` | `hrbrain_import_work_exp` | 集成工作经历 |
/// | `HrbrainLabelCategoryTree` | `POST /v1.0/hrbrain/labels/category/list` | `hrbrain_label_category_tree` | 标签分类树查询 |
/// | `HrbrainLabelCategoryUpdate` | `POST /v1.0/hrbrain/labels/category/update` | `hrbrain_label_category_update` | 标签分类树更新 |
/// | `HrbrainLabelDataDelete` | `POST /v1.0/hrbrain/label/dataDelete` | `hrbrain_label_data_delete` | 标签明细删除 |
/// | `HrbrainLabelDataQuery` | `POST /v1.0/hrbrain/labels/data` | `hrbrain_label_data_query` | 标签明细查询 |
/// | `HrbrainLabelDataUpsert` | `POST /v1.0/hrbrain/label/dataUpsert` | `hrbrain_label_data_upsert` | 标签明细更新 |
/// | `HrbrainLabelEmpDelete` | `POST /v1.0/hrbrain/labels/delete` | `hrbrain_label_emp_delete` | 删除标签下指定人员 |
/// | `HrbrainLabelMeta` | `POST /v1.0/hrbrain/labels/meta` | `hrbrain_label_meta` | 标签元数据 |
/// | `HrbrainLabelMetaStatus` | `POST /v1.0/hrbrain/labels/metaStatus` | `hrbrain_label_meta_status` | 标签元数据状态更新 |
/// | `HrbrainLabelMetaUpdate` | `POST /v1.0/hrbrain/labels/metaUpdate` | `hrbrain_label_meta_update` | 标签元数据更新 |
/// | `HrbrainLabelTaskData` | `POST /v1.0/hrbrain/labels/task/data` | `hrbrain_label_task_data` | 打标任务生成的标签数据 |
/// | `HrbrainLabelTaskMeta` | `POST /v1.0/hrbrain/labels/task/metadata` | `hrbrain_label_task_meta` | 打标任务生成的标签元数据 |
/// | `HrbrainTalentProfileAttachmentQuery` | `POST /v1.0/hrbrain/profiles/attachmentPhotos/query` | `hrbrain_talent_profile_attachment_query` | 查询人才档案附件照片 |
/// | `HrbrainTalentProfileBasicQuery` | `POST /v1.0/hrbrain/profiles/basicData/query` | `hrbrain_talent_profile_basic_query` | 查询人才档案基础数据 |
/// | `HrbrainTalentSearch` | `POST /v1.0/hrbrain/talent/submitEmpSearchTask` | `hrbrain_talent_search` | 提交人才搜索任务 |
/// | `HrbrainTalentSearchResult` | `POST /v1.0/hrbrain/talent/getEmpSearchTaskResult` | `hrbrain_talent_search_result` | 获取搜索结果 |
/// | `StaffLabelRecordsQuery` | `POST /v1.0/hrbrain/datas/labelRecords/query` | `staff_label_records_query` | 人员标签查询 |
/// | `SyncData` | `POST /v1.0/hrbrain/datas` | `sync_data` | 同步统计基础数据 |
///
/// # `hrm_1_0`: 智能人事 (HRM)：员工花名册、入转调离与人事数据。
///
/// Feature `hrm_1_0`; `client.hrm_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AISaleAttachmentPermisson` | `POST /v1.0/hrm/ai-sale/api/v1/attachment/permission` | `ai_sale_attachment_permisson` | 附件授权 |
/// | `AISaleEntityCreate` | `POST /v1.0/hrm/ai-sale/api/v1/entity/create` | `ai_sale_entity_create` | AI营销创建实体 |
/// | `AISaleEntityDetail` | `POST /v1.0/hrm/ai-sale/api/v1/entity/detail` | `ai_sale_entity_detail` | AI营销实体详情查询 |
/// | `AISaleEntityList` | `POST /v1.0/hrm/ai-sale/api/v1/entity/list` | `ai_sale_entity_list` | AI营销实体列表查询 |
/// | `AISaleEntityUpdate` | `POST /v1.0/hrm/ai-sale/api/v1/entity/update` | `ai_sale_entity_update` | AI营销实体更新 |
/// | `AISaleFlashMinutesAnalysis` | `POST /v1.0/hrm/ai-sale/api/v1/common/flashMinutesAnalysis` | `ai_sale_flash_minutes_analysis` | AI营销活动听记总结分析 |
/// | `AISaleGetMemory` | `POST /v1.0/hrm/ai-sale/api/v1/memory/list` | `ai_sale_get_memory` | 活动助理记忆列表查询 |
/// | `AISaleSchemaGet` | `POST /v1.0/hrm/ai-sale/api/v1/schema/get` | `ai_sale_schema_get` | 获取AI营销实体定义信息 |
/// | `AISaleSyncAiTask` | `POST /v1.0/hrm/ai-sale/api/v1/common/executeSyncAiTask` | `ai_sale_sync_ai_task` | AI营销的同步AI任务 |
/// | `AISaleTaskResult` | `POST /v1.0/hrm/ai-sale/api/v1/common/taskResult` | `ai_sale_task_result` | AI营销任务结果查询 |
/// | `AddCustomRosterField` | `POST /v1.0/hrm/customRosterField/add` | `add_custom_roster_field` | 添加自定义花名册字段 |
/// | `AddHrmLegalEntity` | `POST /v1.0/hrm/masters/legalEntities/companies` | `add_hrm_legal_entity` | 新增法人公司 |
/// | `AddHrmPreentry` | `POST /v1.0/hrm/preentries` | `add_hrm_preentry` | 智能人事添加待入职员工信息(支持花名册数据和分组明细更新) |
/// | `AddRosterFieldForm` | `POST /v1.0/hrm/rosterFieldForm/add` | `add_roster_field_form` | 新建花名册字段分组 |
/// | `ConvertUnionId` | `POST /v1.0/hrm/isv/convertUnionId` | `convert_union_id` | 用于提供给独立部署的一方应用转换unionId（白名单策略） |
/// | `CreateRecord` | `POST /v1.0/hrm/masters/signCenters/records` | `create_record` | 创建电子签签署记录 |
/// | `DeleteCustomRosterField` | `POST /v1.0/hrm/customRosterField/delete` | `delete_custom_roster_field` | 删除花名册自定义字段 |
/// | `DeleteRosterFieldForm` | `POST /v1.0/hrm/rosterFieldForm/delete` | `delete_roster_field_form` | 删除花名册字段分组 |
/// | `DeviceMarketManager` | `GET /v1.0/hrm/device/market/manager` | `device_market_manager` | 智能人事设备市场管理 |
/// | `DeviceMarketOrderManager` | `GET /v1.0/hrm/device/market/order/manager` | `device_market_order_manager` | 智能人事设备定向管理接口 |
/// | `ECertQuery` | `GET /v1.0/hrm/eCerts` | `e_cert_query` | e签宝专有查询证件接口 |
/// | `EmpStartDismission` | `POST /v1.0/hrm/pendingDismission/start` | `emp_start_dismission` | 加入待离职 |
/// | `EmployeeAttachmentUpdate` | `PUT /v1.0/hrm/employees/attachments` | `employee_attachment_update` | 智能人事员工档案附件更新 |
/// | `EsignRollback` | `POST /v1.0/hrm/contracts/esign/rollback` | `esign_rollback` | 人事高级合同管理回退 |
/// | `GetAllDismissionReasons` | `GET /v1.0/hrm/dismission/reasons` | `get_all_dismission_reasons` | 获取所有离职原因 |
/// | `GetDismissionRecord` | `GET /v1.0/hrm/dismission/record/get` | `get_dismission_record` | 获取离职记录 |
/// | `GetEmployeeRosterByField` | `POST /v1.0/hrm/rosters/lists/query` | `get_employee_roster_by_field` | 获取员工花名册指定字段的信息，支持明细分组字段 |
/// | `GetFileTemplateList` | `POST /v1.0/hrm/masters/fileTemplates/lists/query` | `get_file_template_list` | 查询文件模板列表及文件模板内花名册字段 |
/// | `GetSignRecordById` | `POST /v1.0/hrm/masters/signCenters/records/query` | `get_sign_record_by_id` | 通过签署记录id查询指定的电子签署记录 |
/// | `GetSignRecordByUserId` | `POST /v1.0/hrm/masters/signCenters/users/records/query` | `get_sign_record_by_user_id` | 查询指定用户的电子签署记录，并返回签署记录的基本数据及已签署完成的文件预览地址 |
/// | `GetUserSignedRecordsByOuterId` | `POST /v1.0/hrm/masters/signCenters/outerIds/records/query` | `get_user_signed_records_by_outer_id` | 查询指定outerId的电子签署记录详情 |
/// | `HrmAuthResourcesQuery` | `POST /v1.0/hrm/authResources/query` | `hrm_auth_resources_query` | 智能人事权限查询 |
/// | `HrmBenefitQuery` | `POST /v1.0/hrm/benefits/query` | `hrm_benefit_query` | 智能人事权益查询 |
/// | `HrmCorpConfigQuery` | `POST /v1.0/hrm/corp/configs/query` | `hrm_corp_config_query` | 查询企业配置信息 |
/// | `HrmMailSend` | `POST /v1.0/hrm/mails/send` | `hrm_mail_send` | 智能人事邮件发送 |
/// | `HrmMokaEvent` | `POST /v1.0/hrm/moka/events/forward` | `hrm_moka_event` | 人事2.0支持Moka事件转发 |
/// | `HrmMokaOapi` | `POST /v1.0/hrm/moka/forward` | `hrm_moka_oapi` | 人事2.0支持Moka接口转发 |
/// | `HrmProcessRegular` | `POST /v1.0/hrm/processes/regulars/become` | `hrm_process_regular` | 智能人事转正接口 |
/// | `HrmProcessTerminationAndHandover` | `POST /v1.0/hrm/processes/terminateAndHandOver` | `hrm_process_termination_and_handover` | 智能人事离职和交接接口 |
/// | `HrmProcessTransfer` | `POST /v1.0/hrm/processes/transfer` | `hrm_process_transfer` | 智能人事调岗接口 |
/// | `HrmProcessUpdateTerminationInfo` | `PUT /v1.0/hrm/processes/employees/terminations` | `hrm_process_update_termination_info` | 修改员工最后一次离职信息 |
/// | `HrmPtsService` | `POST /v1.0/hrm/pts/request` | `hrm_pts_service` | 智能人事pts能力调用 |
/// | `InvalidSignRecords` | `POST /v1.0/hrm/masters/signCenters/records/invalid` | `invalid_sign_records` | 作废签署记录 |
/// | `MasterDataDelete` | `POST /v1.0/hrm/masters/datas/batchRemove` | `master_data_delete` | 智能人事主数据删除服务 |
/// | `MasterDataQuery` | `POST /v1.0/hrm/masters/datas/query` | `master_data_query` | 智能人事主数据查询服务 |
/// | `MasterDataSave` | `POST /v1.0/hrm/masters/datas/save` | `master_data_save` | 智能人事主数据保存服务 |
/// | `MasterDataTenantQuey` | `GET /v1.0/hrm/masters/tenants` | `master_data_tenant_quey` | 主数据中拥有某个领域数据的租户信息查询 |
/// | `MasterDatasGet` | `POST /v1.0/hrm/masterDatas/objects/query` | `master_datas_get` | 智能人事主数据根据ID获取 |
/// | `MasterDatasQuery` | `POST /v1.0/hrm/masterDatas/query` | `master_datas_query` | 智能人事主数据查询服务 |
/// | `OpenOemMicroApp` | `POST /v1.0/hrm/oem/microApps/open` | `open_oem_micro_app` | oem 老用户数据迁移时，开通oem 应用 |
/// | `QueryCustomEntryProcesses` | `GET /v1.0/hrm/customEntryProcesses` | `query_custom_entry_processes` | 自定义入职流程数据查询 |
/// | `QueryDismissionStaffIdList` | `GET /v1.0/hrm/employees/dismissions` | `query_dismission_staff_id_list` | 查询企业已离职员工列表 |
/// | `QueryHrmEmployeeDismissionInfo` | `GET /v1.0/hrm/employees/dimissionInfos` | `query_hrm_employee_dismission_info` | 根据传入的staffId列表，批量查询员工的离职信息 |
/// | `QueryJobRanks` | `GET /v1.0/hrm/jobRanks` | `query_job_ranks` | 分页查询企业的职级信息 |
/// | `QueryJobs` | `GET /v1.0/hrm/jobs` | `query_jobs` | 分页查询企业职务信息 |
/// | `QueryMicroAppStatus` | `POST /v1.0/hrm/microApps/statuses/query` | `query_micro_app_status` | 智能人事查询微应用状态 |
/// | `QueryMicroAppView` | `POST /v1.0/hrm/microApps/visibilities/query` | `query_micro_app_view` | 智能人事查询微应用可见性 |
/// | `QueryPositionVersion` | `POST /v1.0/hrm/positions/versions/query` | `query_position_version` | 查询企业职位版本 |
/// | `QueryPositions` | `POST /v1.0/hrm/positions/query` | `query_positions` | 分页查询企业职位信息 |
/// | `RevokeSignRecords` | `POST /v1.0/hrm/masters/signCenters/records/revoke` | `revoke_sign_records` | 撤回电子签署中的签署记录 |
/// | `RevokeTermination` | `POST /v1.0/hrm/pendingDismission/revoke` | `revoke_termination` | 撤销待离职 |
/// | `RosterMetaAvailableFieldList` | `GET /v1.0/hrm/rosters/meta/authorities/fields` | `roster_meta_available_field_list` | 查询花名册中有权限的字段列表 |
/// | `RosterMetaFieldOptionsUpdate` | `PUT /v1.0/hrm/rosters/meta/fields/options` | `roster_meta_field_options_update` | 智能人事花名册字段选项修改 |
/// | `SendIsvCardMessage` | `POST /v1.0/hrm/cardMessages/send` | `send_isv_card_message` | ISV发送卡片消息 |
/// | `SendRealAuthInviteMessage` | `POST /v1.0/hrm/realAuth/send` | `send_real_auth_invite_message` | 发送实人认证邀请消息 |
/// | `SolutionTaskInit` | `POST /v1.0/hrm/solutions/tasks/init` | `solution_task_init` | 初始化解决方案任务 |
/// | `SolutionTaskSave` | `POST /v1.0/hrm/solutions/tasks/save` | `solution_task_save` | 保存解决方案任务 |
/// | `SyncSolutionStatus` | `POST /v1.0/hrm/solutions/statuses/sync` | `sync_solution_status` | 同步解决方案状态 |
/// | `SyncTaskTemplate` | `POST /v1.0/hrm/solutions/tasks/templates/sync` | `sync_task_template` | 同步解决方案任务模版 |
/// | `UpdateCustomRosterField` | `POST /v1.0/hrm/customRosterField/update` | `update_custom_roster_field` | 更新花名册自定义字段 |
/// | `UpdateEmpDismissionInfo` | `PUT /v1.0/hrm/pendingDismission/infos` | `update_emp_dismission_info` | 更新待离职信息 |
/// | `UpdateHrmLegalEntityName` | `PUT /v1.0/hrm/masters/legalEntities/companyNames` | `update_hrm_legal_entity_name` | 更新法人公司名称 |
/// | `UpdateHrmLegalEntityWithoutName` | `PUT /v1.0/hrm/masters/legalEntities/companies` | `update_hrm_legal_entity_without_name` | 更新法人公司 |
/// | `UpdateHrmVersionRollBackStatus` | `PUT /v1.0/hrm/versions/rollbackButtons/statuses` | `update_hrm_version_roll_back_status` | 智能人事更新版本回退按钮状态 |
/// | `UpdateIsvCardMessage` | `PUT /v1.0/hrm/cardMessages` | `update_isv_card_message` | ISV更新卡片消息 |
/// | `UpdateRosterFieldForm` | `POST /v1.0/hrm/rosterFieldForm/update` | `update_roster_field_form` | 更新花名册字段分组 |
/// | `UploadAttachment` | `POST /v1.0/hrm/attachments/upload` | `upload_attachment` | 上传附件材料 |
///
/// # `im_1_0`: 即时通信 (IM)：群会话、场景群、群成员、钉钉客联互通群与消息。
///
/// Feature `im_1_0`; `client.im_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddConvNavTab` | `POST /v1.0/im/convNavTabs/add` | `add_conv_nav_tab` | 群维度添加群标签页 |
/// | `AddOrgTextEmotion` | `POST /v1.0/im/organizations/textEmotions` | `add_org_text_emotion` | 添加企业文字表情 |
/// | `AddRobotToConversation` | `POST /v1.0/im/conversations/robots` | `add_robot_to_conversation` | 添加机器人到会话 |
/// | `AddSceneGroupMember` | `POST /v1.0/im/sceneGroup/member/add` | `add_scene_group_member` | 添加场景群成员 |
/// | `AddUnfurlingRegister` | `POST /v1.0/im/unfurling/rules` | `add_unfurling_register` | 新增链接增强注册规则 |
/// | `AutoOpenDingTalkConnect` | `POST /v1.0/im/interconnections/apps/open` | `auto_open_ding_talk_connect` | 自动开通钉钉客联微应用 |
/// | `BatchQueryFamilySchoolMessage` | `POST /v1.0/im/conversations/familySchools/messages/batchQuery` | `batch_query_family_school_message` | 批量查询家校群消息详情 |
/// | `BatchQueryGroupMember` | `POST /v1.0/im/sceneGroups/members/batchQuery` | `batch_query_group_member` | 查询场景群成员 |
/// | `CardTemplateBuildAction` | `POST /v1.0/im/interactiveCards/templates/buildAction` | `card_template_build_action` | 钉钉互动卡片模板构建动作 |
/// | `ChangeGroupOwner` | `PUT /v1.0/im/interconnections/groups/owners` | `change_group_owner` | 更换群主 |
/// | `ChatIdToOpenConversationId` | `POST /v1.0/im/chat/{chatId}/convertToOpenConversationId` | `chat_id_to_open_conversation_id` | 会话开放的ChatId转OpenConversationId |
/// | `ChatSubAdminUpdate` | `POST /v1.0/im/subAdministrators` | `chat_sub_admin_update` | 设置群管理员 |
/// | `CheckUserIsGroupMember` | `POST /v1.0/im/innerGroups/members/check` | `check_user_is_group_member` | 查询用户是否为企业内部群成员 |
/// | `CopyUnfurlingRegister` | `POST /v1.0/im/unfurling/rules/copy` | `copy_unfurling_register` | 链接增强规则拷贝 |
/// | `CountOpenMsgSceneGroups` | `POST /v1.0/im/openMsgSceneGroups/templates/counts/query` | `count_open_msg_scene_groups` | 查询消息开放群模板下群计数 |
/// | `CountOrgMessageOpenSceneGroups` | `GET /v1.0/im/chats/sceneGroups/counts` | `count_org_message_open_scene_groups` | 获取企业下消息开放场景群数量 |
/// | `CountSceneGroupsByTemplateId` | `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/counts` | `count_scene_groups_by_template_id` | 查询群模板关联的群数量 |
/// | `CreateCoupleGroupConversation` | `POST /v1.0/im/interconnections/coupleGroups` | `create_couple_group_conversation` | 创建钉外两人群 |
/// | `CreateCustomGroupRole` | `POST /v1.0/im/customGroupRole/create` | `create_custom_group_role` | 创建群角色 |
/// | `CreateCustomUserRoles` | `POST /v1.0/im/customUserRoles/create` | `create_custom_user_roles` | 设置成员的角色 |
/// | `CreateGroup` | `POST /v1.0/im/group/create` | `create_group` | 创建群会话 |
/// | `CreateGroupConversation` | `POST /v1.0/im/interconnections/groups` | `create_group_conversation` | 创建互通群（支持普通互通群、跨钉两人群） |
/// | `CreateGroupFromOldGroup` | `POST /v1.0/im/sceneGroups/createGroupFromOldGroup` | `create_group_from_old_group` | 内部群转外部群 |
/// | `CreateInterconnection` | `POST /v1.0/im/interconnections` | `create_interconnection` | 创建钉外账号 |
/// | `CreateSceneGroup` | `POST /v1.0/im/sceneGroup/create` | `create_scene_group` | 创建场景群会话 |
/// | `CreateSceneGroupConversation` | `POST /v1.0/im/sceneGroups` | `create_scene_group_conversation` | 创建场景群会话 |
/// | `CreateStoreGroupConversation` | `POST /v1.0/im/interconnections/storeGroups` | `create_store_group_conversation` | 创建店铺群 |
/// | `DebugUnfurlingRegister` | `POST /v1.0/im/unfurling/rules/debug` | `debug_unfurling_register` | 链接增强规则调试 |
/// | `DeleteConvNavTab` | `POST /v1.0/im/convNavTabs/delete` | `delete_conv_nav_tab` | 群维度批量删除群标签页 |
/// | `DeleteOrgTextEmotion` | `POST /v1.0/im/organizations/textEmotions/remove` | `delete_org_text_emotion` | 删除企业文字表情 |
/// | `DismissGroupConversation` | `POST /v1.0/im/interconnections/groups/dismiss` | `dismiss_group_conversation` | 解散互通群 |
/// | `DsbandOpenSceneGroup` | `POST /v1.0/im/chat/scenegroup/disband` | `dsband_open_scene_group` | 解散场景群 |
/// | `FreezeGroup` | `POST /v1.0/im/chats/sceneGroups/freeze` | `freeze_group` | 冻结群 |
/// | `GetConversationUrl` | `POST /v1.0/im/conversations/urls` | `get_conversation_url` | 创建ToB会话地址 |
/// | `GetFamilySchoolConversationMsg` | `POST /v1.0/im/conversations/familySchools/messages/query` | `get_family_school_conversation_msg` | 查询用户家校群消息(图片&视频Z&富文本) |
/// | `GetFamilySchoolConversations` | `POST /v1.0/im/conversations/familySchools/query` | `get_family_school_conversations` | 查询用户家校群 |
/// | `GetGroupMembersByUserToken` | `POST /v1.0/im/me/chat/members/batchQuery` | `get_group_members_by_user_token` | 以用户身份获取群成员 |
/// | `GetInnerGroupMembers` | `POST /v1.0/im/innerGroups/members/query` | `get_inner_group_members` | 查询企业内部群成员 |
/// | `GetInterconnectionUrl` | `POST /v1.0/im/interconnections/sessions/urls` | `get_interconnection_url` | 创建客联互通会话地址 |
/// | `GetNewestInnerGroups` | `GET /v1.0/im/activities/innerGroups` | `get_newest_inner_groups` | 查询最近活跃的企业内部群列表 |
/// | `GetSceneGroupDetailInfo` | `POST /v1.0/im/sceneGroups/queryDetail` | `get_scene_group_detail_info` | 查询场景群信息 |
/// | `GetSceneGroupInfo` | `POST /v1.0/im/sceneGroups/query` | `get_scene_group_info` | 查询场景群简要信息 |
/// | `GetSceneGroupMembers` | `POST /v1.0/im/sceneGroups/members/query` | `get_scene_group_members` | 查询群成员 |
/// | `GetSceneGroupTemplateMessageOpenStatus` | `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/messageOpenStatuses` | `get_scene_group_template_message_open_status` | 查询场景群模板消息存档能力开启状态 |
/// | `GetSingleChatOpenConversationId` | `POST /v1.0/im/privateChats/openConversationId/query` | `get_single_chat_open_conversation_id` | 获取单聊会话的OpenConversationId |
/// | `GetSuperAdminOpenSceneGroupInfo` | `GET /v1.0/im/chats/sceneGroups/groupInfos` | `get_super_admin_open_scene_group_info` | 查询群信息（超管接口） |
/// | `GroupBanWords` | `POST /v1.0/im/groups/words/ban` | `group_ban_words` | 群禁言 |
/// | `GroupCapacityInquiry` | `POST /v1.0/im/groups/capacities/inquiries/query` | `group_capacity_inquiry` | 群容量扩容询价 |
/// | `GroupCapacityOrderConfirm` | `POST /v1.0/im/groups/capacities/orders/confirm` | `group_capacity_order_confirm` | 群容量扩容确认下单 |
/// | `GroupCapacityOrderPlace` | `POST /v1.0/im/groups/capacities/orders/place` | `group_capacity_order_place` | 群容量请求扩容下单 |
/// | `GroupManageQuery` | `POST /v1.0/im/groups/managements/query` | `group_manage_query` | 根据群链接、群号等检索条件，查询群信息 |
/// | `GroupManageReduce` | `POST /v1.0/im/groups/capacities/reduce` | `group_manage_reduce` | 群管理缩容 |
/// | `ImportGroupChat` | `POST /v1.0/im/groupChats/import` | `import_group_chat` | 导入群聊会话 |
/// | `ImportMessage` | `POST /v1.0/im/messages/import` | `import_message` | 导入消息 |
/// | `InstallRobotToOrg` | `POST /v1.0/im/organizations/robots/install` | `install_robot_to_org` | 安装机器人到组织 |
/// | `IntelligentSendCard` | `POST /v1.0/im/intelligent/cards/send` | `intelligent_send_card` | 使用小钉发送卡片消息 |
/// | `InteractiveCardCreateInstance` | `POST /v1.0/im/interactiveCards/instances` | `interactive_card_create_instance` | 创建可交互式实例 |
/// | `ListConvNavTab` | `POST /v1.0/im/convNavTabs/list` | `list_conv_nav_tab` | 获取群维度标签页 |
/// | `ListGroupTemplatesByOrgId` | `GET /v1.0/im/chats/sceneGroups/templates/lists` | `list_group_templates_by_org_id` | 查组织下所有的场景群模版列表 |
/// | `ListOrgTextEmotion` | `GET /v1.0/im/organizations/textEmotions` | `list_org_text_emotion` | 拉取企业的所有文字表情，包含正常使用的、已经删除了的、安全审核不通过的文字表情 |
/// | `ListSceneGroupsByTemplateId` | `GET /v1.0/im/chats/sceneGroups/templates/{templateId}/lists` | `list_scene_groups_by_template_id` | 根据模板id查询关联的群 |
/// | `LoginForVisitor` | `POST /v1.0/im/interconnections/conversations/visitorLogin` | `login_for_visitor` | 客联访客登录接口 |
/// | `OfflineUnfurlingRegister` | `POST /v1.0/im/unfurling/rules/remove` | `offline_unfurling_register` | 链接增强规则下线 |
/// | `OpenGroupRoleAdd` | `POST /v1.0/im/groups/roles` | `open_group_role_add` | 开放场景群新增群角色 |
/// | `OpenGroupRoleQuery` | `POST /v1.0/im/groups/roles/query` | `open_group_role_query` | 开放场景群群角色查询 |
/// | `OpenGroupRoleRemove` | `POST /v1.0/im/groups/roles/remove` | `open_group_role_remove` | 开放场景群群角色移除 |
/// | `OpenGroupRoleUpdate` | `PUT /v1.0/im/groups/roles` | `open_group_role_update` | 开放场景群群角色变更 |
/// | `OpenGroupUserRoleQuery` | `POST /v1.0/im/groups/users/roles/query` | `open_group_user_role_query` | 开放场景群群成员的群角色信息查询 |
/// | `OpenInnerGroupTransferToDeptGroup` | `POST /v1.0/im/innerGroups/transferToDeptGroups` | `open_inner_group_transfer_to_dept_group` | 内部群转部门群 |
/// | `OpenSearchGroupList` | `POST /v1.0/im/groups/search` | `open_search_group_list` | 群搜索 |
/// | `OpenUserSendCardMessage` | `POST /v1.0/im/cardMessages/users/send` | `open_user_send_card_message` | 以个人身份发送卡片消息 |
/// | `PersonalSendCardMessage` | `POST /v1.0/im/me/messages/cards/send` | `personal_send_card_message` | 以用户身份发送卡片消息 |
/// | `PutMsgCardTopByIntelligent` | `POST /v1.0/im/intelligent/cards/putTop` | `put_msg_card_top_by_intelligent` | 以小钉身份将小钉发送的卡片消息置顶 |
/// | `QueryCustomGroupRoles` | `POST /v1.0/im/customGroupRole/query` | `query_custom_group_roles` | 查询群内所有角色 |
/// | `QueryCustomGroupRolesByUser` | `POST /v1.0/im/customUserRoles/queryByUser` | `query_custom_group_roles_by_user` | 查询成员的角色 |
/// | `QueryGroupInfoByAppCids` | `POST /v1.0/im/interconnections/group/groupInfoByAppCid` | `query_group_info_by_app_cids` | 根据IM会话Cid查询群信息 |
/// | `QueryGroupInfoByMemberAuth` | `POST /v1.0/im/memberAuthorizations/groups/query` | `query_group_info_by_member_auth` | 成员授权场景下查询群信息 |
/// | `QueryGroupInfoByOpenCids` | `POST /v1.0/im/interconnections/group/groupInfoByOpenCid` | `query_group_info_by_open_cids` | 根据群Cid查询群信息 |
/// | `QueryGroupMember` | `GET /v1.0/im/interconnections/conversations/members` | `query_group_member` | 查询群成员列表 |
/// | `QueryGroupMemberByAppUids` | `POST /v1.0/im/interconnections/group/groupMemberByAppUids` | `query_group_member_by_app_uids` | 根据appUid获取成员信息 |
/// | `QueryGroupMemberByMemberAuth` | `POST /v1.0/im/memberAuthorizations/groups/members/query` | `query_group_member_by_member_auth` | 成员授权场景下查询群成员 |
/// | `QueryGroupMuteStatus` | `GET /v1.0/im/sceneGroups/muteSettings` | `query_group_mute_status` | 查询场景群禁言状态 |
/// | `QueryInnerGroupMemberList` | `POST /v1.0/im/innerGroups/memberLists/query` | `query_inner_group_member_list` | 读取群成员列表 |
/// | `QueryInnerGroupRecentList` | `GET /v1.0/im/innerGroups/recentLists` | `query_inner_group_recent_list` | 查询最近活跃的企业内部群列表 |
/// | `QueryMembersOfGroupRole` | `POST /v1.0/im/sceneGroups/roles/members/query` | `query_members_of_group_role` | 查询群内具有指定群角色的所有群成员 |
/// | `QueryMessageSendResult` | `POST /v1.0/im/messages/sendResults/query` | `query_message_send_result` | 根据openTaskId查询消息发送结果 |
/// | `QueryMsgReadStatus` | `POST /v1.0/im/intelligent/messages/readStatuses/query` | `query_msg_read_status` | 查询消息已读状态 |
/// | `QueryOpenConversationReceiveUser` | `POST /v1.0/im/otoChat/receiveUsers/query` | `query_open_conversation_receive_user` | 根据单聊会话及发送方获取接收方用户信息 |
/// | `QueryOpenGroupBaseInfo` | `POST /v1.0/im/groups/baseInfos/query` | `query_open_group_base_info` | 获取群基础信息 |
/// | `QueryPersonalMessageReadStatus` | `POST /v1.0/im/me/messages/readStatuses/query` | `query_personal_message_read_status` | 用户身份查询消息已读未读状态 |
/// | `QueryRecentConversations` | `POST /v1.0/im/conversations/recentLists/query` | `query_recent_conversations` | 获取最近联系人及群组 |
/// | `QuerySceneGroupTemplateRobot` | `GET /v1.0/im/sceneGroups/templates/robots` | `query_scene_group_template_robot` | 查询场景群内群模板机器人 |
/// | `QuerySingleGroup` | `POST /v1.0/im/interconnections/doubleGroups/query` | `query_single_group` | 批量查询群信息 |
/// | `QueryUnReadMessage` | `POST /v1.0/im/interconnections/unReadMsgs/query` | `query_un_read_message` | 批量查询未读消息数 |
/// | `QueryUnfurlingRegisterCreator` | `GET /v1.0/im/unfurling/rules/creators` | `query_unfurling_register_creator` | 查询链接查询链接增强注册信息创建者 |
/// | `QueryUnfurlingRegisterInfo` | `GET /v1.0/im/unfurling/rules` | `query_unfurling_register_info` | 查询链接增强注册信息列表 |
/// | `QueryUserGroupAliasTitle` | `POST /v1.0/im/groupAliasTitiles/query` | `query_user_group_alias_title` | 查询群备注 |
/// | `QueryUserGroupRoles` | `POST /v1.0/im/groupRoles/users/query` | `query_user_group_roles` | 查询群内用户的群身份 |
/// | `QueryUserViewGroupLastMessageTime` | `POST /v1.0/im/chats/lastMessageTime/query` | `query_user_view_group_last_message_time` | 查询群主视角群LastMessage时间 |
/// | `ReadPersonalMessage` | `POST /v1.0/im/me/messages/readStatuses/set` | `read_personal_message` | 用户身份设置消息状态为已读 |
/// | `RecallMessages` | `POST /v1.0/im/intelligent/messages/recall` | `recall_messages` | 撤回消息 |
/// | `RecallPersonalMessage` | `POST /v1.0/im/me/messages/recall` | `recall_personal_message` | 用户身份撤回消息 |
/// | `ReleaseUnfurlingRegister` | `POST /v1.0/im/unfurling/rules/publish` | `release_unfurling_register` | 链接增强规则发布 |
/// | `RemoveCustomGroupRole` | `POST /v1.0/im/customGroupRole/remove` | `remove_custom_group_role` | 删除群角色 |
/// | `RemoveCustomUserRoles` | `POST /v1.0/im/customUserRoles/remove` | `remove_custom_user_roles` | 删除成员的角色 |
/// | `RemoveRobotFromConversation` | `POST /v1.0/im/conversations/robots/remove` | `remove_robot_from_conversation` | 移除会话机器人 |
/// | `RemoveSceneGroupMember` | `POST /v1.0/im/sceneGroup/member/delete` | `remove_scene_group_member` | 删除场景群成员 |
/// | `SearchInnerGroups` | `POST /v1.0/im/innerGroups/search` | `search_inner_groups` | 根据关键词搜索企业内部群 |
/// | `SendInteractiveCard` | `POST /v1.0/im/interactiveCards/send` | `send_interactive_card` | 发送可交互式动态卡片 |
/// | `SendOTOInteractiveCard` | `POST /v1.0/im/privateChat/interactiveCards/send` | `send_oto_interactive_card` | 人与人单聊发送可交互式动态卡片 |
/// | `SendPersonalMessage` | `POST /v1.0/im/me/messages/send` | `send_personal_message` | 委托权限发消息 |
/// | `SendRobotInteractiveCard` | `POST /v1.0/im/v1.0/robot/interactiveCards/send` | `send_robot_interactive_card` | 机器人发送互动卡片（普通版） |
/// | `SendRobotMessage` | `POST /v1.0/im/interconnections/robotMessages/send` | `send_robot_message` | 机器人发送消息 |
/// | `SendTemplateInteractiveCard` | `POST /v1.0/im/interactiveCards/templates/send` | `send_template_interactive_card` | 发送模板响应式可交互式卡片 |
/// | `SetRightPanel` | `POST /v1.0/im/rightPanels/set` | `set_right_panel` | 设置侧边栏 |
/// | `SortConvNavTab` | `POST /v1.0/im/convNavTabs/sort` | `sort_conv_nav_tab` | 群维度对群标签页进行排序 |
/// | `SuperAdminApplyTemplate` | `POST /v1.0/im/chats/scenegroups/templates/apply` | `super_admin_apply_template` | 启用群模板(超管接口) |
/// | `SuperAdminCloseTemplate` | `POST /v1.0/im/chats/scenegroups/templates/close` | `super_admin_close_template` | 停用群模板（超管接口） |
/// | `TopboxClose` | `POST /v1.0/im/topBoxes/close` | `topbox_close` | 钉钉吊顶卡片关闭 |
/// | `TopboxOpen` | `POST /v1.0/im/topBoxes/open` | `topbox_open` | 钉钉吊顶卡片开启 |
/// | `UpdateClientService` | `PUT /v1.0/im/interconnections/clientServices/avatarAndName` | `update_client_service` | 更新钉内用户C端展示的头像和名称（互通群、钉内两人群） |
/// | `UpdateConvNavTab` | `POST /v1.0/im/convNavTabs/update` | `update_conv_nav_tab` | 群维度更新群标签页 |
/// | `UpdateCustomGroupRole` | `POST /v1.0/im/customGroupRole/update` | `update_custom_group_role` | 更新群角色 |
/// | `UpdateGroup` | `POST /v1.0/im/group/update` | `update_group` | 修改群会话 |
/// | `UpdateGroupAvatar` | `PUT /v1.0/im/interconnections/groups/avatars` | `update_group_avatar` | 修改群头像 |
/// | `UpdateGroupName` | `PUT /v1.0/im/interconnections/groups/names` | `update_group_name` | 修改群名称 |
/// | `UpdateGroupPermission` | `PUT /v1.0/im/sceneGroups/permissions` | `update_group_permission` | 设置场景群权限项 |
/// | `UpdateGroupSubAdmin` | `PUT /v1.0/im/sceneGroups/subAdmins` | `update_group_sub_admin` | 更新场景群管理员 |
/// | `UpdateInteractiveCard` | `PUT /v1.0/im/interactiveCards` | `update_interactive_card` | 更新可交互式动态卡片 |
/// | `UpdateMemberBanWords` | `POST /v1.0/im/sceneGroups/muteMembers/set` | `update_member_ban_words` | 设置场景群成员禁言状态 |
/// | `UpdateMemberGroupNick` | `PUT /v1.0/im/sceneGroups/members/groupNicks` | `update_member_group_nick` | 更新场景群成员的群昵称 |
/// | `UpdateRobotInOrg` | `POST /v1.0/im/organizations/robots` | `update_robot_in_org` | 修改组织里的机器人 |
/// | `UpdateRobotInteractiveCard` | `PUT /v1.0/im/robots/interactiveCards` | `update_robot_interactive_card` | 机器人更新可交互式卡片(个人、企业) |
/// | `UpdateSceneGroup` | `POST /v1.0/im/sceneGroup/update` | `update_scene_group` | 更新场景群 |
/// | `UpdateSceneGroupTemplateMessageOpenStatus` | `PUT /v1.0/im/chats/sceneGroups/templates/messageOpenStatuses` | `update_scene_group_template_message_open_status` | 修改场景群模板消息存档能力开启状态 |
/// | `UpdateTheGroupRolesOfGroupMember` | `PUT /v1.0/im/sceneGroups/members/groupRoles` | `update_the_group_roles_of_group_member` | 设置群成员的群角色 |
/// | `UpdateUnfurlingRegister` | `PUT /v1.0/im/unfurling/rules` | `update_unfurling_register` | 编辑链接增强注册规则 |
/// | `UpdateUnfurlingRegisterStatus` | `PUT /v1.0/im/unfurling/rules/statuses` | `update_unfurling_register_status` | 链接增强规则状态更新 |
/// | `UpdateUserGroupAliasTitle` | `POST /v1.0/im/groupAliasTitiles/update` | `update_user_group_alias_title` | 更新群备注 |
/// | `UpgradeToExternalGroup` | `POST /v1.0/im/chats/sceneGroups/upgradeToExternalGroup` | `upgrade_to_external_group` | 升级群为外部群 |
/// | `UpgradeToServiceGroup` | `POST /v1.0/im/chats/sceneGroups/upgradeToServiceGroup` | `upgrade_to_service_group` | 升级为B2C群 |
/// | `addGroupMember` | `POST /v1.0/im/interconnections/groups/members` | `add_group_member` | 添加群成员 |
/// | `removeGroupMember` | `POST /v1.0/im/interconnections/groups/members/remove` | `remove_group_member` | 移除群成员 |
/// | `sendDingMessage` | `POST /v1.0/im/interconnections/dingMessages/send` | `send_ding_message` | 发送ToC消息 |
/// | `sendMessage` | `POST /v1.0/im/interconnections/messages/send` | `send_message` | 发送ToB消息 |
///
/// # `im_2_0`: 即时通信 2.0 (IM 2.0)：群的创建与场景群吊顶。
///
/// Feature `im_2_0`; `client.im_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CloseTopbox` | `POST /v2.0/im/topBoxes/close` | `close_topbox` | 关闭互动卡片吊顶 |
/// | `CreateCoupleGroup` | `POST /v2.0/im/interconnections/couples/groups` | `create_couple_group` | 创建两人群 |
/// | `CreateGroup` | `POST /v2.0/im/interconnections/groups` | `create_group` | 创建普通群 |
/// | `CreateTopbox` | `POST /v2.0/im/topBoxes` | `create_topbox` | 创建并开启互动卡片吊顶 |
/// | `GroupManagerDeviceMarket` | `GET /v2.0/im/group/device/market/manager` | `group_manager_device_market` | 群设备市场管理 |
///
/// # `impaas_1_0`: IM PaaS：群成员、外部用户与批量消息。
///
/// Feature `impaas_1_0`; `client.impaas_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddGroupMembers` | `POST /v1.0/impaas/interconnections/groups/members/batchAdd` | `add_group_members` | 添加群成员 |
/// | `AddProfile` | `POST /v1.0/impaas/interconnections/users/profiles` | `add_profile` | 外部用户导入profile |
/// | `BatchSend` | `POST /v1.0/impaas/interconnections/messages/batchSend` | `batch_send` | 消息批量接口 |
/// | `CreateGroup` | `POST /v1.0/impaas/interconnections/groups` | `create_group` | 创建群 |
/// | `CreateTrustGroup` | `POST /v1.0/impaas/interconnections/groups/trusts` | `create_trust_group` | 创建托管账号为群主的群 |
/// | `DismissGroup` | `POST /v1.0/impaas/interconnections/groups/dismiss` | `dismiss_group` | 解散群 |
/// | `GetConversationId` | `POST /v1.0/impaas/interconnections/conversations` | `get_conversation_id` | 生成单聊会话Id |
/// | `GetMediaUrl` | `POST /v1.0/impaas/interconnections/medium/urls` | `get_media_url` | 多媒体文件下载 |
/// | `GetMediaUrls` | `POST /v1.0/impaas/interconnections/mediaUrls/query` | `get_media_urls` | 多媒体文件批量下载 |
/// | `GetSpaceFileUrl` | `GET /v1.0/impaas/interconnections/spaces/files/urls` | `get_space_file_url` | 获取钉盘文件下载信息 |
/// | `ListGroupStaffMembers` | `POST /v1.0/impaas/interconnections/groups/staffMemers/query` | `list_group_staff_members` | 获取企业员工类型的群成员 |
/// | `QueryBatchSendResult` | `GET /v1.0/impaas/interconnections/messages/batchSendResults` | `query_batch_send_result` | 查询batchSend结果 |
/// | `ReadMessage` | `POST /v1.0/impaas/interconnections/messages/read` | `read_message` | 消息已读 |
/// | `RecallMessage` | `POST /v1.0/impaas/interconnections/messages/recall` | `recall_message` | 消息撤回 |
/// | `RemoveGroupMembers` | `POST /v1.0/impaas/interconnections/groups/members/batchRemove` | `remove_group_members` | 移除群成员 |
/// | `SendMessage` | `POST /v1.0/impaas/interconnections/messages/send` | `send_message` | 消息发送 |
/// | `SendRobotMessage` | `POST /v1.0/impaas/interconnections/robots/messages/send` | `send_robot_message` | 通过群模板机器人发送消息 |
/// | `UpdateGroupName` | `PUT /v1.0/impaas/interconnections/groups/names` | `update_group_name` | 修改群名称 |
/// | `UpdateGroupOwner` | `PUT /v1.0/impaas/interconnections/groups/owners` | `update_group_owner` | 转让群主 |
/// | `UploadFile` | `POST /v1.0/impaas/interconnections/files/upload` | `upload_file` | 互联互通上传文件 |
///
/// # `industry_1_0`: 行业开放 (Industry)：零售、医疗、地产、园区、教育等行业的接口。
///
/// Feature `industry_1_0`; `client.industry_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AiRetailProductAdd` | `POST /v1.0/industry/retail/product/add` | `ai_retail_product_add` | 新增商品 |
/// | `AiRetailProductDelete` | `POST /v1.0/industry/retail/product/delete` | `ai_retail_product_delete` | 删除商品 |
/// | `AiRetailProductImgUpload` | `POST /v1.0/industry/retail/product/image/upload` | `ai_retail_product_img_upload` | 商品图片上传 |
/// | `AiRetailProductQuery` | `GET /v1.0/industry/retail/product/query` | `ai_retail_product_query` | 查询商品 |
/// | `AiRetailProductUpdate` | `POST /v1.0/industry/retail/product/update` | `ai_retail_product_update` | 更新商品 |
/// | `AiTrainingDetail` | `POST /v1.0/industry/ai/trainingDetail` | `ai_training_detail` | AI练货记录详情 |
/// | `AiTrainingRecord` | `POST /v1.0/industry/ai/retail/trainingRecord` | `ai_training_record` | AI练货记录 |
/// | `BatchGetTaskResult` | `POST /v1.0/industry/ai/taskResults/batchQuery` | `batch_get_task_result` | 批量查询任务结果 |
/// | `BusinessMatch` | `POST /v1.0/industry/me/businesses/matching` | `business_match` | 商机匹配 |
/// | `BusinessMatchResult` | `GET /v1.0/industry/me/businesses/matchingResults` | `business_match_result` | 商机匹配结果查询 |
/// | `CampusAddRenterMember` | `POST /v1.0/industry/campuses/renters/members` | `campus_add_renter_member` | 添加租客下成员 |
/// | `CampusCreateCampus` | `POST /v1.0/industry/campuses/projects` | `campus_create_campus` | 创建园区 |
/// | `CampusCreateCampusGroup` | `POST /v1.0/industry/campuses/projects/groups` | `campus_create_campus_group` | 创建园区项目组 |
/// | `CampusCreateRenter` | `POST /v1.0/industry/campuses/renters` | `campus_create_renter` | 创建租客 |
/// | `CampusDelRenterMember` | `DELETE /v1.0/industry/campuses/renters/members` | `campus_del_renter_member` | 移除租客人员 |
/// | `CampusDeleteCampusGroup` | `DELETE /v1.0/industry/campuses/projects/groups` | `campus_delete_campus_group` | 删除园区项目组 |
/// | `CampusDeleteRenter` | `DELETE /v1.0/industry/campuses/renters` | `campus_delete_renter` | 删除租客 |
/// | `CampusGetCampus` | `GET /v1.0/industry/campuses/projectInfos` | `campus_get_campus` | 查询园区详情 |
/// | `CampusGetCampusGroup` | `GET /v1.0/industry/campuses/projects/groupInfos` | `campus_get_campus_group` | 查询园区项目组详情 |
/// | `CampusGetRenter` | `GET /v1.0/industry/campuses/renterInfos` | `campus_get_renter` | 获取租客详情 |
/// | `CampusGetRenterMember` | `GET /v1.0/industry/campuses/renters/memberInfos` | `campus_get_renter_member` | 查询租客指定成员信息 |
/// | `CampusListCampus` | `GET /v1.0/industry/campuses/projects` | `campus_list_campus` | 查询园区列表 |
/// | `CampusListCampusGroup` | `GET /v1.0/industry/campuses/projects/groups` | `campus_list_campus_group` | 查询园区项目组列表 |
/// | `CampusListRenter` | `GET /v1.0/industry/campuses/renters` | `campus_list_renter` | 获取租客列表 |
/// | `CampusListRenterMembers` | `GET /v1.0/industry/campuses/renters/members` | `campus_list_renter_members` | 查询租客下所有成员 |
/// | `CampusUpdateCampus` | `PUT /v1.0/industry/campuses/projects` | `campus_update_campus` | 更新园区项目 |
/// | `CampusUpdateCampusGroup` | `PUT /v1.0/industry/campuses/projects/groups` | `campus_update_campus_group` | 更新园区项目组 |
/// | `CampusUpdateRenter` | `PUT /v1.0/industry/campuses/renters` | `campus_update_renter` | 更新租客 |
/// | `CampusUpdateRenterMember` | `PUT /v1.0/industry/campuses/renters/members` | `campus_update_renter_member` | 更新租客下成员 |
/// | `ChatAIAddDatasetPermission` | `POST /v1.0/industry/chatai/dataset/permissions/add` | `chat_ai_add_dataset_permission` | 添加数据集权限 |
/// | `ChatAIListDataset` | `GET /v1.0/industry/chatai/datasets` | `chat_ai_list_dataset` | 获取chatAI应用下的数据集列表 |
/// | `ChatAIQueryDatasetPermission` | `GET /v1.0/industry/chatai/dataset/permissions` | `chat_ai_query_dataset_permission` | 查询数据集权限明细 |
/// | `ChatAIRemoveDatasetPermission` | `POST /v1.0/industry/chatai/dataset/permissions/remove` | `chat_ai_remove_dataset_permission` | 删除数据集权限 |
/// | `ChatAITextSentimentAnalysis` | `POST /v1.0/industry/chatai/abilities/sentiments/query` | `chat_ai_text_sentiment_analysis` | Chai文本情感分析 |
/// | `ChatAiQueryLogs` | `GET /v1.0/industry/chatai/logs/lists` | `chat_ai_query_logs` | 获取ChatAI问答日志 |
/// | `ChatAiTravelList` | `POST /v1.0/industry/ai/travelLists/query` | `chat_ai_travel_list` | 获取差旅单列表 |
/// | `ChatFormGetDataForApiAccess` | `GET /v1.0/industry/chatform/datas` | `chat_form_get_data_for_api_access` | ChatForm查询表单识别结果 |
/// | `ChatMemoAddGeneralFile` | `POST /v1.0/industry/chatmemo/files` | `chat_memo_add_general_file` | 新增普通文件 |
/// | `ChatMemoAddKnowledgeGraphNode` | `POST /v1.0/industry/chatmemo/nodes` | `chat_memo_add_knowledge_graph_node` | 新增知识图谱节点 |
/// | `ChatMemoAddKnowledgeGraphRelation` | `POST /v1.0/industry/chatmemo/relations` | `chat_memo_add_knowledge_graph_relation` | 新增知识图谱关系 |
/// | `ChatMemoDeleteGeneralFile` | `POST /v1.0/industry/chatmemo/files/remove` | `chat_memo_delete_general_file` | 删除普通文件 |
/// | `ChatMemoDeleteKnowledgeGraphNode` | `POST /v1.0/industry/chatmemo/nodes/remove` | `chat_memo_delete_knowledge_graph_node` | 删除知识图谱节点 |
/// | `ChatMemoDeleteKnowledgeGraphRelation` | `POST /v1.0/industry/chatmemo/relations/remove` | `chat_memo_delete_knowledge_graph_relation` | 删除知识图谱关系 |
/// | `ChatMemoFaqAdd` | `POST /v1.0/industry/chatmemo/faq` | `chat_memo_faq_add` | 新增 FAQ |
/// | `ChatMemoFaqDelete` | `POST /v1.0/industry/chatmemo/faq/remove` | `chat_memo_faq_delete` | 删除指定数据集中的FAQ |
/// | `ChatMemoFaqList` | `GET /v1.0/industry/chatmemo/faq/lists` | `chat_memo_faq_list` | 查询指定数据集中的FAQ列表 |
/// | `ChatMemoGetFileList` | `GET /v1.0/industry/chatmemo/file/lists` | `chat_memo_get_file_list` | 查询指定数据集中的文件列表 |
/// | `ChatMemoGetFileStatus` | `POST /v1.0/industry/chatmemo/files/statuses/query` | `chat_memo_get_file_status` | 获取文件状态 |
/// | `ChatMemoQueryKnowledgeGraphNode` | `POST /v1.0/industry/chatmemo/nodes/query` | `chat_memo_query_knowledge_graph_node` | 查询知识图谱节点 |
/// | `ChatMemoQueryKnowledgeGraphRelation` | `POST /v1.0/industry/chatmemo/relations/query` | `chat_memo_query_knowledge_graph_relation` | 查询知识图谱关系 |
/// | `ChatMemoUpdateKnowledgeGraphNode` | `PUT /v1.0/industry/chatmemo/nodes` | `chat_memo_update_knowledge_graph_node` | 更新知识图谱节点 |
/// | `ChatMemoUpdateKnowledgeGraphRelation` | `PUT /v1.0/industry/chatmemo/relations` | `chat_memo_update_knowledge_graph_relation` | 更新知识图谱关系 |
/// | `CirclePostDetail` | `POST /v1.0/industry/circle/postsDetail` | `circle_post_detail` | 美搭发帖记录详情 |
/// | `CirclePostRecord` | `POST /v1.0/industry/circle/postsRecord` | `circle_post_record` | 美搭发帖记录 |
/// | `CollegeActiveCollegeDeptGroup` | `POST /v1.0/industry/colleges/depts/groups` | `college_active_college_dept_group` | 开启学段/学院/年级/专业\\系/班级群 |
/// | `CollegeAddCollegeDept` | `POST /v1.0/industry/colleges/depts` | `college_add_college_dept` | 创建学段/学院/年级/专业\\系/班级 |
/// | `CollegeAddManager` | `POST /v1.0/industry/colleges/members/depts/managers` | `college_add_manager` | 往部门中添加负责人 |
/// | `CollegeAddStudent` | `POST /v1.0/industry/colleges/members/depts/students` | `college_add_student` | 在班级中添加人员 |
/// | `CollegeChangeStudentDept` | `POST /v1.0/industry/colleges/members/depts/students/move` | `college_change_student_dept` | 移动学生到其他部门 |
/// | `CollegeDeleteCollegeDept` | `DELETE /v1.0/industry/colleges/depts` | `college_delete_college_dept` | 删除学段/学院/年级/专业\\系/班级 |
/// | `CollegeListCollegeSubDept` | `GET /v1.0/industry/colleges/subDepts` | `college_list_college_sub_dept` | 获取下级节点列表 |
/// | `CollegeListDeptManager` | `GET /v1.0/industry/colleges/members/depts/managers` | `college_list_dept_manager` | 获取部门下所有负责人列表 |
/// | `CollegeListStudentInfo` | `GET /v1.0/industry/colleges/members/depts/students` | `college_list_student_info` | 分页获取班级下所有学生列表 |
/// | `CollegeListUncheckedStudent` | `GET /v1.0/industry/colleges/members/organizations/unjoinedStudents` | `college_list_unchecked_student` | 分页查询未加入组织的学生列表 |
/// | `CollegeQueryCollegeDeptGroupInfo` | `GET /v1.0/industry/colleges/depts/groupInfos` | `college_query_college_dept_group_info` | 获取学段/学院/年级/专业\\系/班级群群信息 |
/// | `CollegeQueryCollegeDeptInfo` | `GET /v1.0/industry/colleges/deptInfos` | `college_query_college_dept_info` | 获取学段/学院/年级/专业\\系/班级信息 |
/// | `CollegeQueryStudentInfoByDept` | `GET /v1.0/industry/colleges/members/depts/studentinfos` | `college_query_student_info_by_dept` | 获取指定部门下指定学生的信息 |
/// | `CollegeQueryStudentInfoByMobile` | `GET /v1.0/industry/colleges/members/students/mobiles` | `college_query_student_info_by_mobile` | 根据手机号查询学生信息 |
/// | `CollegeQueryStudentInfoByStudentId` | `GET /v1.0/industry/colleges/members/students` | `college_query_student_info_by_student_id` | 根据studentId查询学生信息 |
/// | `CollegeRemoveManager` | `DELETE /v1.0/industry/colleges/members/managers` | `college_remove_manager` | 从部门中移除负责人 |
/// | `CollegeRemoveStudent` | `DELETE /v1.0/industry/colleges/members/depts/students` | `college_remove_student` | 从部门中移除学生 |
/// | `CollegeUpdateCollegeDept` | `PUT /v1.0/industry/colleges/depts` | `college_update_college_dept` | 编辑学段/学院/年级/专业\\系/班级 |
/// | `CollegeUpdateStudentDeptInfo` | `PUT /v1.0/industry/colleges/members/deptInfos` | `college_update_student_dept_info` | 更新学生的部门相关信息 |
/// | `CollegeUpdateStudentInfo` | `PUT /v1.0/industry/colleges/members/depts/students` | `college_update_student_info` | 更新班级下学生信息 |
/// | `CollegeUpdateStudentMoblie` | `PUT /v1.0/industry/colleges/members/students/mobiles` | `college_update_student_moblie` | 修改学生手机号 |
/// | `CustomizeContactCreate` | `POST /v1.0/industry/customizations/contacts` | `customize_contact_create` | 创建自定义通讯录 |
/// | `CustomizeContactDelete` | `DELETE /v1.0/industry/customizations/contacts` | `customize_contact_delete` | 删除自定义通讯录 |
/// | `CustomizeContactDeptCreate` | `POST /v1.0/industry/customizations/departments` | `customize_contact_dept_create` | 创建部门 |
/// | `CustomizeContactDeptDelete` | `DELETE /v1.0/industry/customizations/departments` | `customize_contact_dept_delete` | 删除部门 |
/// | `CustomizeContactDeptGroupCreate` | `POST /v1.0/industry/customizations/departmentGroups` | `customize_contact_dept_group_create` | 创建自定义通讯录某个部门的部门群 |
/// | `CustomizeContactDeptInfo` | `GET /v1.0/industry/customizations/departments` | `customize_contact_dept_info` | 获取部门详情 |
/// | `CustomizeContactDeptList` | `GET /v1.0/industry/customizations/subsidiaryDepartments` | `customize_contact_dept_list` | 获取子部门列表 |
/// | `CustomizeContactDeptUpdate` | `PUT /v1.0/industry/customizations/departments` | `customize_contact_dept_update` | 更新部门 |
/// | `CustomizeContactEmpAdd` | `POST /v1.0/industry/customizations/users` | `customize_contact_emp_add` | 普通部门下添加人员 |
/// | `CustomizeContactEmpDelete` | `POST /v1.0/industry/customizations/users/remove` | `customize_contact_emp_delete` | 普通部门下移除人员 |
/// | `CustomizeContactEmpList` | `GET /v1.0/industry/customizations/users` | `customize_contact_emp_list` | 查询部门下人员 |
/// | `CustomizeContactList` | `GET /v1.0/industry/customizations/contacts` | `customize_contact_list` | 获取自定义通讯录列表 |
/// | `CustomizeContactUpdate` | `PUT /v1.0/industry/customizations/contacts` | `customize_contact_update` | 更新自定义通讯录 |
/// | `DIgitalStoreMessagePush` | `POST /v1.0/industry/digitalStores/messages/push` | `d_igital_store_message_push` | 门店通业务消息推送 |
/// | `DigitalStoreCardRecord` | `POST /v1.0/industry/digitalStores/cardSendRecords/query` | `digital_store_card_record` | 群运营-场景卡片发送记录列表 |
/// | `DigitalStoreContactInfo` | `GET /v1.0/industry/digitalStores/contactInfos` | `digital_store_contact_info` | 查询组织中门店通通讯录基础信息 |
/// | `DigitalStoreConversations` | `GET /v1.0/industry/digitalStores/conversations` | `digital_store_conversations` | 获取门店通相关会话列表（区域群、门店群） |
/// | `DigitalStoreExportCardRecord` | `POST /v1.0/industry/digitalStores/cardRecords/export` | `digital_store_export_card_record` | 群运营-数据监控-导出列表 |
/// | `DigitalStoreExportCardRecordDetail` | `POST /v1.0/industry/digitalStores/cardRecordDetails/export` | `digital_store_export_card_record_detail` | 群运营-数据监控-导出明细 |
/// | `DigitalStoreGroupInfo` | `GET /v1.0/industry/digitalStores/groupInfos` | `digital_store_group_info` | 查询门店通中的门店分组详情 |
/// | `DigitalStoreGroups` | `GET /v1.0/industry/digitalStores/groups` | `digital_store_groups` | 查询门店通中的分组列表 |
/// | `DigitalStoreNodeInfo` | `GET /v1.0/industry/digitalStores/nodeInfos` | `digital_store_node_info` | 查询门店通讯录某个节点信息 |
/// | `DigitalStoreQueryConversation` | `GET /v1.0/industry/digitalStores/conversation/queryByStoreCode` | `digital_store_query_conversation` | 通过门店Code获取门店群信息 |
/// | `DigitalStoreRightsInfo` | `GET /v1.0/industry/digitalStores/rightsInfos` | `digital_store_rights_info` | 门店通权益信息查询 |
/// | `DigitalStoreRoles` | `GET /v1.0/industry/digitalStores/roles` | `digital_store_roles` | 查询门店通中的角色列表 |
/// | `DigitalStoreSceneScope` | `GET /v1.0/industry/digitalStores/sceneScopes` | `digital_store_scene_scope` | 获取门店通场景群的业务范围 |
/// | `DigitalStoreStoreInfo` | `GET /v1.0/industry/digitalStores/storeInfos` | `digital_store_store_info` | 查询门店通中的门店详情 |
/// | `DigitalStoreSubNodes` | `GET /v1.0/industry/digitalStores/subsidiaryNodes` | `digital_store_sub_nodes` | 查询门店通讯录某个节点下的子节点 |
/// | `DigitalStoreUpdateAuthInfo` | `PUT /v1.0/industry/digitalStores/authInfos` | `digital_store_update_auth_info` | 修改人员管辖范围以及所属角色 |
/// | `DigitalStoreUserInfo` | `GET /v1.0/industry/digitalStores/userInfos` | `digital_store_user_info` | 查询门店通讯录人员信息 |
/// | `DigitalStoreUsers` | `GET /v1.0/industry/digitalStores/nodes/users` | `digital_store_users` | 查询门店通讯录某个节点下的所有人员 |
/// | `DigitalStorelistExportTaskRecord` | `GET /v1.0/industry/digitalStores/exportTaskRecords` | `digital_storelist_export_task_record` | 群运营-数据监控-查询导出任务的记录列表 |
/// | `ExternalQueryExternalAppOrgs` | `GET /v1.0/industry/externals/apps/organizations` | `external_query_external_app_orgs` | 查询启用了当前应用的外部协作组织 |
/// | `ExternalQueryExternalBelongMainOrg` | `GET /v1.0/industry/externals/attributions/masterOrganizations` | `external_query_external_belong_main_org` | 查询归属的主组织 |
/// | `ExternalQueryExternalOrgs` | `GET /v1.0/industry/externals/organizations` | `external_query_external_orgs` | 查询外部协作组织 |
/// | `GetConvertResult` | `POST /v1.0/industry/order/convert/get` | `get_convert_result` | 获取转换结果 |
/// | `GetTaskPackageResult` | `POST /v1.0/industry/ai/taskPackages/query` | `get_task_package_result` | getTaskPackageResult |
/// | `GetTaskQueue` | `GET /v1.0/industry/ai/taskQueue/query` | `get_task_queue` | 查询任务队列情况 |
/// | `HospitalDataCheck` | `POST /v1.0/industry/medicals/datas/check` | `hospital_data_check` | 医疗数据对账 |
/// | `IndustryManufactureCommonEvent` | `POST /v1.0/industry/manufacturing/bases/commons/events` | `industry_manufacture_common_event` | 行业化制造业事件中心 |
/// | `IndustryManufactureCostRecordListGet` | `POST /v1.0/industry/manufactures/materialCostRecords/query` | `industry_manufacture_cost_record_list_get` | 物料成本开放服务 |
/// | `IndustryManufactureFeeListGet` | `POST /v1.0/industry/manufactures/fees/query` | `industry_manufacture_fee_list_get` | 费用服务 |
/// | `IndustryManufactureLabourCost` | `POST /v1.0/industry/manufactures/labourCosts/query` | `industry_manufacture_labour_cost` | 行业化-制造业工价接口 |
/// | `IndustryManufactureMaterialList` | `POST /v1.0/industry/manufactures/materials/query` | `industry_manufacture_material_list` | 查询行业物料列表 |
/// | `IndustryManufactureMesDispatchTask` | `POST /v1.0/industry/manufacturings/dispatchTasks/manage` | `industry_manufacture_mes_dispatch_task` | 派工任务管理 |
/// | `IndustryManufactureMesMaterial` | `POST /v1.0/industry/manufacturings/materials/manage` | `industry_manufacture_mes_material` | MES系统物料管理 |
/// | `IndustryManufactureMesOutPlan` | `POST /v1.0/industry/manufacturings/outPlans/manage` | `industry_manufacture_mes_out_plan` | 生产委外工单管理 |
/// | `IndustryManufactureMesOutput` | `POST /v1.0/industry/manufacturings/outputs/manage` | `industry_manufacture_mes_output` | 生产报工管理 |
/// | `IndustryManufactureMesProcess` | `POST /v1.0/industry/manufacturings/processes/manage` | `industry_manufacture_mes_process` | MES系统工序管理 |
/// | `IndustryManufactureMesProductionPlan` | `POST /v1.0/industry/manufacturings/productionPlans/manage` | `industry_manufacture_mes_production_plan` | 生产工单管理 |
/// | `IndustryManufactureMesSubCooperationTeam` | `POST /v1.0/industry/manufacturings/outTeams/manage` | `industry_manufacture_mes_sub_cooperation_team` | 生产委外合作班组管理 |
/// | `IndustryManufactureMesTeamMgmt` | `POST /v1.0/industry/manufacturing/base/data/team` | `industry_manufacture_mes_team_mgmt` | MES系统班组管理 |
/// | `IndustryMmanufactureMaterialCostGet` | `POST /v1.0/industry/manufactures/base/materialCosts/query` | `industry_mmanufacture_material_cost_get` | 物料成本查询服务 |
/// | `OrderConvert` | `POST /v1.0/industry/order/convert/execute` | `order_convert` | 订单转换 |
/// | `PromptTemplatesOperate` | `POST /v1.0/industry/ai/promptTemplates/operate` | `prompt_templates_operate` | 练货模板管理 |
/// | `PushDingMessage` | `POST /v1.0/industry/works/notice` | `push_ding_message` | 提供text和card两种形式工作通知消息 |
/// | `QueryAllDepartment` | `GET /v1.0/industry/medicals/departments` | `query_all_department` | 获取当前组织下的所有科室 |
/// | `QueryAllDoctors` | `GET /v1.0/industry/medicals/doctors` | `query_all_doctors` | 查询医院下的所有医生 |
/// | `QueryAllGroup` | `GET /v1.0/industry/medicals/groups` | `query_all_group` | 查询所有医疗组 |
/// | `QueryAllGroupsInDept` | `GET /v1.0/industry/medicals/departments/{deptId}/groups` | `query_all_groups_in_dept` | 查询科室下的所有医疗组 |
/// | `QueryAllMemberByDept` | `GET /v1.0/industry/medicals/departments/{deptId}/members` | `query_all_member_by_dept` | 查询科室下的所有人员 |
/// | `QueryAllMemberByGroup` | `GET /v1.0/industry/medicals/groups/{groupId}/members` | `query_all_member_by_group` | 获取医疗组下面的所有成员 |
/// | `QueryBizOptLog` | `GET /v1.0/industry/medicals/bizOptLogs` | `query_biz_opt_log` | 获取当前企业医疗通讯录的业务操作日志 |
/// | `QueryChatAIOXMInfo` | `POST /v1.0/industry/chatai/oxm/infos/query` | `query_chat_aioxm_info` | 获取专属AI平台信息 |
/// | `QueryConvertRules` | `POST /v1.0/industry/order/rule/page` | `query_convert_rules` | 查询订单转换规则 |
/// | `QueryDepartmentExtendInfo` | `GET /v1.0/industry/medicals/departments/extensions/infos` | `query_department_extend_info` | 查询科室和医疗组的扩展信息 |
/// | `QueryDepartmentInfo` | `GET /v1.0/industry/medicals/departments/{deptId}` | `query_department_info` | 查询部门详情 |
/// | `QueryDoctorDetailsByJobNumber` | `GET /v1.0/industry/medicals/doctors/{jobNumber}` | `query_doctor_details_by_job_number` | 通过工号查询人员信息 |
/// | `QueryGroupInfo` | `GET /v1.0/industry/medicals/groups/{groupId}` | `query_group_info` | 获取医疗组详情 |
/// | `QueryHospitalDistrictInfo` | `GET /v1.0/industry/medicals/districts` | `query_hospital_district_info` | 查询医院的院区和病区信息 |
/// | `QueryHospitalRoleUserInfo` | `GET /v1.0/industry/medicals/roles/userInfos` | `query_hospital_role_user_info` | 查询医院所有角色的人员 |
/// | `QueryHospitalRoles` | `GET /v1.0/industry/medicals/roles` | `query_hospital_roles` | 查询医院的角色 |
/// | `QueryJobCodeDictionary` | `GET /v1.0/industry/medicals/jobCodes` | `query_job_code_dictionary` | 查询职称字典表 |
/// | `QueryJobStatusCodeDictionary` | `GET /v1.0/industry/medicals/jobStatusCodes` | `query_job_status_code_dictionary` | 查询工作状态字典表 |
/// | `QueryMedicalEvents` | `GET /v1.0/industry/medicals/events` | `query_medical_events` | 查询医疗行业事件 |
/// | `QueryOrderConvertResult` | `POST /v1.0/industry/order/convert/list` | `query_order_convert_result` | 查询订单转换结果 |
/// | `QueryUserCredentials` | `POST /v1.0/industry/medicals/users/credentials/query` | `query_user_credentials` | 查询用户的证书 |
/// | `QueryUserExtInfo` | `GET /v1.0/industry/medicals/users/{userId}/extInfos` | `query_user_ext_info` | 查询人员的扩展信息 |
/// | `QueryUserExtendValues` | `POST /v1.0/industry/medicals/users/extends/query` | `query_user_extend_values` | 获取用户拓展字段 |
/// | `QueryUserInfo` | `GET /v1.0/industry/medicals/users/{userId}` | `query_user_info` | 查询人员详情 |
/// | `QueryUserProbCodeDictionary` | `GET /v1.0/industry/medicals/userProbCodes` | `query_user_prob_code_dictionary` | 查询人员属性字典表 |
/// | `QueryUserRoles` | `GET /v1.0/industry/medicals/users/{userId}/roles` | `query_user_roles` | 查询人员权限 |
/// | `SaveUserExtendValues` | `POST /v1.0/industry/medicals/users/{userId}/extends` | `save_user_extend_values` | 保存用户拓展字段 |
/// | `SubmitTask` | `POST /v1.0/industry/ai/tasks/submit` | `submit_task` | 提交ai解析任务 |
/// | `SubmitTaskPackage` | `POST /v1.0/industry/ai/taskPackages/submit` | `submit_task_package` | submitTaskPackage |
/// | `SupplAddRole` | `POST /v1.0/industry/supplyChains/roles` | `suppl_add_role` | 增加角色或角色组 |
/// | `SupplyAddDept` | `POST /v1.0/industry/supplyChains/departments` | `supply_add_dept` | 新增供应链节点 |
/// | `SupplyAddMember` | `POST /v1.0/industry/supplyChains/members` | `supply_add_member` | 添加供应商人员 |
/// | `SupplyAddPartnerAdmins` | `POST /v1.0/industry/supplyChains/partnerAdministrators` | `supply_add_partner_admins` | 添加伙伴负责人 |
/// | `SupplyAddPartnerManagers` | `POST /v1.0/industry/supplyChains/partnerInterfaces` | `supply_add_partner_managers` | 添加伙伴的对接人或对接部门 |
/// | `SupplyAddPartnerType` | `POST /v1.0/industry/supplyChains/partnerLabels` | `supply_add_partner_type` | 添加伙伴标签 |
/// | `SupplyChainDeleteDept` | `DELETE /v1.0/industry/supplyChains/departments` | `supply_chain_delete_dept` | 删除上下游节点 |
/// | `SupplyChainQueryDeptInfo` | `GET /v1.0/industry/supplyChains/departments` | `supply_chain_query_dept_info` | 查询上下游节点信息 |
/// | `SupplyChainUpdateDeptInfo` | `PUT /v1.0/industry/supplyChains/departments` | `supply_chain_update_dept_info` | 更新上下游节点信息 |
/// | `SupplyDeleteMember` | `DELETE /v1.0/industry/supplyChains/members` | `supply_delete_member` | 删除伙伴成员 |
/// | `SupplyDeletePartnerAdmins` | `DELETE /v1.0/industry/supplyChains/partnerAdministrators` | `supply_delete_partner_admins` | 删除伙伴负责人 |
/// | `SupplyDeletePartnerManagers` | `DELETE /v1.0/industry/supplyChains/partnerInterfaces` | `supply_delete_partner_managers` | 移除伙伴的对接人或对接部门 |
/// | `SupplyDeletePartnerType` | `DELETE /v1.0/industry/supplyChains/partnerLabels` | `supply_delete_partner_type` | 删除伙伴标签 |
/// | `SupplyDeleteRole` | `DELETE /v1.0/industry/supplyChains/roles` | `supply_delete_role` | 删除角色或角色组 |
/// | `SupplyGetMember` | `GET /v1.0/industry/supplyChains/members` | `supply_get_member` | 获取供应链成员信息 |
/// | `SupplyListDeptMembers` | `GET /v1.0/industry/supplyChains/departments/members` | `supply_list_dept_members` | 获取供应链部门下成员 |
/// | `SupplyListPartnerAdmins` | `GET /v1.0/industry/supplyChains/partnerAdministrators` | `supply_list_partner_admins` | 获取伙伴负责人列表 |
/// | `SupplyListPartnerManagers` | `GET /v1.0/industry/supplyChains/partnerInterfaces` | `supply_list_partner_managers` | 获取伙伴的对接人/对接部门 |
/// | `SupplyListPartnerType` | `GET /v1.0/industry/supplyChains/partnerLabels/subLabels` | `supply_list_partner_type` | 查询下级伙伴标签 |
/// | `SupplyListRole` | `GET /v1.0/industry/supplyChains/roles` | `supply_list_role` | 查询角色组或角色 |
/// | `SupplyListSubDept` | `GET /v1.0/industry/supplyChains/subDepartments` | `supply_list_sub_dept` | 查询下级节点列表 |
/// | `SupplyQueryPartnerType` | `GET /v1.0/industry/supplyChains/partnerLabels` | `supply_query_partner_type` | 查询伙伴标签 |
/// | `SupplyUpdateMember` | `PUT /v1.0/industry/supplyChains/members` | `supply_update_member` | 更新供应商人员信息 |
/// | `SupplyUpdatePartnerType` | `PUT /v1.0/industry/supplyChains/partnerLabels` | `supply_update_partner_type` | 更新伙伴标签 |
/// | `SupplyUpdateRole` | `PUT /v1.0/industry/supplyChains/roles` | `supply_update_role` | 更新角色或角色组 |
/// | `UpdateUserExtendInfo` | `PUT /v1.0/industry/medicals/users/{userId}/extInfos` | `update_user_extend_info` | 更新医疗用户扩展信息 |
///
/// # `jobs_1_0`: 钉钉招聘 (Jobs)：简历的创建与投递。
///
/// Feature `jobs_1_0`; `client.jobs_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateResume` | `POST /v1.0/jobs/resumes` | `create_resume` | 创建简历 |
/// | `PostResume` | `POST /v1.0/jobs/resumes/post` | `post_resume` | 投递简历 |
///
/// # `jzcrm_1_0`: 金智CRM (JZ CRM)：客户、联系人、销售、合同、采购、生产与库存等单据的写入与查询。
///
/// Feature `jzcrm_1_0`; `client.jzcrm_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `EditContact` | `POST /v1.0/jzcrm/contacts` | `edit_contact` | 编辑联系人数据 |
/// | `EditCustomer` | `POST /v1.0/jzcrm/customers` | `edit_customer` | 编辑客户数据 |
/// | `EditCustomerPool` | `POST /v1.0/jzcrm/customerPools` | `edit_customer_pool` | 编辑客户公共池数据 |
/// | `EditExchange` | `POST /v1.0/jzcrm/exchanges` | `edit_exchange` | 编辑销售换货单数据 |
/// | `EditGoods` | `POST /v1.0/jzcrm/goods` | `edit_goods` | 编辑产品数据 |
/// | `EditIntostock` | `POST /v1.0/jzcrm/intostocks` | `edit_intostock` | 编辑入库单数据 |
/// | `EditInvoice` | `POST /v1.0/jzcrm/invoices` | `edit_invoice` | 编辑发货单数据 |
/// | `EditOrder` | `POST /v1.0/jzcrm/orders` | `edit_order` | 编辑合同订单数据 |
/// | `EditOutstock` | `POST /v1.0/jzcrm/outstocks` | `edit_outstock` | 编辑出库单信息 |
/// | `EditProduction` | `POST /v1.0/jzcrm/productions` | `edit_production` | 编辑生产单数据 |
/// | `EditPurchase` | `POST /v1.0/jzcrm/purchases` | `edit_purchase` | 编辑采购单数据 |
/// | `EditQuotationRecord` | `POST /v1.0/jzcrm/quotationRecords` | `edit_quotation_record` | 编辑报价记录数据 |
/// | `EditSales` | `POST /v1.0/jzcrm/sales` | `edit_sales` | 编辑销售机会数据 |
/// | `GetDataList` | `GET /v1.0/jzcrm/data` | `get_data_list` | 获取数据列表 |
/// | `GetDataView` | `GET /v1.0/jzcrm/dataView` | `get_data_view` | 获取数据详情 |
///
/// # `link_1_0`: 服务窗 (Service Window)：服务窗消息、用户授权与吊顶卡片。
///
/// Feature `link_1_0`; `client.link_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ApplyFollowerAuthInfo` | `POST /v1.0/link/followers/authInfos/apply` | `apply_follower_auth_info` | 发送用户授权信息申请 |
/// | `CallbackRegiester` | `POST /v1.0/link/callbacks/regiester` | `callback_regiester` | 注册服务窗消息回调服务 |
/// | `CloseTopBoxInteractiveOTOMessage` | `POST /v1.0/link/oToMessages/topBoxes/close` | `close_top_box_interactive_oto_message` | 服务窗吊顶卡片关闭接口 |
/// | `GetFollowerAuthInfo` | `GET /v1.0/link/followers/authInfos` | `get_follower_auth_info` | 获取用户授权信息 |
/// | `GetFollowerInfo` | `GET /v1.0/link/followers/infos` | `get_follower_info` | 获取服务窗关注人信息 |
/// | `GetPictureDownloadUrl` | `GET /v1.0/link/oToMessages/pictures/downloadUrls` | `get_picture_download_url` | 服务窗图片消息下载地址获取接口 |
/// | `GetUserFollowStatus` | `GET /v1.0/link/followers/statuses` | `get_user_follow_status` | 获取用户关注状态 |
/// | `ListAccount` | `GET /v1.0/link/accounts` | `list_account` | 获取企业下服务窗帐号列表 |
/// | `ListAccountInfo` | `GET /v1.0/link/isv/accounts` | `list_account_info` | 第三方企业应用查询服务窗帐号列表 |
/// | `ListFollower` | `GET /v1.0/link/followers` | `list_follower` | 批量获取服务窗关注人列表 |
/// | `QueryUserFollowStatus` | `GET /v1.0/link/isv/followers/statuses` | `query_user_follow_status` | 第三方企业应用查询用户是否关注服务窗 |
/// | `SendAgentOTOMessage` | `POST /v1.0/link/oToMessages/agentMessages` | `send_agent_oto_message` | 发送服务窗客服消息 |
/// | `SendInteractiveOTOMessage` | `POST /v1.0/link/oToMessages/interactiveMessages` | `send_interactive_oto_message` | 服务窗互动卡片单发接口 |
/// | `SendTopBoxInteractiveOTOMessage` | `POST /v1.0/link/oToMessages/topBoxes/send` | `send_top_box_interactive_oto_message` | 服务窗吊顶卡片发送接口 |
/// | `UpdateInteractiveOTOMessage` | `PUT /v1.0/link/oToMessages/interactiveMessages` | `update_interactive_oto_message` | 服务窗互动卡片修改接口 |
/// | `UpdateShortcuts` | `POST /v1.0/link/shortcuts` | `update_shortcuts` | 服务窗会话窗口快捷栏配置接口 |
///
/// # `live_1_0`: 直播 (Live)：直播间、互动插件与云导播。
///
/// Feature `live_1_0`; `client.live_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddLiveInteractionPlugin` | `POST /v1.0/live/interactionPlugins` | `add_live_interaction_plugin` | 增加直播间互动插件 |
/// | `AddLiveNoticeWidget` | `POST /v1.0/live/noticeWidgets` | `add_live_notice_widget` | 增加直播间的公告槽位信息 |
/// | `AddShareCidList` | `POST /v1.0/live/cloudFeeds/{feedId}/share` | `add_share_cid_list` | 添加云导播联播群列表 |
/// | `CreateCloudFeed` | `POST /v1.0/live/cloudFeeds` | `create_cloud_feed` | 创建云导播课程 |
/// | `CreateLive` | `POST /v1.0/live/lives` | `create_live` | 创建直播 |
/// | `DelLiveInteractionPlugin` | `DELETE /v1.0/live/interactionPlugins` | `del_live_interaction_plugin` | 删除直播间内某一互动插件 |
/// | `DelLiveNoticeWidget` | `DELETE /v1.0/live/noticeWidgets` | `del_live_notice_widget` | 删除直播间的公告槽位信息 |
/// | `DeleteLive` | `DELETE /v1.0/live/lives` | `delete_live` | 删除直播 |
/// | `DeleteLiveFeed` | `DELETE /v1.0/live/openFeeds/{feedId}` | `delete_live_feed` | 删除直播培训课程 |
/// | `EditFeedReplay` | `POST /v1.0/live/openFeeds/{feedId}/cutReplay` | `edit_feed_replay` | 剪辑直播课程的回放 |
/// | `GetGroupLiveList` | `GET /v1.0/live/groupLives` | `get_group_live_list` | 获取群内的直播列表 |
/// | `GetLiveReplayUrl` | `GET /v1.0/live/lives/replayUrls` | `get_live_replay_url` | 获取直播的可下载回放地址 |
/// | `GetOrgLiveList` | `POST /v1.0/live/organizations/liveLists/query` | `get_org_live_list` | 获取某组织内的直播列表 |
/// | `GetUserAllLiveList` | `POST /v1.0/live/users/allLiveInfos/query` | `get_user_all_live_list` | 根据状态拉我相关的直播 |
/// | `GetUserCreateLiveList` | `POST /v1.0/live/users/createLiveInfos/query` | `get_user_create_live_list` | 根据状态获取用户创建的直播 |
/// | `GetUserWatchLiveList` | `GET /v1.0/live/users/watchRecords` | `get_user_watch_live_list` | 获取用户观看直播记录 |
/// | `ModifyFeedWhiteList` | `POST /v1.0/live/openFeeds/{feedId}/whiteList` | `modify_feed_white_list` | 修改直播课程可见白名单 |
/// | `QueryFeedWhiteList` | `GET /v1.0/live/openFeeds/{feedId}/whiteList` | `query_feed_white_list` | 查询直播课程的观看白名单 |
/// | `QueryLiveInfo` | `GET /v1.0/live/lives` | `query_live_info` | 查询直播详情 |
/// | `QueryLiveInteractionPlugin` | `GET /v1.0/live/interactionPlugins` | `query_live_interaction_plugin` | 查询直播间内某一互动插件的信息 |
/// | `QueryLiveWatchDetail` | `GET /v1.0/live/lives/watchDetails` | `query_live_watch_detail` | 获取直播的观看数据 |
/// | `QueryLiveWatchUserList` | `GET /v1.0/live/lives/watchUsers` | `query_live_watch_user_list` | 获取直播观看用户列表 |
/// | `QuerySubscribeStatus` | `POST /v1.0/live/subscribeStatuses/query` | `query_subscribe_status` | 批量查询直播是否订阅 |
/// | `SendLiveInteractionPluginEffectsMsg` | `POST /v1.0/live/interactionPlugins/effectMessages/send` | `send_live_interaction_plugin_effects_msg` | 用户推送互动插件特效消息到直播间 |
/// | `SendLivePluginUserActionMsg` | `POST /v1.0/live/interactionPlugins/actionMessages/send` | `send_live_plugin_user_action_msg` | 用户对互动插件进行操作广播到直播间 |
/// | `StartCloudFeed` | `POST /v1.0/live/cloudFeeds/{feedId}/start` | `start_cloud_feed` | 开始一场云导播 |
/// | `StopCloudFeed` | `POST /v1.0/live/cloudFeeds/{feedId}/stop` | `stop_cloud_feed` | 结束一场云导播 |
/// | `SubscribeLive` | `POST /v1.0/live/lives/subscribe` | `subscribe_live` | 预约直播 |
/// | `UpdateLive` | `PUT /v1.0/live/lives` | `update_live` | 修改直播 |
/// | `UpdateLiveFeed` | `POST /v1.0/live/openFeeds/{feedId}` | `update_live_feed` | 修改培训课程信息 |
/// | `UpdateLiveInteractionPlugin` | `PUT /v1.0/live/interactionPlugins` | `update_live_interaction_plugin` | 修改直播间内某一互动插件的信息 |
///
/// # `live_activities_1_0`: 实时活动 (Live Activities)：实时活动的发送。
///
/// Feature `live_activities_1_0`; `client.live_activities_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `PushLiveActivity` | `POST /v1.0/liveActivities/push` | `push_live_activity` | 实时活动发送接口 |
/// | `SendLiveActivity` | `POST /v1.0/liveActivities/send` | `send_live_activity` | 发送实时活动 |
///
/// # `mail_1_0`: 企业邮箱 (Mail)：邮箱用户、文件夹与草稿。
///
/// Feature `mail_1_0`; `client.mail_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateMailFolder` | `POST /v1.0/mail/users/{email}/mailFolders` | `create_mail_folder` | 创建邮件文件夹 |
/// | `CreateMessage` | `POST /v1.0/mail/users/{email}/messages` | `create_message` | 创建草稿 |
/// | `CreateUser` | `POST /v1.0/mail/users` | `create_user` | 创建企业邮箱用户 |
/// | `DeleteMailFolder` | `DELETE /v1.0/mail/users/{email}/mailFolders/{id}` | `delete_mail_folder` | 删除文件夹 |
/// | `DeleteMessages` | `POST /v1.0/mail/users/{email}/messages/batchDelete` | `delete_messages` | 批量删除邮件 |
/// | `GetMessage` | `GET /v1.0/mail/users/{email}/messages/{id}` | `get_message` | 获取邮件元数据 |
/// | `ListMailFolders` | `GET /v1.0/mail/users/{email}/mailFolders` | `list_mail_folders` | 获取指定文件夹的子文件夹列表 |
/// | `ListMessages` | `GET /v1.0/mail/users/{email}/mailFolders/{folderId}/messages` | `list_messages` | 获取邮件列表 |
/// | `MoveMailFolder` | `POST /v1.0/mail/users/{email}/mailFolders/{id}/move` | `move_mail_folder` | 移动文件夹 |
/// | `SendMessage` | `POST /v1.0/mail/users/{email}/messages/{id}/send` | `send_message` | 发送邮件 |
/// | `UpdateMailFolder` | `POST /v1.0/mail/users/{email}/mailFolders/{id}/update` | `update_mail_folder` | 修改文件夹信息 |
/// | `UpdateMessage` | `POST /v1.0/mail/users/{email}/messages/{id}/update` | `update_message` | 修改草稿 |
///
/// # `manufacturing_1_0`: 制造业 (Manufacturing)：MES 的计件报工与查询。
///
/// Feature `manufacturing_1_0`; `client.manufacturing_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `IndustrializeManufactureJobBook` | `POST /v1.0/manufacturing/users/{userId}/jobs` | `industrialize_manufacture_job_book` | 日清月结-计件报工接口 |
/// | `IndustrializeManufactureQueryJobs` | `POST /v1.0/manufacturing/users/jobs/query` | `industrialize_manufacture_query_jobs` | 日清月结-计件报工查询接口 |
///
/// # `mcp_1_0`: MCP 服务 (MCP)：MCP 实例的激活与查询。
///
/// Feature `mcp_1_0`; `client.mcp_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ActivateMcp` | `POST /v1.0/mcp/activate` | `activate_mcp` | 激活MCP |
/// | `DeleteMcp` | `POST /v1.0/mcp/delete` | `delete_mcp` | 删除MCP实例 |
/// | `GetMcpDetail` | `GET /v1.0/mcp/mcps/{mcpId}` | `get_mcp_detail` | 根据mcpId获取MCP详情 |
/// | `GetSkillDetail` | `GET /v1.0/mcp/skills/{skillId}` | `get_skill_detail` | 根据skillId查询Skill详情及安装包下载链接 |
/// | `ListMarketMcps` | `GET /v1.0/mcp/mcps` | `list_market_mcps` | 查询MCP广场精选MCP列表 |
/// | `ListSkills` | `GET /v1.0/mcp/skills` | `list_skills` | 分页查询Skill广场精选列表 |
///
/// # `meter_1_0`: 资源用量 (Meter)：开放平台的资源用量。
///
/// Feature `meter_1_0`; `client.meter_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetResourceUseInfo` | `POST /v1.0/meter/resources/useInfos/query` | `get_resource_use_info` | 获取开放平台当月资源用量 |
///
/// # `micro_app_1_0`: 应用管理 (Micro Apps)：企业应用、角色与工作台分组。
///
/// Feature `micro_app_1_0`; `client.micro_app_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddAppRolesToMember` | `PUT /v1.0/microApp/apps/{agentId}/members/roles` | `add_app_roles_to_member` | 给指定成员添加角色 |
/// | `AddAppToWorkBenchGroup` | `POST /v1.0/microApp/apps/{agentId}/addToWorkBenchGroup` | `add_app_to_work_bench_group` | 添加应用到工作台分组 |
/// | `AddMemberToAppRole` | `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members` | `add_member_to_app_role` | 给指定角色添加人员 |
/// | `AnheiP` | `GET /v1.0/microApp/anheiP` | `anhei_p` | AnheiP |
/// | `AnheiTest888` | `POST /v1.0/microApp/anheiTest888` | `anhei_test888` | AnheiTest888 |
/// | `AnheiTestB` | `PUT /v1.0/microApp/anheiTestB` | `anhei_test_b` | AnheiTestB |
/// | `AnheiTestNine` | `POST /v1.0/microApp/anheiTestNine` | `anhei_test_nine` | 暗黑测试 |
/// | `AppStatusManagerTest` | `GET /v1.0/microApp/manager/test` | `app_status_manager_test` | 应用状态管理测试 |
/// | `AyunTest` | `GET /v1.0/microApp/ayun/test` | `ayun_test` | 能力开放中心录入测试数据 |
/// | `AyunTestOnline` | `GET /v1.0/microApp/ayunTest` | `ayun_test_online` | openAPI录入上线后的测试 |
/// | `CreateAgent` | `POST /v1.0/microApp/agent/create` | `create_agent` | 创建企业智能体应用 |
/// | `CreateApaasApp` | `POST /v1.0/microApp/apaasApps` | `create_apaas_app` | 创建Apaas应用 |
/// | `CreateInnerApp` | `POST /v1.0/microApp/apps` | `create_inner_app` | 创建企业内部应用 |
/// | `DeleteApp` | `POST /v1.0/microApp/app/delete` | `delete_app` | 删除应用 |
/// | `DeleteAppRole` | `DELETE /v1.0/microApp/apps/{agentId}/roles/{roleId}` | `delete_app_role` | 删除应用角色 |
/// | `DeleteInnerApp` | `DELETE /v1.0/microApp/apps/{agentId}` | `delete_inner_app` | 删除企业内部应用 |
/// | `EnableRobot` | `POST /v1.0/microApp/robot/enable` | `enable_robot` | 启用机器人 |
/// | `GetApaasApp` | `GET /v1.0/microApp/apaasApps/{bizAppId}` | `get_apaas_app` | 查询Apaas应用 |
/// | `GetAppResourceUseInfo` | `GET /v1.0/microApp/resources/useInfos` | `get_app_resource_use_info` | 获取应用资源用量信息 |
/// | `GetAppRoleScopeByRoleId` | `GET /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes` | `get_app_role_scope_by_role_id` | 查询指定角色的角色范围 |
/// | `GetInnerApp` | `GET /v1.0/microApp/apps/inner/{agentId}` | `get_inner_app` | 获取企业内部应用 |
/// | `GetInnerAppInfo` | `GET /v1.0/microApp/apps/innerapps/{agentId}` | `get_inner_app_info` | 获取企业内部应用信息 |
/// | `GetMicroAppScope` | `GET /v1.0/microApp/apps/{agentId}/scopes` | `get_micro_app_scope` | 获取企业应用的可使用范围 |
/// | `GetMicroAppUserAccess` | `GET /v1.0/microApp/apps/{agentId}/users/{userId}/adminAccess` | `get_micro_app_user_access` | 获取用户对应用的管理权限 |
/// | `GetPublishAudit` | `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail` | `get_publish_audit` | 查询企业内部应用审核详情 |
/// | `GetUserAppDevAccess` | `GET /v1.0/microApp/users/{userId}/devAccesses` | `get_user_app_dev_access` | 用户是否拥有开发者权限 |
/// | `GetVersionInfo` | `GET /v1.0/microApp/getVersionInfo` | `get_version_info` | 获取版本-仅用于测试 |
/// | `InactiveApp` | `POST /v1.0/microApp/app/inactive` | `inactive_app` | 停用应用 |
/// | `IsOrgMicroAppVisibleByUserId` | `POST /v1.0/microApp/visibleScopes/query` | `is_org_micro_app_visible_by_user_id` | 判断人员是否在应用的可见范围内 |
/// | `ListAllApp` | `GET /v1.0/microApp/allApps` | `list_all_app` | 获取企业所有应用列表 |
/// | `ListAllInnerApps` | `GET /v1.0/microApp/allInnerApps` | `list_all_inner_apps` | 获取企业所有内部应用列表 |
/// | `ListAppByClientId` | `GET /v1.0/microApp/app/detail` | `list_app_by_client_id` | 获取单个企业应用信息 |
/// | `ListAppRoleScopes` | `GET /v1.0/microApp/apps/{agentId}/roles` | `list_app_role_scopes` | 获取企业应用的角色完整信息 |
/// | `ListInnerApp` | `GET /v1.0/microApp/apps` | `list_inner_app` | 列出企业内部H5应用 |
/// | `ListInnerAppVersion` | `GET /v1.0/microApp/innerMiniApps/{agentId}/versions` | `list_inner_app_version` | 获取企业内部小程序的版本列表 |
/// | `ListPendingPublishAudits` | `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList` | `list_pending_publish_audits` | 分页查询待审核发布审核单 |
/// | `ListRoleInfoByUser` | `GET /v1.0/microApp/apps/{agentId}/users/{userId}/roles` | `list_role_info_by_user` | 获取用户在应用中的角色信息列表 |
/// | `ListUserVilebleApp` | `GET /v1.0/microApp/users/{userId}/apps` | `list_user_vileble_app` | 列出用户可见的企业应用 |
/// | `OfflineRobot` | `POST /v1.0/microApp/robot/offline` | `offline_robot` | 停用机器人 |
/// | `PageInnerAppHistoryVersion` | `GET /v1.0/microApp/innerMiniApps/{agentId}/historyVersions` | `page_inner_app_history_version` | 获取企业内部小程序历史版本列表 |
/// | `PublishInnerAppVersion` | `POST /v1.0/microApp/innerMiniApps/{agentId}/versions/publish` | `publish_inner_app_version` | 发布企业内部小程序版本 |
/// | `QueryCreateEnterpriseAgent` | `POST /v1.0/microApp/agent/create/query` | `query_create_enterprise_agent` | 查询创建企业自建Agent任务进度 |
/// | `RebuildRoleScopeForAppRole` | `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes/rebuild` | `rebuild_role_scope_for_app_role` | 重设角色范围 |
/// | `RegisterCustomAppRole` | `POST /v1.0/microApp/apps/{agentId}/roles` | `register_custom_app_role` | 注册自定义应用角色 |
/// | `RemoveApaasApp` | `POST /v1.0/microApp/apaasApps/remove` | `remove_apaas_app` | 删除apaas应用 |
/// | `RemoveMemberForAppRole` | `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members/batchRemove` | `remove_member_for_app_role` | 删除指定角色下的成员 |
/// | `RollbackInnerAppVersion` | `POST /v1.0/microApp/innerMiniApps/{agentId}/versions/rollback` | `rollback_inner_app_version` | 回滚企业内部小程序版本 |
/// | `SetMicroAppScope` | `POST /v1.0/microApp/apps/{agentId}/scopes` | `set_micro_app_scope` | 设置企业应用的可使用范围 |
/// | `SubmitCreateEnterpriseAgent` | `POST /v1.0/microApp/enterpriseAgent/submit` | `submit_create_enterprise_agent` | 提交创建企业自建Agent |
/// | `UpdateApaasApp` | `PUT /v1.0/microApp/apaasApps` | `update_apaas_app` | 更新apaas应用 |
/// | `UpdateAppRoleInfo` | `PUT /v1.0/microApp/apps/{agentId}/roles/{roleId}` | `update_app_role_info` | 更新应用角色信息 |
/// | `UpdateInnerApp` | `PUT /v1.0/microApp/apps/{agentId}` | `update_inner_app` | 更新企业内部应用 |
/// | `UpdatePublishAuditResult` | `POST /v1.0/microApp/enterprisePublishAudit/submitResult` | `update_publish_audit_result` | 回写审核结果 |
/// | `UpdateRobot` | `POST /v1.0/microApp/robot/update` | `update_robot` | 更新机器人配置 |
///
/// # `miniapp_1_0`: 小程序 (Mini Programs)：小程序、组件与版本。
///
/// Feature `miniapp_1_0`; `client.miniapp_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateMiniApp` | `POST /v1.0/miniapp/apps` | `create_mini_app` | 创建小程序 |
/// | `CreateMiniAppPlugin` | `POST /v1.0/miniapp/plugins` | `create_mini_app_plugin` | 创建小程序组件 |
/// | `CreateVersionAcrossBundle` | `POST /v1.0/miniapp/versions/createAcrossBundle` | `create_version_across_bundle` | 小程序多端发布版本 |
/// | `GetMaxVersion` | `GET /v1.0/miniapp/apps/maxVersions` | `get_max_version` | 获取小程序最大的构建版本 |
/// | `GetMiniAppMetaData` | `POST /v1.0/miniapp/apps/metadata` | `get_mini_app_meta_data` | 同步小程序元数据 |
/// | `GetSettingByMiniAppId` | `GET /v1.0/miniapp/apps/settings` | `get_setting_by_mini_app_id` | 查询小程序配置 |
/// | `InvokeHtmlBundleBuild` | `POST /v1.0/miniapp/h5Bundles/build` | `invoke_html_bundle_build` | 构建H5Bundle |
/// | `ListAvaiableVersion` | `POST /v1.0/miniapp/apps/versions/query` | `list_avaiable_version` | 获取小程序版本列表 |
/// | `QueryHtmlBundleBuild` | `GET /v1.0/miniapp/h5Bundles/buildResults` | `query_html_bundle_build` | 查询H5构建结果 |
/// | `RollBackVersion` | `POST /v1.0/miniapp/versions/rollback` | `roll_back_version` | 回滚版本 |
/// | `SetExtendSetting` | `PUT /v1.0/miniapp/apps/settings` | `set_extend_setting` | 修改小程序配置 |
/// | `UpdateVersionStatus` | `POST /v1.0/miniapp/versions/status` | `update_version_status` | 发布版本 |
///
/// # `minutes_1_0`: 听记 (Minutes)：听记、闪记、声纹配置与 DingTalk A1 小助理分析。
///
/// Feature `minutes_1_0`; `client.minutes_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AdminSearchMinutes` | `POST /v1.0/minutes/flashMinutes/adminSearch` | `admin_search_minutes` | 搜索企业内听记 |
/// | `BatchGetMinutesDetails` | `POST /v1.0/minutes/flashMinutes/details/query` | `batch_get_minutes_details` | 批量获取闪记详情 |
/// | `BatchGetVoicePrintIdentifyConfig` | `POST /v1.0/minutes/voicePrint/configs/batchGet` | `batch_get_voice_print_identify_config` | 批量查询声纹配置信息 |
/// | `BatchToggleVoicePrintSwitchStatus` | `POST /v1.0/minutes/voicePrint/switches/batchToggle` | `batch_toggle_voice_print_switch_status` | 批量设置声纹开关状态 |
/// | `CreateMinutesByUploadFile` | `POST /v1.0/minutes/flashMinutes/createMinutesByUploadFile` | `create_minutes_by_upload_file` | 从上传的媒体文件创建闪记 |
/// | `CreateSmartDeviceAiSummary` | `POST /v1.0/minutes/smartdevice/aisummary/create` | `create_smart_device_ai_summary` | 创建DingTalkA1小助理分析 |
/// | `DeleteMinutes` | `DELETE /v1.0/minutes/flashMinutes/tasks/{taskUuid}` | `delete_minutes` | 删除闪记 |
/// | `DeleteMinutesMedia` | `POST /v1.0/minutes/flashMinutes/deleteMedia` | `delete_minutes_media` | 删除听记音视频文件释放存储空间 |
/// | `ExportMinutesTaskResult` | `POST /v1.0/minutes/flashMinutes/minutesTask/export` | `export_minutes_task_result` | 导出闪记任务结果 |
/// | `GenerateSummary` | `POST /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary` | `generate_summary` | 生成摘要 |
/// | `ListMinutesAttachments` | `GET /v1.0/minutes/{taskUuid}/attachments` | `list_minutes_attachments` | 查询听记笔记内容 |
/// | `MoveOutTempStorage` | `POST /v1.0/minutes/flashMinutes/moveOutTempStorage` | `move_out_temp_storage` | 移动临时存储听记到正式存储 |
/// | `OpenQueryMinutesSummary` | `GET /v1.0/minutes/flashMinutes/queryMinutesSummary` | `open_query_minutes_summary` | 查询闪记摘要 |
/// | `QueryBizMinutes` | `GET /v1.0/minutes/flashMinutes/queryBizMinutes` | `query_biz_minutes` | 查询闪会、文档等来源的闪记列表 |
/// | `QueryCreateMinutesList` | `GET /v1.0/minutes/flashMinutes/createLists` | `query_create_minutes_list` | 查询自己创建的闪记列表 |
/// | `QueryMinutesBasicInfo` | `GET /v1.0/minutes/flashMinutes/queryMinutesBasicInfo` | `query_minutes_basic_info` | 查询闪记基本信息 |
/// | `QueryMinutesChapters` | `GET /v1.0/minutes/flashMinutes/{taskUuid}/chapters` | `query_minutes_chapters` | 查询听记智能章节列表 |
/// | `QueryMinutesKeyword` | `GET /v1.0/minutes/flashMinutes/{taskUuid}/keywords` | `query_minutes_keyword` | 查询闪记关键字 |
/// | `QueryMinutesPlayInfo` | `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/playInfos` | `query_minutes_play_info` | 查询闪记媒体播放信息 |
/// | `QueryMinutesShareList` | `GET /v1.0/minutes/flashMinutes/shareLists` | `query_minutes_share_list` | 获取与我共享闪记列表 |
/// | `QueryMinutesStatus` | `GET /v1.0/minutes/flashMinutes/{taskUuid}/taskStatus` | `query_minutes_status` | 查询闪记状态 |
/// | `QueryMinutesText` | `GET /v1.0/minutes/flashMinutes/{taskUuid}/textInfos` | `query_minutes_text` | 查询闪记转写文本内容 |
/// | `QueryMinutesTodo` | `GET /v1.0/minutes/flashMinutes/{taskUuid}/todos` | `query_minutes_todo` | 查询闪记待办 |
/// | `QueryOrgDiyTemplates` | `GET /v1.0/minutes/flashMinutes/diyTemplates/orgDeclared` | `query_org_diy_templates` | 查询企业所有自定义纪要模板列表 |
/// | `QueryScheduleConfMinutes` | `GET /v1.0/minutes/flashMinutes/scheduleConference/{scheduleConferenceId}/minutes` | `query_schedule_conf_minutes` | 查询预约会议闪记列表 |
/// | `QuerySmartDeviceAiSceneById` | `POST /v1.0/minutes/smartdevice/aiscene` | `query_smart_device_ai_scene_by_id` | 查询A1分析小助理 |
/// | `QuerySmartDeviceAiScenePromptTemplateByIds` | `POST /v1.0/minutes/smartdevice/aiscene/promptTemplate` | `query_smart_device_ai_scene_prompt_template_by_ids` | 查询A1分析小助理能力模板 |
/// | `QuerySmartDeviceAiSummary` | `POST /v1.0/minutes/smartdevice/aisummary` | `query_smart_device_ai_summary` | 查询DingTalkA1小助理分析 |
/// | `QuerySummaryWithTemplate` | `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary/template` | `query_summary_with_template` | 根据模板id查询摘要 |
/// | `QueryUploadVideoPlayInfo` | `GET /v1.0/minutes/flashMinutes/uploadVideos/{videoId}/playInfos` | `query_upload_video_play_info` | 查询上传视频播放信息 |
/// | `QueryUserAvailableDiyTemplates` | `GET /v1.0/minutes/flashMinutes/diyTemplates/userAvailable` | `query_user_available_diy_templates` | 查询用户可见的企业自定义纪要模版列表 |
/// | `QueryUserMinutesPermission` | `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/permissions/{unionId}` | `query_user_minutes_permission` | 查询指定用户对某篇听记的权限 |
/// | `RegenerateChapters` | `POST /v1.0/minutes/chapters/regenerate` | `regenerate_chapters` | 重新生成听记智能章节 |
/// | `SetA1DetailPageCustomTab` | `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/a1CustomTabs` | `set_a1_detail_page_custom_tab` | 自定义A1相关听记详情页tab |
/// | `SetDetailPageCustomTab` | `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/customTabs` | `set_detail_page_custom_tab` | 自定义听记详情页tab |
/// | `SetInProgressCustomTabs` | `PUT /v1.0/minutes/apps/settings/inProgressTabs` | `set_in_progress_custom_tabs` | 配置应用在听记录制页的自定义Tab |
/// | `SetMinutesTodosVisible` | `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/todosVisible` | `set_minutes_todos_visible` | 设置AI纪要待办模块可见性 |
/// | `UpdateMinutesTitle` | `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/titles` | `update_minutes_title` | 更新闪记标题 |
/// | `UpdatePermission` | `PUT /v1.0/minutes/{taskUuid}/permission` | `update_permission` | 更新听记权限 |
///
/// # `notable_1_0`: AI 表格 (Notable)：原多维表；数据表、记录、字段、权限与工作流。
///
/// Feature `notable_1_0`; `client.notable_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddRoleMember` | `POST /v1.0/notable/auth/role/member/{baseId}` | `add_role_member` | 添加角色成员 |
/// | `ChangeSwitch` | `PUT /v1.0/notable/auth/{baseId}` | `change_switch` | 修改高级权限设置开关 |
/// | `CopyWorkflow` | `POST /v1.0/notable/bases/{baseId}/workflows/copy` | `copy_workflow` | 复制工作流 |
/// | `CreateField` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields` | `create_field` | 新增数据表字段 |
/// | `CreateRole` | `POST /v1.0/notable/auth/role/{baseId}` | `create_role` | 创建角色 |
/// | `CreateSheet` | `POST /v1.0/notable/bases/{baseId}/sheets` | `create_sheet` | 创建数据表 |
/// | `DeleteField` | `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}` | `delete_field` | 删除数据表字段 |
/// | `DeleteRecords` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete` | `delete_records` | 删除数据表多行记录 |
/// | `DeleteRole` | `DELETE /v1.0/notable/auth/role/{baseId}` | `delete_role` | 删除角色 |
/// | `DeleteSheet` | `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `delete_sheet` | 删除数据表 |
/// | `DeleteWorkflow` | `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/delete` | `delete_workflow` | 删除工作流 |
/// | `DisableWorkflow` | `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/disable` | `disable_workflow` | 关闭工作流 |
/// | `EnableWorkflow` | `POST /v1.0/notable/bases/{baseId}/workflows/{flowId}/enable` | `enable_workflow` | 启动单个工作流 |
/// | `ExecuteImport` | `POST /v1.0/notable/bases/{baseId}/import/execute` | `execute_import` | 触发加密导入 |
/// | `GetAllFields` | `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields` | `get_all_fields` | 获取所有字段 |
/// | `GetAllSheets` | `GET /v1.0/notable/bases/{baseId}/sheets` | `get_all_sheets` | 获取所有数据表 |
/// | `GetImportEncryptPublicKey` | `GET /v1.0/notable/import/encryptPublicKey` | `get_import_encrypt_public_key` | 获取加密导入 RSA 公钥 |
/// | `GetRecord` | `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}` | `get_record` | 获取记录 |
/// | `GetRecords` | `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `get_records` | 获取多行记录 |
/// | `GetSheet` | `GET /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `get_sheet` | 获取数据表 |
/// | `GetSwitch` | `GET /v1.0/notable/auth/{baseId}` | `get_switch` | 获取高级权限设置开关 |
/// | `GetUserDocRoles` | `GET /v1.0/notable/auth/role/{baseId}` | `get_user_doc_roles` | 获取指定用户的高级权限角色配置列表 |
/// | `InsertRecords` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `insert_records` | 新增记录 |
/// | `ListRecords` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/list` | `list_records` | 列出多行记录 |
/// | `ListWorkflows` | `POST /v1.0/notable/bases/{baseId}/workflows` | `list_workflows` | 查询自动化工作流列表 |
/// | `MarkExternalAuthControlledSheet` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark` | `mark_external_auth_controlled_sheet` | 标记外部权限受控 Sheet |
/// | `PrepareImportUpload` | `POST /v1.0/notable/bases/{baseId}/import/uploadUrl` | `prepare_import_upload` | 申请加密导入上传链接 |
/// | `PrepareSetRichText` | `POST /v1.0/notable/bases/{baseId}/prepareSetRichText` | `prepare_set_rich_text` | 富文本值预处理 |
/// | `QueryChangedRecordIdsByClientToken` | `POST /v1.0/notable/bases/{baseId}/changedRecordIds/query` | `query_changed_record_ids_by_client_token` | 根据 clientToken 查询变更记录 ID |
/// | `QueryDocAllRoles` | `GET /v1.0/notable/auth/role/member/{baseId}` | `query_doc_all_roles` | 查询文档所有角色和角色成员 |
/// | `QueryExternalAuthControlledSheets` | `GET /v1.0/notable/bases/{baseId}/externalAuth/sheets` | `query_external_auth_controlled_sheets` | 查询外部权限受控 Sheet 列表 |
/// | `QueryImportStatus` | `GET /v1.0/notable/bases/{baseId}/import/status` | `query_import_status` | 查询导入会话状态 |
/// | `RebuildRoleMembers` | `PUT /v1.0/notable/auth/role/member/{baseId}` | `rebuild_role_members` | 重建角色成员 |
/// | `TruncateSheetRecords` | `POST /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/truncate` | `truncate_sheet_records` | 清空表格记录 |
/// | `UnmarkExternalAuthControlledSheet` | `DELETE /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/externalAuth/mark` | `unmark_external_auth_controlled_sheet` | 取消标记外部权限受控 Sheet |
/// | `UpdateField` | `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}` | `update_field` | 更新数据表字段 |
/// | `UpdateRecords` | `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `update_records` | 更新数据表多行记录 |
/// | `UpdateRole` | `PUT /v1.0/notable/auth/role/{baseId}` | `update_role` | 更新角色 |
/// | `UpdateSheet` | `PUT /v1.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `update_sheet` | 更新数据表 |
///
/// # `notable_2_0`: AI 表格 2.0 (Notable 2.0)：数据表与字段。
///
/// Feature `notable_2_0`; `client.notable_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateField` | `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields` | `create_field` | 新增数据表字段 |
/// | `CreateSheet` | `POST /v2.0/notable/bases/{baseId}/sheets` | `create_sheet` | 创建数据表 |
/// | `DeleteField` | `DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}` | `delete_field` | 删除数据表字段 |
/// | `DeleteRecords` | `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/delete` | `delete_records` | 删除数据表多行记录 |
/// | `DeleteSheet` | `DELETE /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `delete_sheet` | 删除数据表 |
/// | `GetAllFields` | `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields` | `get_all_fields` | 获取所有字段 |
/// | `GetAllSheets` | `GET /v2.0/notable/bases/{baseId}/sheets` | `get_all_sheets` | 获取所有数据表 |
/// | `GetRecord` | `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records/{recordId}` | `get_record` | 获取记录 |
/// | `GetRecords` | `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `get_records` | 获取多行记录 |
/// | `GetSheet` | `GET /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `get_sheet` | 获取数据表 |
/// | `InsertRecords` | `POST /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `insert_records` | 新增记录 |
/// | `UpdateField` | `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/fields/{fieldIdOrName}` | `update_field` | 更新数据表字段 |
/// | `UpdateRecords` | `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}/records` | `update_records` | 更新数据表多行记录 |
/// | `UpdateSheet` | `PUT /v2.0/notable/bases/{baseId}/sheets/{sheetIdOrName}` | `update_sheet` | 更新数据表 |
///
/// # `oapi_contact`: 通讯录读取(旧版服务端 API，`oapi.dingtalk.com`):用户详情、子部门、部门用户 userid 列表、免登码换 userid。
///
/// Feature `oapi_contact`; `client.oapi_contact()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetUser` | `POST /topapi/v2/user/get` | `get_user` | 查询用户详情 |
/// | `ListSubDepartments` | `POST /topapi/v2/department/listsub` | `list_sub_departments` | 获取部门列表(下一级子部门) |
/// | `ListUserIds` | `POST /topapi/user/listid` | `list_user_ids` | 获取部门用户 userid 列表 |
/// | `GetUserInfoByCode` | `POST /topapi/v2/user/getuserinfo` | `get_user_info_by_code` | 通过免登码获取用户信息 |
///
/// # `oapi_media`: 媒体文件(旧版服务端 API，`oapi.dingtalk.com`):上传图片、语音、普通文件和视频，得到 `media_id`，用于工作通知(`oapi_message`)的 image、voice、file 消息和机器人消息(`robot_1_0` 的 sampleImageMsg、sampleAudio、sampleFile)。
///
/// Feature `oapi_media`; `client.oapi_media()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `UploadMedia` | `POST /media/upload` | `upload_media` | 上传媒体文件 |
///
/// # `oapi_message`: 工作通知(旧版服务端 API，`oapi.dingtalk.com`):以应用身份发送到“工作通知”会话，查询发送进度与结果，撤回。
///
/// Feature `oapi_message`; `client.oapi_message()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AsyncSendV2` | `POST /topapi/message/corpconversation/asyncsend_v2` | `async_send_v2` | 发送工作通知 |
/// | `GetSendProgress` | `POST /topapi/message/corpconversation/getsendprogress` | `get_send_progress` | 获取工作通知消息的发送进度 |
/// | `GetSendResult` | `POST /topapi/message/corpconversation/getsendresult` | `get_send_result` | 获取工作通知消息的发送结果 |
/// | `Recall` | `POST /topapi/message/corpconversation/recall` | `recall` | 撤回工作通知消息 |
///
/// # `oauth2_1_0`: 身份验证 (OAuth 2.0)：访问凭证、用户凭证与 jsapi ticket。
///
/// Feature `oauth2_1_0`; `client.oauth2_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateJsapiTicket` | `POST /v1.0/oauth2/jsapiTickets` | `create_jsapi_ticket` | 生成jsapi ticket |
/// | `GetAccessToken` | `POST /v1.0/oauth2/accessToken` | `get_access_token` | 获取企业accessToken(企业内部应用) |
/// | `GetAuthInfo` | `GET /v1.0/oauth2/apps/authInfo` | `get_auth_info` | 获取企业开通应用后的授权信息 |
/// | `GetCorpAccessToken` | `POST /v1.0/oauth2/corpAccessToken` | `get_corp_access_token` | 获取企业accessToken(应用商店应用) |
/// | `GetPersonalAuthRule` | `GET /v1.0/oauth2/authRules/user` | `get_personal_auth_rule` | 查询个人授权记录 |
/// | `GetSsoAccessToken` | `POST /v1.0/oauth2/ssoAccessToken` | `get_sso_access_token` | 生成微应用管理后台accessToken |
/// | `GetSsoUserInfo` | `GET /v1.0/oauth2/ssoUserInfo` | `get_sso_user_info` | 查询微应用后台免登的用户信息 |
/// | `GetSuiteAccessToken` | `POST /v1.0/oauth2/suiteAccessToken` | `get_suite_access_token` | 获取isvAccessToken（三方企业应用） |
/// | `GetToken` | `POST /v1.0/oauth2/{corpId}/token` | `get_token` | 获取Access Token |
/// | `GetUserToken` | `POST /v1.0/oauth2/userAccessToken` | `get_user_token` | 获取用户token |
/// | `KickoffByDeviceId` | `POST /v1.0/oauth2/kickoffByDeviceId` | `kickoff_by_device_id` | 根据 deviceId 将设备踢出登录 |
///
/// # `occupationauth_1_0`: 数字化管理师 (Occupation Auth)：认证的用户任务状态。
///
/// Feature `occupationauth_1_0`; `client.occupationauth_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CheckUserTaskStatus` | `POST /v1.0/occupationauth/auths/userTasks` | `check_user_task_status` | 检查用户任务状态 |
/// | `CheckUserTasksStatus` | `POST /v1.0/occupationauth/userTasks/check` | `check_user_tasks_status` | 检查用户任务状态 |
///
/// # `okr_1_0`: OKR：目标、对齐与权限。
///
/// Feature `okr_1_0`; `client.okr_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AlignObjective` | `POST /v1.0/okr/objectives/{objectiveId}/alignments` | `align_objective` | 增加对齐目标 |
/// | `BatchAddPermission` | `POST /v1.0/okr/permissions/batch` | `batch_add_permission` | 批量添加权限信息 |
/// | `BatchQueryObjective` | `POST /v1.0/okr/objectives/query` | `batch_query_objective` | 批量查询目标 |
/// | `BatchQueryUser` | `POST /v1.0/okr/users/query` | `batch_query_user` | 批量查询用户信息 |
/// | `CreateKeyResult` | `POST /v1.0/okr/keyResults` | `create_key_result` | 创建keyResult |
/// | `CreateObjective` | `POST /v1.0/okr/objectives` | `create_objective` | 创建目标 |
/// | `DeleteKeyResult` | `DELETE /v1.0/okr/keyResults` | `delete_key_result` | 删除keyresult的方法 |
/// | `DeleteObjective` | `DELETE /v1.0/okr/objectives/{objectiveId}` | `delete_objective` | 删除目标 |
/// | `DeletePermission` | `DELETE /v1.0/okr/permissions/delete` | `delete_permission` | 删除权限信息 |
/// | `GetPeriodList` | `GET /v1.0/okr/periods` | `get_period_list` | 获取周期列表 |
/// | `GetPermission` | `GET /v1.0/okr/permissions` | `get_permission` | 获取权限信息 |
/// | `GetUserOkr` | `GET /v1.0/okr/users/okrs` | `get_user_okr` | 获取用户当前周期下的全部 OKR 内容 |
/// | `OkrObjectivesBatch` | `POST /v1.0/okr/pro/objectives/query` | `okr_objectives_batch` | 批量查询OKR |
/// | `OkrObjectivesByUser` | `GET /v1.0/okr/pro/users/{dingUserId}/objectives` | `okr_objectives_by_user` | 查询单个用户的OKR |
/// | `OkrPeriods` | `GET /v1.0/okr/pro/periods` | `okr_periods` | 获取 OKR 周期 |
/// | `UnAlignObjective` | `POST /v1.0/okr/objectives/{objectiveId}/alignments/cancel` | `un_align_objective` | 取消对齐Objective |
/// | `UpdateKROfContent` | `PUT /v1.0/okr/keyResults/contents` | `update_kr_of_content` | 更改KR内容 |
/// | `UpdateKROfScore` | `PUT /v1.0/okr/keyResults/scores` | `update_kr_of_score` | 更改KR分数 |
/// | `UpdateKROfWeight` | `PUT /v1.0/okr/keyResults/weights` | `update_kr_of_weight` | 更改 KR 权重 |
/// | `UpdateObjective` | `PUT /v1.0/okr/objectives/{objectiveId}` | `update_objective` | 更新目标 |
/// | `UpdatePrivacy` | `PUT /v1.0/okr/permissions/privacies` | `update_privacy` | 更新资源隐私策略 |
///
/// # `org_culture_1_0`: 组织文化 (Org Culture)：积分与荣誉勋章。
///
/// Feature `org_culture_1_0`; `client.org_culture_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AssignOrgHoldingToEmpHoldingBatch` | `POST /v1.0/orgCulture/organizations/points/assign` | `assign_org_holding_to_emp_holding_batch` | 批量发放积分或额度 |
/// | `ConsumeUserPoints` | `POST /v1.0/orgCulture/users/{userId}/points/deduct` | `consume_user_points` | 扣减员工积分 |
/// | `CreateOrgHonor` | `POST /v1.0/orgCulture/honors/templates` | `create_org_honor` | 创建荣誉勋章模板 |
/// | `DeductionPointBatch` | `POST /v1.0/orgCulture/users/points/deduct` | `deduction_point_batch` | 批量扣减积分 |
/// | `ExportPointOpen` | `POST /v1.0/orgCulture/users/points/export` | `export_point_open` | 积分榜单导出 |
/// | `GrantHonor` | `POST /v1.0/orgCulture/honors/{honorId}/grant` | `grant_honor` | 授予荣誉 异步执行 |
/// | `QueryCorpPoints` | `GET /v1.0/orgCulture/organizations/points` | `query_corp_points` | 查询当前企业下可兑换的积分 |
/// | `QueryEmpPointDetails` | `GET /v1.0/orgCulture/points/empDetails` | `query_emp_point_details` | 查询个人积分使用明细 |
/// | `QueryOrgHonors` | `GET /v1.0/orgCulture/organizations/honors` | `query_org_honors` | 获取组织荣誉 |
/// | `QueryOrgPointDetails` | `GET /v1.0/orgCulture/points/orgDetails` | `query_org_point_details` | 查询组织发放扣除积分明细 |
/// | `QueryPointActionAutoAssignRule` | `GET /v1.0/orgCulture/users/points/actionRules` | `query_point_action_auto_assign_rule` | 查询积分自动发放行为规则 |
/// | `QueryPointAutoIssueSetting` | `GET /v1.0/orgCulture/users/points` | `query_point_auto_issue_setting` | 每月自动发放额度查询 |
/// | `QueryUserHonors` | `GET /v1.0/orgCulture/honors/users/{userId}` | `query_user_honors` | 查询员工已获得的组织荣誉列表 |
/// | `QueryUserPoints` | `GET /v1.0/orgCulture/users/{userId}/points` | `query_user_points` | 查询员工已获得的积分 |
/// | `RecallHonor` | `POST /v1.0/orgCulture/honors/{honorId}/recall` | `recall_honor` | 撤销员工获得的荣誉勋章 |
/// | `UpdateAutoIssuePoint` | `POST /v1.0/orgCulture/users/points/set` | `update_auto_issue_point` | 每月自动发放额度修改 |
/// | `UpdatePointActionAutoAssignRule` | `PUT /v1.0/orgCulture/users/points/actionRules` | `update_point_action_auto_assign_rule` | 修改积分系统行为规则 |
/// | `WearOrgHonor` | `POST /v1.0/orgCulture/honors/{honorId}/wear` | `wear_org_honor` | 佩戴/卸下荣誉勋章 |
///
/// # `package_1_0`: 应用离线包 (Packages)：企业自建应用的 H5 离线包。
///
/// Feature `package_1_0`; `client.package_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CloseHPackage` | `POST /v1.0/package/h5/microApps/close` | `close_h_package` | 关闭企业自建应用H5离线包 |
/// | `GetUploadToken` | `GET /v1.0/package/uploadTokens` | `get_upload_token` | 获取离线包上传凭证 |
/// | `HPackageListGet` | `GET /v1.0/package/h5/versions` | `h_package_list_get` | 获取H5离线包版本列表 |
/// | `HPublishPackage` | `POST /v1.0/package/h5/publish` | `h_publish_package` | 发布离线包 |
/// | `HUploadPackage` | `POST /v1.0/package/h5/asyncUpload` | `h_upload_package` | 上传H5离线包 |
/// | `HUploadPackageStatus` | `GET /v1.0/package/h5/uploadStatus` | `h_upload_package_status` | 上传H5离线包进度 |
/// | `OpenMicroAppPackage` | `POST /v1.0/package/h5/microApps/open` | `open_micro_app_package` | 开启企业自建应用H5离线包 |
/// | `ReleaseGrayDeploy` | `POST /v1.0/package/greys/deploy` | `release_gray_deploy` | 发布离线包到灰度 |
/// | `ReleaseGrayExit` | `POST /v1.0/package/greys/exit` | `release_gray_exit` | 退出灰度 |
/// | `ReleaseGrayOrgGet` | `GET /v1.0/package/greys/organizations` | `release_gray_org_get` | 获取企业灰度白名单 |
/// | `ReleaseGrayOrgSet` | `POST /v1.0/package/greys/organizations/release` | `release_gray_org_set` | 设置企业灰度白名单 |
/// | `ReleaseGrayPercentGet` | `GET /v1.0/package/greys/users/percents` | `release_gray_percent_get` | 获取灰度离线包百分比值 |
/// | `ReleaseGrayPercentSet` | `POST /v1.0/package/greys/users/percents/release` | `release_gray_percent_set` | 设置灰度离线包百分比值 |
/// | `ReleaseGrayUserIdGet` | `GET /v1.0/package/greys/users` | `release_gray_user_id_get` | 获取用户灰度名单 |
///
/// # `pedia_1_0`: 企业百科 (Pedia)：企业百科词条。
///
/// Feature `pedia_1_0`; `client.pedia_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `PediaWordsAdd` | `POST /v1.0/pedia/words` | `pedia_words_add` | 企业百科增加当前企业词条信息 |
/// | `PediaWordsApprove` | `POST /v1.0/pedia/words/approve` | `pedia_words_approve` | 企业百科针对待审核词条进行审核 |
/// | `PediaWordsDelete` | `DELETE /v1.0/pedia/words` | `pedia_words_delete` | 企业百科针对uuid删除当前词条 |
/// | `PediaWordsQuery` | `POST /v1.0/pedia/words/query` | `pedia_words_query` | 根据词条主键ID查询当前词条详情 |
/// | `PediaWordsSearch` | `POST /v1.0/pedia/words/search` | `pedia_words_search` | 分页获取企业词条信息 |
/// | `PediaWordsUpdate` | `PUT /v1.0/pedia/words` | `pedia_words_update` | 企业百科对当前已经生效词条进行编辑 |
///
/// # `project_1_0`: 项目管理 (Teambition Projects)：项目、任务与成员。
///
/// Feature `project_1_0`; `client.project_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddProjectMember` | `POST /v1.0/project/users/{userId}/projects/{projectId}/members` | `add_project_member` | 增加项目成员 |
/// | `ArchiveProject` | `POST /v1.0/project/users/{userId}/projects/{projectId}/archive` | `archive_project` | 项目放入回收站 |
/// | `ArchiveTask` | `POST /v1.0/project/users/{userId}/tasks/{taskId}/archive` | `archive_task` | 任务迁移至回收站 |
/// | `CreateOrganizationTask` | `POST /v1.0/project/organizations/users/{userId}/tasks` | `create_organization_task` | 创建自由任务 |
/// | `CreatePlanTime` | `POST /v1.0/project/users/{userId}/planTimes` | `create_plan_time` | 录入计划工时 |
/// | `CreateProject` | `POST /v1.0/project/users/{userId}/projects` | `create_project` | 创建项目 |
/// | `CreateProjectByTemplate` | `POST /v1.0/project/users/{userId}/templates/projects` | `create_project_by_template` | 根据项目模板创建项目 |
/// | `CreateProjectCustomfieldStatus` | `PUT /v1.0/project/users/{userId}/projects/{projectId}/customfields` | `create_project_customfield_status` | 创建或更新项目概览中自定义字段值 |
/// | `CreateTask` | `POST /v1.0/project/users/{userId}/tasks` | `create_task` | 创建项目任务 |
/// | `CreateTaskObjectLink` | `POST /v1.0/project/users/{userId}/tasks/{taskId}/objectLinks` | `create_task_object_link` | 创建任务关联对象 |
/// | `CreateWorkTime` | `POST /v1.0/project/users/{userId}/workTimes` | `create_work_time` | 录入实际工时接口 |
/// | `CreateWorkTimeApprove` | `POST /v1.0/project/users/{userId}/workTimes/approvals` | `create_work_time_approve` | 创建实际工时审批对象。 |
/// | `DeleteProjectMember` | `POST /v1.0/project/users/{userId}/projects/{projectId}/members/remove` | `delete_project_member` | 删除项目成员 |
/// | `DeleteTask` | `DELETE /v1.0/project/users/{userId}/tasks/{taskId}` | `delete_task` | 删除任务 |
/// | `GetDeptsByOrgId` | `GET /v1.0/project/orgs/depts` | `get_depts_by_org_id` | 根据企业Id获取部门 |
/// | `GetEmpsByOrgId` | `GET /v1.0/project/orgs/employees` | `get_emps_by_org_id` | 根据企业Id获取企业内的员工信息 |
/// | `GetOrganizatioTaskByIds` | `GET /v1.0/project/organizations/users/{userId}/tasks` | `get_organizatio_task_by_ids` | 批量获取任务详情 |
/// | `GetOrganizationPriorityList` | `GET /v1.0/project/organizations/users/{userId}/priorities` | `get_organization_priority_list` | 获取企业优先级列表 |
/// | `GetOrganizationTask` | `GET /v1.0/project/organizations/users/{userId}/tasks/{taskId}` | `get_organization_task` | 获取自由任务详情 |
/// | `GetProjectGroup` | `GET /v1.0/project/organizations/users/{userId}/groups` | `get_project_group` | 查询可见的项目分组 |
/// | `GetProjectMemebers` | `GET /v1.0/project/users/{userId}/projects/{projectId}/members` | `get_project_memebers` | 获取项目成员 |
/// | `GetProjectStatusList` | `GET /v1.0/project/users/{userId}/projects/{projectId}/statuses` | `get_project_status_list` | 查询项目状态 |
/// | `GetTaskByIds` | `GET /v1.0/project/users/{userId}/tasks` | `get_task_by_ids` | 获取任务详情 |
/// | `GetTbOrgIdByDingOrgId` | `GET /v1.0/project/teambition/organizations` | `get_tb_org_id_by_ding_org_id` | 获取Teambition企业Id |
/// | `GetTbProjectGray` | `POST /v1.0/project/projects/gray` | `get_tb_project_gray` | 获取项目灰度标 |
/// | `GetTbProjectSource` | `POST /v1.0/project/projects/source` | `get_tb_project_source` | 获取项目来源 |
/// | `GetTbUserIdByStaffId` | `GET /v1.0/project/teambition/users` | `get_tb_user_id_by_staff_id` | 根据钉钉UserId获取Teambition用户Id |
/// | `GetUserJoinedProject` | `GET /v1.0/project/users/{userId}/joinProjects` | `get_user_joined_project` | 获取用户加入的项目 |
/// | `QueryProject` | `POST /v1.0/project/users/{userId}/projects/query` | `query_project` | 查询项目 |
/// | `QueryTaskOfProject` | `GET /v1.0/project/users/{userId}/projectIds/{projectId}/tasks` | `query_task_of_project` | 查询项目中的任务 |
/// | `SeachTaskStage` | `POST /v1.0/project/users/{userId}/projects/{projectId}/taskStages/search` | `seach_task_stage` | 获取任务列表 |
/// | `SearchAllTasksByTql` | `POST /v1.0/project/users/{userId}/tql/tasks/search` | `search_all_tasks_by_tql` | 通过TQL搜索自由任务和项目任务ID。 |
/// | `SearchOranizationCustomfield` | `POST /v1.0/project/organizations/users/{userId}/customfields/search` | `search_oranization_customfield` | 查询企业自定义字段 |
/// | `SearchProjectCustomfield` | `POST /v1.0/project/users/{userId}/projects/{projectId}/customfields/search` | `search_project_customfield` | 查询项目自定义字段 |
/// | `SearchProjectTemplate` | `GET /v1.0/project/organizations/users/{userId}/templates` | `search_project_template` | 按项目模板名字搜索企业自定义模板 |
/// | `SearchTaskFlow` | `POST /v1.0/project/users/{userId}/projects/{projectId}/taskflows/search` | `search_task_flow` | 查询任务工作流 |
/// | `SearchTaskList` | `POST /v1.0/project/users/{userId}/projects/{projectId}/taskLists/search` | `search_task_list` | 查询任务分组 |
/// | `SearchTaskflowStatus` | `GET /v1.0/project/users/{userId}/projects/{projectId}/taskflowStatuses/search` | `search_taskflow_status` | 搜索任务工作流状态 |
/// | `SearchUserTask` | `POST /v1.0/project/users/{userId}/tasks/search` | `search_user_task` | 查询用户任务列表 |
/// | `SuspendProject` | `POST /v1.0/project/users/{userId}/projects/{projectId}/suspend` | `suspend_project` | 归档项目 |
/// | `UnSuspendProject` | `POST /v1.0/project/users/{userId}/projects/{projectId}/unsuspend` | `un_suspend_project` | 恢复项目归档 |
/// | `UpdateCustomfieldValue` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/customFields` | `update_customfield_value` | 更新任务自定义字段的值 |
/// | `UpdateOrganizationTaskContent` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/contents` | `update_organization_task_content` | 更改自由任务标题 |
/// | `UpdateOrganizationTaskDueDate` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/dueDates` | `update_organization_task_due_date` | 更新自由任务截止时间 |
/// | `UpdateOrganizationTaskExecutor` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/executors` | `update_organization_task_executor` | 更改自由任务执行者 |
/// | `UpdateOrganizationTaskInvolveMembers` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/involveMembers` | `update_organization_task_involve_members` | 更新自由任务参与者 |
/// | `UpdateOrganizationTaskNote` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/notes` | `update_organization_task_note` | 更改自由任务备注 |
/// | `UpdateOrganizationTaskPriority` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/priorities` | `update_organization_task_priority` | 更新自由任务优先级 |
/// | `UpdateOrganizationTaskStatus` | `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/states` | `update_organization_task_status` | 更改自由任务状态 |
/// | `UpdateProjectGroup` | `PUT /v1.0/project/users/{userId}/projects/{projectId}/groups` | `update_project_group` | 更新项目的分组 |
/// | `UpdateTaskContent` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/contents` | `update_task_content` | 更新任务标题 |
/// | `UpdateTaskDueDate` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/dueDates` | `update_task_due_date` | 更新任务截止时间 |
/// | `UpdateTaskExecutor` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/executors` | `update_task_executor` | 更新任务执行者 |
/// | `UpdateTaskInvolvemembers` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/involveMembers` | `update_task_involvemembers` | 更新任务参与者 |
/// | `UpdateTaskNote` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/notes` | `update_task_note` | 更新任务备注 |
/// | `UpdateTaskPriority` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/priorities` | `update_task_priority` | 更新任务优先级 |
/// | `UpdateTaskStage` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/stages` | `update_task_stage` | 更新任务列表 |
/// | `UpdateTaskStartdate` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/startDates` | `update_task_startdate` | 更新任务开始时间 |
/// | `UpdateTaskTaskflowstatus` | `PUT /v1.0/project/users/{userId}/tasks/{taskId}/taskflowStatuses` | `update_task_taskflowstatus` | 更新任务工作流状态 |
/// | `UpdateWorkTimeApprove` | `PUT /v1.0/project/users/{userId}/workTimes/approvals/{approveOpenId}` | `update_work_time_approve` | 更新工时审批对象 |
///
/// # `project_integration_1_0`: 项目集成 (Project Integration)：项目事件会话与项目卡片。
///
/// Feature `project_integration_1_0`; `client.project_integration_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddAttendeeToEventGroup` | `POST /v1.0/projectIntegration/users/{userId}/eventGroups/{groupId}/members` | `add_attendee_to_event_group` | 在项目事件会话中加人 |
/// | `CreateEventGroup` | `POST /v1.0/projectIntegration/users/{userId}/eventGroups` | `create_event_group` | 创建项目事件会话 |
/// | `SendInteractiveCard` | `POST /v1.0/projectIntegration/users/{userId}/groupChatCardMessages` | `send_interactive_card` | 在群会话发送项目卡片消息 |
/// | `SendSingleInteractiveCard` | `POST /v1.0/projectIntegration/users/{userId}/singleChatCardMessages` | `send_single_interactive_card` | 单聊会话发送项目卡片消息 |
/// | `UpdateInteractiveCard` | `PUT /v1.0/projectIntegration/users/{userId}/cardMessages` | `update_interactive_card` | 更新项目卡片消息 |
///
/// # `push`: DingTalk 推送给应用的数据:机器人收到的消息、卡片回调、AI 助理(Graph)调用、事件。
///
/// Feature `push`; `client.push()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
///
/// # `rcs_call_1_0`: 免费电话 (RCS Call)：主叫方发起免费电话。
///
/// Feature `rcs_call_1_0`; `client.rcs_call_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `RunCallUser` | `POST /v1.0/rcsCall/users/call` | `run_call_user` | 主叫方发起免费电话给授权企业人员，关联订单id |
///
/// # `report_1_0`: 日志 (Reports)：日志模板、日志与统计。
///
/// Feature `report_1_0`; `client.report_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateTemplates` | `POST /v1.0/report/templates` | `create_templates` | 创建模板 |
/// | `GetSendAndReceiveReportList` | `GET /v1.0/report/users/sendAndReceiveLists` | `get_send_and_receive_report_list` | 查询员工提交和收到的日志列表 |
/// | `GetSubmitStatistics` | `GET /v1.0/report/submitStatisticalResults` | `get_submit_statistics` | 获取指定周期的提交统计结果 |
/// | `QueryRemindResults` | `GET /v1.0/report/statisticalRules/results` | `query_remind_results` | 获取创建的统计规则信息 |
/// | `QueryReportDetail` | `GET /v1.0/report/details` | `query_report_detail` | 获取日志详情 |
///
/// # `resident_1_0`: 数字乡村 (Residents)：居民积分、小区与住户、行业角色。
///
/// Feature `resident_1_0`; `client.resident_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddPoint` | `POST /v1.0/resident/points` | `add_point` | 增加积分 |
/// | `AddResidentDepartment` | `POST /v1.0/resident/departments` | `add_resident_department` | 增加组户 |
/// | `AddResidentMember` | `POST /v1.0/resident/members` | `add_resident_member` | 添加小区成员 |
/// | `AddResidentUsers` | `POST /v1.0/resident/users` | `add_resident_users` | 新增居民 |
/// | `CreateResidentBlackBoard` | `POST /v1.0/resident/blackboards` | `create_resident_black_board` | 创建小区公告 |
/// | `CreateSpace` | `POST /v1.0/resident/spaces` | `create_space` | 创建小区空间，含分区，楼栋，单元，房屋等 |
/// | `DeleteResidentBlackBoard` | `DELETE /v1.0/resident/blackboards` | `delete_resident_black_board` | 删除小区公告 |
/// | `DeleteResidentDepartment` | `DELETE /v1.0/resident/departments` | `delete_resident_department` | 删除组户信息 |
/// | `DeleteSpace` | `POST /v1.0/resident/spaces/remove` | `delete_space` | 删除小区空间，含分区，楼栋，单元，房屋 |
/// | `GetConversationId` | `GET /v1.0/resident/conversations` | `get_conversation_id` | 获取指定群的openConversationId |
/// | `GetIndustryType` | `GET /v1.0/resident/organizations/industryTypes` | `get_industry_type` | 获取组织的行业类型 |
/// | `GetPropertyInfo` | `GET /v1.0/resident/propertyInfos` | `get_property_info` | 获取物业公司信息 |
/// | `GetResidentInfo` | `GET /v1.0/resident/residentInfos` | `get_resident_info` | 获取小区信息 |
/// | `GetResidentMembersInfo` | `POST /v1.0/resident/residences/query` | `get_resident_members_info` | 获取小区人员信息，包括居民和物业人员 |
/// | `GetSpaceIdByType` | `GET /v1.0/resident/spaces/types` | `get_space_id_by_type` | 根据类型获取部门id |
/// | `GetSpacesInfo` | `POST /v1.0/resident/spaces/query` | `get_spaces_info` | 获取空间信息 |
/// | `ListIndustryRoleUsers` | `GET /v1.0/resident/industryRoles/users` | `list_industry_role_users` | 获取行业角色下的用户列表 |
/// | `ListPointRules` | `GET /v1.0/resident/points/rules` | `list_point_rules` | 查询组织维度配置的的积分规则 |
/// | `ListSubSpace` | `GET /v1.0/resident/spaces/subSpaces` | `list_sub_space` | 获取子空间信息 |
/// | `ListUncheckUsers` | `GET /v1.0/resident/organizations/noJoinUsers` | `list_uncheck_users` | 获取未确认加入组织的用户 |
/// | `ListUserIndustryRoles` | `GET /v1.0/resident/users/industryRoles` | `list_user_industry_roles` | 获取用户行业化角色 |
/// | `PagePointHistory` | `GET /v1.0/resident/points/records` | `page_point_history` | 查询数字区县居民积分流水 |
/// | `RemoveResidentMember` | `POST /v1.0/resident/members/remove` | `remove_resident_member` | 从空间中删除人员 |
/// | `RemoveResidentUser` | `POST /v1.0/resident/users/remove` | `remove_resident_user` | 从户内移除居民 |
/// | `SearchResident` | `GET /v1.0/resident/residences` | `search_resident` | 搜索指定人员 |
/// | `UpdateResideceGroup` | `PUT /v1.0/resident/departments/updateResideceGroup` | `update_residece_group` | 更新组信息 |
/// | `UpdateResidence` | `PUT /v1.0/resident/departments/updateResidece` | `update_residence` | 更新户信息 |
/// | `UpdateResidentBlackBoard` | `PUT /v1.0/resident/blackboards` | `update_resident_black_board` | 更新小区公告 |
/// | `UpdateResidentInfo` | `PUT /v1.0/resident/residences` | `update_resident_info` | 更新小区信息 |
/// | `UpdateResidentMember` | `PUT /v1.0/resident/members` | `update_resident_member` | 更新小区成员 |
/// | `UpdateResidentUser` | `PUT /v1.0/resident/users` | `update_resident_user` | 更新居民信息 |
/// | `UpdateSpace` | `PUT /v1.0/resident/spaces` | `update_space` | 更新小区空间，含分区，楼栋，单元，房屋等信息 |
///
/// # `robot_1_0`: 机器人 (Robots)：企业机器人的消息与群内安装。
///
/// Feature `robot_1_0`; `client.robot_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddOrgRobotInstanceToGroup` | `POST /v1.0/robot/groups/orgRobots/add` | `add_org_robot_instance_to_group` | 群内安装企业机器人 |
/// | `BatchOTOQuery` | `GET /v1.0/robot/oToMessages/readStatus` | `batch_oto_query` | 批量查询人与机器人会话机器人消息是否已读 |
/// | `BatchRecallGroup` | `POST /v1.0/robot/groupMessages/batchRecall` | `batch_recall_group` | 批量撤回群聊机器人消息 |
/// | `BatchRecallOTO` | `POST /v1.0/robot/otoMessages/batchRecall` | `batch_recall_oto` | 批量撤回人与机器人会话中机器人消息 |
/// | `BatchRecallPrivateChat` | `POST /v1.0/robot/privateChatMessages/batchRecall` | `batch_recall_private_chat` | 批量撤回人与人会话中机器人消息 |
/// | `BatchSendOTO` | `POST /v1.0/robot/oToMessages/batchSend` | `batch_send_oto` | 批量发送人与机器人会话中机器人消息 |
/// | `ClearRobotPlugin` | `POST /v1.0/robot/plugins/clear` | `clear_robot_plugin` | 清空单聊机器人快捷入口 |
/// | `DeleteCustomRobot` | `POST /v1.0/robot/custom/delete` | `delete_custom_robot` | 删除自定义机器人 |
/// | `EnableCustomRobot` | `POST /v1.0/robot/custom/enable` | `enable_custom_robot` | 启用自定义机器人 |
/// | `ExecuteRobotAiSkill` | `POST /v1.0/robot/aiSkill/execute` | `execute_robot_ai_skill` | 执行机器人的AI技能 |
/// | `GetBotListInGroup` | `POST /v1.0/robot/groups/robots/query` | `get_bot_list_in_group` | 查询群内的机器人列表 |
/// | `ManageSingleChatRobotStatus` | `POST /v1.0/robot/statuses/manage` | `manage_single_chat_robot_status` | 管理机器人启用，停用状态 |
/// | `OrgGroupQuery` | `POST /v1.0/robot/groupMessages/query` | `org_group_query` | 查询企业机器人群聊消息用户已读状态 |
/// | `OrgGroupRecall` | `POST /v1.0/robot/groupMessages/recall` | `org_group_recall` | 企业机器人撤回内部群消息 |
/// | `OrgGroupSend` | `POST /v1.0/robot/groupMessages/send` | `org_group_send` | 机器人发送群聊消息 |
/// | `PrivateChatQuery` | `POST /v1.0/robot/privateChatMessages/query` | `private_chat_query` | 查询人与人会话中机器人已读消息 |
/// | `PrivateChatSend` | `POST /v1.0/robot/privateChatMessages/send` | `private_chat_send` | 人与人会话中机器人发送普通消息 |
/// | `QueryBotInstanceInGroupInfo` | `POST /v1.0/robot/groups/query` | `query_bot_instance_in_group_info` | 获取机器人所在群信息 |
/// | `QueryRobotDingReadStatus` | `POST /v1.0/robot/ding/readStatuses/query` | `query_robot_ding_read_status` | 查询机器人DING已读未读状态 |
/// | `QueryRobotInstanceInGroupInfo` | `POST /v1.0/robot/installed/groups/query` | `query_robot_instance_in_group_info` | 获取机器人所在群信息 |
/// | `QueryRobotPlugin` | `POST /v1.0/robot/plugins/query` | `query_robot_plugin` | 查询单聊机器人快捷入口 |
/// | `RobotMessageFileDownload` | `POST /v1.0/robot/messageFiles/download` | `robot_message_file_download` | 获取机器人消息中文件下载链接 |
/// | `RobotRecallDing` | `POST /v1.0/robot/ding/recall` | `robot_recall_ding` | 撤回已经发送的DING消息 |
/// | `RobotRecallEmotion` | `POST /v1.0/robot/emotion/recall` | `robot_recall_emotion` | 机器人撤回贴表情 |
/// | `RobotReplyEmotion` | `POST /v1.0/robot/emotion/reply` | `robot_reply_emotion` | 机器人贴表情 |
/// | `RobotSendDing` | `POST /v1.0/robot/ding/send` | `robot_send_ding` | 发送DING消息 |
/// | `SendRobotDingMessage` | `POST /v1.0/robot/dingMessages/send` | `send_robot_ding_message` | 机器人发送DING消息 |
/// | `SetRobotPlugin` | `POST /v1.0/robot/plugins/set` | `set_robot_plugin` | 设置单聊机器人快捷入口 |
/// | `UpdateCustomRobotOutgoing` | `POST /v1.0/robot/custom/outgoing/update` | `update_custom_robot_outgoing` | 更新自定义机器人回调地址 |
/// | `UpdateInstalledRobot` | `PUT /v1.0/robot/managements/infos` | `update_installed_robot` | 更新安装到组织的机器人信息 |
///
/// # `rooms_1_0`: 智能会议室 (Meeting Rooms)：会议室、会议室分组与预定。
///
/// Feature `rooms_1_0`; `client.rooms_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateBookingBlacklist` | `POST /v1.0/rooms/bookings/blacklist` | `create_booking_blacklist` | 创建会议室预定黑名单 |
/// | `CreateDeviceCustomTemplate` | `POST /v1.0/rooms/devices/screens/templates` | `create_device_custom_template` | 创建自定义屏幕模版 |
/// | `CreateMeetingRoom` | `POST /v1.0/rooms/meetingrooms` | `create_meeting_room` | 创建智能会议室 |
/// | `CreateMeetingRoomControlPanel` | `POST /v1.0/rooms/panels` | `create_meeting_room_control_panel` | 创建智能会议室IOT配置 |
/// | `CreateMeetingRoomGroup` | `POST /v1.0/rooms/groups` | `create_meeting_room_group` | 创建会议室分组 |
/// | `DeleteBookingBlacklist` | `POST /v1.0/rooms/bookings/blacklist/remove` | `delete_booking_blacklist` | 删除会议室预定黑名单 |
/// | `DeleteDeviceCustomTemplate` | `POST /v1.0/rooms/devices/screens/templates/remove` | `delete_device_custom_template` | 删除自定义屏幕模板 |
/// | `DeleteMeetingRoom` | `DELETE /v1.0/rooms/meetingRooms/{roomId}` | `delete_meeting_room` | 删除会议室 |
/// | `DeleteMeetingRoomControlPanel` | `POST /v1.0/rooms/panels/remove` | `delete_meeting_room_control_panel` | 删除会议室配置 |
/// | `DeleteMeetingRoomGroup` | `DELETE /v1.0/rooms/groups/{groupId}` | `delete_meeting_room_group` | 删除会议室分组 |
/// | `QueryDeviceCustomTemplate` | `GET /v1.0/rooms/devices/screens/templates/{templateId}` | `query_device_custom_template` | 查询自定义屏幕模板 |
/// | `QueryDeviceCustomTemplateList` | `GET /v1.0/rooms/devices/screens/templateLists` | `query_device_custom_template_list` | 查询自定义屏幕模板列表 |
/// | `QueryDeviceIpByCode` | `GET /v1.0/rooms/devices/shareCodes/{shareCode}` | `query_device_ip_by_code` | 根据设备投屏码查询设备ip |
/// | `QueryDeviceProperties` | `POST /v1.0/rooms/devices/properties/query` | `query_device_properties` | 查询设备属性 |
/// | `QueryMeetingRoom` | `GET /v1.0/rooms/meetingRooms/{roomId}` | `query_meeting_room` | 查询会议室详情 |
/// | `QueryMeetingRoomControlPanelList` | `GET /v1.0/rooms/panels/lists` | `query_meeting_room_control_panel_list` | 获取会议室IOT配置列表 |
/// | `QueryMeetingRoomDevice` | `GET /v1.0/rooms/devices` | `query_meeting_room_device` | 查询设备信息 |
/// | `QueryMeetingRoomGroup` | `GET /v1.0/rooms/groups/{groupId}` | `query_meeting_room_group` | 查询会议室分组信息 |
/// | `QueryMeetingRoomGroupAdmin` | `GET /v1.0/rooms/groupAdmin/{groupId}` | `query_meeting_room_group_admin` | 获取分组管理员信息 |
/// | `QueryMeetingRoomGroupList` | `GET /v1.0/rooms/groupLists` | `query_meeting_room_group_list` | 查询会议室分组列表 |
/// | `QueryMeetingRoomList` | `GET /v1.0/rooms/meetingRoomLists` | `query_meeting_room_list` | 查询会议室列表 |
/// | `RemoveSuperUserMeetingRoom` | `POST /v1.0/rooms/meetingRooms/superUsers/remove` | `remove_super_user_meeting_room` | 取消会议室高级用户模式。 |
/// | `SendCentralControl` | `POST /v1.0/rooms/central/control` | `send_central_control` | 发送Rooms中控API信令 |
/// | `SetSuperUserMeetingRoom` | `POST /v1.0/rooms/meetingRooms/superUsers/set` | `set_super_user_meeting_room` | 设置会议室成为高级用户模式。只有设置在白名单里的人员或部门，才能呼叫此会议室。 |
/// | `UpdateDeviceCustomTemplate` | `PUT /v1.0/rooms/devices/screens/templates` | `update_device_custom_template` | 更新自定义屏幕模板 |
/// | `UpdateMeetingRoom` | `PUT /v1.0/rooms/meetingRooms` | `update_meeting_room` | 更新会议室信息 |
/// | `UpdateMeetingRoomGroup` | `PUT /v1.0/rooms/groups` | `update_meeting_room_group` | 更新会议室分组 |
///
/// # `salary_1_0`: 小微薪酬 (Salary)：薪资记录、薪资组与薪资项目。
///
/// Feature `salary_1_0`; `client.salary_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetSalaryCalculation` | `GET /v1.0/salary/calculation` | `get_salary_calculation` | 小微薪酬获取薪资记录 |
/// | `GetSalaryGroup` | `GET /v1.0/salary/group` | `get_salary_group` | 小微薪酬获取薪资组 |
/// | `GetSalaryItem` | `GET /v1.0/salary/item` | `get_salary_item` | 小微薪酬获取薪资项目 |
/// | `GetSalaryItemGroup` | `GET /v1.0/salary/itemGroup` | `get_salary_item_group` | 小微薪酬获取薪资项目大类 |
/// | `ListSalaryCalculation` | `POST /v1.0/salary/calculation` | `list_salary_calculation` | 小微薪酬获取薪资记录数据 |
/// | `RevokeSalaryArchives` | `DELETE /v1.0/salary/archives` | `revoke_salary_archives` | 小微薪酬撤销定调薪数据 |
/// | `SaveSalaryArchives` | `POST /v1.0/salary/archives` | `save_salary_archives` | 小微薪酬保存定调薪数据 |
/// | `WriteSalaryCalculation` | `POST /v1.0/salary/calculation/write` | `write_salary_calculation` | 小微薪酬获取薪资记录写入 |
///
/// # `search_1_0`: 搜索 (Search)：搜索数据源与数据项。
///
/// Feature `search_1_0`; `client.search_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchInsertSearchItem` | `POST /v1.0/search/tabs/{tabId}/items/batch` | `batch_insert_search_item` | 为指定的数据源批量添加数据项 |
/// | `CreateSearchTab` | `POST /v1.0/search/tabs` | `create_search_tab` | 创建搜索数据源 |
/// | `DeleteSearchItem` | `DELETE /v1.0/search/tabs/{tabId}/items/{itemId}` | `delete_search_item` | 从指定的数据源中删除一条数据项 |
/// | `DeleteSearchTab` | `DELETE /v1.0/search/tabs/{tabId}` | `delete_search_tab` | 删除搜索数据源 |
/// | `GetSearchItem` | `GET /v1.0/search/tabs/{tabId}/items/{itemId}` | `get_search_item` | 获取指定数据源中的一条数据项 |
/// | `GetSearchItemsByKeyWord` | `GET /v1.0/search/tabs/{tabId}/items` | `get_search_items_by_key_word` | 根据搜索关键词获取相关数据项 |
/// | `GetSearchTab` | `GET /v1.0/search/tabs/{tabId}` | `get_search_tab` | 获取搜索数据源 |
/// | `InsertSearchItem` | `POST /v1.0/search/tabs/{tabId}/items` | `insert_search_item` | 为指定的数据源添加一条数据项 |
/// | `ListSearchTabsByOrgId` | `GET /v1.0/search/tabs` | `list_search_tabs_by_org_id` | 列出企业所有的搜索数据源 |
/// | `UpdateSearchTab` | `PUT /v1.0/search/tabs/{tabId}` | `update_search_tab` | 更新搜索数据源 |
///
/// # `service_group_1_0`: 服务群 (Service Groups)：服务群、知识库与工单。
///
/// Feature `service_group_1_0`; `client.service_group_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddContactMemberToGroup` | `POST /v1.0/serviceGroup/groups/contacts` | `add_contact_member_to_group` | 添加联系人到群里 |
/// | `AddKnowledge` | `POST /v1.0/serviceGroup/knowledges` | `add_knowledge` | 添加知识点 |
/// | `AddLibrary` | `POST /v1.0/serviceGroup/librarys` | `add_library` | 添加服务群知识库 |
/// | `AddMemberToServiceGroup` | `POST /v1.0/serviceGroup/groups/members` | `add_member_to_service_group` | 添加服务群群成员 |
/// | `AddOpenCategory` | `POST /v1.0/serviceGroup/openCategories` | `add_open_category` | OpenApi添加知识点类目 |
/// | `AddOpenKnowledge` | `POST /v1.0/serviceGroup/openKnowledges` | `add_open_knowledge` | OpenApi添加知识入库 |
/// | `AddOpenLibrary` | `POST /v1.0/serviceGroup/openLibraries` | `add_open_library` | 智能服务群知识库创建 |
/// | `AddTicketMemo` | `POST /v1.0/serviceGroup/tickets/memos` | `add_ticket_memo` | 添加工单备注 |
/// | `AssignTicket` | `POST /v1.0/serviceGroup/tickets/assign` | `assign_ticket` | 工单指派 |
/// | `BatchBindingGroupBizIds` | `POST /v1.0/serviceGroup/groups/bind` | `batch_binding_group_biz_ids` | 批量绑定服务群业务ID |
/// | `BatchGetGroupSetConfig` | `POST /v1.0/serviceGroup/groupSetConfigs/batchQuery` | `batch_get_group_set_config` | 批量查询群组配置 |
/// | `BatchQueryCustomerSendTask` | `POST /v1.0/serviceGroup/customers/tasks/batchQuery` | `batch_query_customer_send_task` | 批量查询客户群发任务 |
/// | `BatchQueryGroupMember` | `POST /v1.0/serviceGroup/groups/members/batchQuery` | `batch_query_group_member` | 批量查询群成员 |
/// | `BatchQuerySendMessageTask` | `POST /v1.0/serviceGroup/tasks/query` | `batch_query_send_message_task` | 群发任务批量查询 |
/// | `BoundTemplateToTeam` | `POST /v1.0/serviceGroup/teams/templates/bound` | `bound_template_to_team` | 绑定服务群模板到团队 |
/// | `CancelTicket` | `POST /v1.0/serviceGroup/tickets/cancel` | `cancel_ticket` | 撤销工单 |
/// | `CategoryStatistics` | `GET /v1.0/serviceGroup/voices/dashboards/categories/statistics` | `category_statistics` | 心声总览自定义分类统计 |
/// | `CloseConversation` | `POST /v1.0/serviceGroup/conversions` | `close_conversation` | 关闭会话回调 |
/// | `CloseHumanSession` | `POST /v1.0/serviceGroup/humanSessions/close` | `close_human_session` | 关闭人工会话 |
/// | `ConversationCreatedNotify` | `POST /v1.0/serviceGroup/customers` | `conversation_created_notify` | 客服分配成功通知回调 |
/// | `ConversationTransferBeginNotify` | `POST /v1.0/serviceGroup/transfers` | `conversation_transfer_begin_notify` | 会话转接开始通知回调 |
/// | `ConversationTransferCompleteNotify` | `POST /v1.0/serviceGroup/completes` | `conversation_transfer_complete_notify` | 会话转接完成通知回调 |
/// | `CreateGroup` | `POST /v1.0/serviceGroup/groups` | `create_group` | 创建服务群 |
/// | `CreateGroupConversation` | `POST /v1.0/serviceGroup/create/conversations` | `create_group_conversation` | 创建主动会话接口 |
/// | `CreateGroupSet` | `POST /v1.0/serviceGroup/groupSets` | `create_group_set` | 创建服务群群分组 |
/// | `CreateInstance` | `POST /v1.0/serviceGroup/customForms/instances` | `create_instance` | 服务群新增表单实例 |
/// | `CreateTeam` | `POST /v1.0/serviceGroup/teams` | `create_team` | 创建服务群团队 |
/// | `CreateTicket` | `POST /v1.0/serviceGroup/tickets` | `create_ticket` | 创建工单 |
/// | `CustomerSendMsgTask` | `POST /v1.0/serviceGroup/customers/tasks/send` | `customer_send_msg_task` | 客户群发任务 |
/// | `DeleteGroupMembersFromGroup` | `POST /v1.0/serviceGroup/groups/members/remove` | `delete_group_members_from_group` | 从群或者群组剔除成员 |
/// | `DeleteInstance` | `POST /v1.0/serviceGroup/customForms/instances/remove` | `delete_instance` | 服务群删除表单实例 |
/// | `DeleteKnowledge` | `POST /v1.0/serviceGroup/knowledges/batchDelete` | `delete_knowledge` | 服务群删除知识点 |
/// | `EmotionStatistics` | `GET /v1.0/serviceGroup/voices/emotions/statistics` | `emotion_statistics` | 客户心声负面情绪统计 |
/// | `FinishTicket` | `POST /v1.0/serviceGroup/tickets/finish` | `finish_ticket` | 结单 |
/// | `GetAuthToken` | `POST /v1.0/serviceGroup/get/tokens` | `get_auth_token` | 获取签权Token |
/// | `GetInstancesByIds` | `POST /v1.0/serviceGroup/customForms/instances/batchQuery` | `get_instances_by_ids` | 服务群通过实例ID集合批量查询表单实例数据 |
/// | `GetNegativeWordCloud` | `GET /v1.0/serviceGroup/voices/negatives/wordClouds` | `get_negative_word_cloud` | 获取负面心声词云 |
/// | `GetOssTempUrl` | `GET /v1.0/serviceGroup/ossServices/tempUrls` | `get_oss_temp_url` | 获取临时访问链接 |
/// | `GetStoragePolicy` | `POST /v1.0/serviceGroup/ossServices/policies` | `get_storage_policy` | 获取表单上传凭证 |
/// | `GetTicket` | `GET /v1.0/serviceGroup/tickets` | `get_ticket` | 查询工单详情 |
/// | `GetWordCloud` | `GET /v1.0/serviceGroup/voices/wordClouds` | `get_word_cloud` | 获取心声词云 |
/// | `GroupStatistics` | `GET /v1.0/serviceGroup/voices/dashboards/groups/statistics` | `group_statistics` | 心声总览群统计 |
/// | `IntentionCategoryStatistics` | `GET /v1.0/serviceGroup/voices/dashboards/intentionCategories/statistics` | `intention_category_statistics` | 心声总览意图&自定义分类统计 |
/// | `IntentionStatistics` | `GET /v1.0/serviceGroup/voices/dashboards/intentions/statistics` | `intention_statistics` | 心声总览意图统计 |
/// | `ListTicketOperateRecord` | `GET /v1.0/serviceGroup/tickets/operateRecords` | `list_ticket_operate_record` | 查询工单操作记录 |
/// | `ListUserTeams` | `GET /v1.0/serviceGroup/users/{userId}/teams` | `list_user_teams` | 查询用户所在团队 |
/// | `QueryActiveUsers` | `GET /v1.0/serviceGroup/groups/queryActiveUsers` | `query_active_users` | 查询服务群活跃成员 |
/// | `QueryCrmGroupContact` | `POST /v1.0/serviceGroup/groups/contacts/query` | `query_crm_group_contact` | 群联系人画像检索 |
/// | `QueryCustomerCard` | `POST /v1.0/serviceGroup/userDetials` | `query_customer_card` | 查询客户信息 |
/// | `QueryCustomerTaskUserDetail` | `POST /v1.0/serviceGroup/customers/tasks/query` | `query_customer_task_user_detail` | 查询客户群发任务客户触达详情 |
/// | `QueryGroup` | `POST /v1.0/serviceGroup/groups/query` | `query_group` | 查询单个服务群信息 |
/// | `QueryGroupMember` | `POST /v1.0/serviceGroup/groups/members/query` | `query_group_member` | 查询指定群成员 |
/// | `QueryGroupSet` | `GET /v1.0/serviceGroup/groupSets` | `query_group_set` | 查询服务群群组信息 |
/// | `QueryInstancesByMultiConditions` | `POST /v1.0/serviceGroup/customForms/instances/multiConditions/batchQuery` | `query_instances_by_multi_conditions` | 服务群通过多添件进行组合检索表单数据实例集合 |
/// | `QuerySendMsgTaskStatistics` | `POST /v1.0/serviceGroup/tasks/statistics/query` | `query_send_msg_task_statistics` | 群发任务统计查询 |
/// | `QuerySendMsgTaskStatisticsDetail` | `POST /v1.0/serviceGroup/tasks/statistics/details/query` | `query_send_msg_task_statistics_detail` | 群发任务群维度的统计数据 |
/// | `QueryServiceGroupMessageReadStatus` | `POST /v1.0/serviceGroup/messages/readStatus/query` | `query_service_group_message_read_status` | 查消息的已读/未读列表 |
/// | `QueueNotify` | `POST /v1.0/serviceGroup/dts` | `queue_notify` | 外部DT工作台排队通知回调 |
/// | `RemoveContactFromOrg` | `POST /v1.0/serviceGroup/organizations/contacts/remove` | `remove_contact_from_org` | 组织剔除联系人 |
/// | `ReportCustomerDetail` | `POST /v1.0/serviceGroup/customers/activities/details/query` | `report_customer_detail` | 指定群的客户活跃明细查询 |
/// | `ReportCustomerStatistics` | `POST /v1.0/serviceGroup/customers/activities/statistics/query` | `report_customer_statistics` | 客户活跃明细指标查询 |
/// | `ResubmitTicket` | `POST /v1.0/serviceGroup/tickets/resubmit` | `resubmit_ticket` | 重新提交工单 |
/// | `RetractTicket` | `POST /v1.0/serviceGroup/tickets/retract` | `retract_ticket` | 撤回工单 |
/// | `RobotMessageRecall` | `POST /v1.0/serviceGroup/robots/messages/recall` | `robot_message_recall` | 指定群的机器人消息撤回 |
/// | `SaveFormInstance` | `POST /v1.0/serviceGroup/forms/instances` | `save_form_instance` | 服务群新增表单实例 |
/// | `SearchGroup` | `POST /v1.0/serviceGroup/groups/search` | `search_group` | 搜索服务群 |
/// | `SendMsgByTask` | `POST /v1.0/serviceGroup/messages/tasks/send` | `send_msg_by_task` | 服务群发任务 |
/// | `SendMsgByTaskSupportInviteJoinOrg` | `POST /v1.0/serviceGroup/customers/tasks/groupSend` | `send_msg_by_task_support_invite_join_org` | 增强版客户群发 |
/// | `SendServiceGroupMessage` | `POST /v1.0/serviceGroup/messages/send` | `send_service_group_message` | 服务群发消息 |
/// | `SetRobotConfig` | `POST /v1.0/serviceGroup/groups/configs/set` | `set_robot_config` | 执行阿里内部用户群组机器人服务开关 |
/// | `TakeTicket` | `POST /v1.0/serviceGroup/tickets/apply` | `take_ticket` | 申领工单 |
/// | `TopicStatistics` | `GET /v1.0/serviceGroup/voices/topics/statistics` | `topic_statistics` | 客户心声热门话题统计 |
/// | `TransferTicket` | `POST /v1.0/serviceGroup/tickets/transfer` | `transfer_ticket` | 转交工单 |
/// | `UpdateGroupSet` | `PUT /v1.0/serviceGroup/groups/configurations` | `update_group_set` | 变更群的群组配置信息 |
/// | `UpdateGroupTag` | `PUT /v1.0/serviceGroup/tags` | `update_group_tag` | 更新服务群标签 |
/// | `UpdateInstance` | `PUT /v1.0/serviceGroup/customForms/instances` | `update_instance` | 服务群更新表单实例 |
/// | `UpdateTicket` | `PUT /v1.0/serviceGroup/tickets` | `update_ticket` | 更新工单自定义字段 |
/// | `UpgradeCloudGroup` | `POST /v1.0/serviceGroup/cloudGroups/upgrade` | `upgrade_cloud_group` | 将智能云客服下的旧版服务群升级为钉钉智能服务群 |
/// | `UpgradeNormalGroup` | `POST /v1.0/serviceGroup/normalGroups/upgrade` | `upgrade_normal_group` | 将常规钉群升级为钉钉智能服务群 |
/// | `UrgeTicket` | `POST /v1.0/serviceGroup/tickets/urge` | `urge_ticket` | 工单催办 |
///
/// # `shangou_1_0`: shangou（未在钉钉开放平台文档中找到）：餐饮评价数据的写入。
///
/// Feature `shangou_1_0`; `client.shangou_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddCateringComment` | `POST /v1.0/shangou/comment/create` | `add_catering_comment` | 新增餐饮评价数据 |
///
/// # `smart_device_1_0`: 智能硬件 (Smart Devices)：考勤机与硬件视频会议。
///
/// Feature `smart_device_1_0`; `client.smart_device_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `ATMDeviceWorkNotify` | `POST /v1.0/smartDevice/atm/notify` | `atm_device_work_notify` | 发送考勤机工作台消息 |
/// | `AddDeviceVideoConferenceMembers` | `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members` | `add_device_video_conference_members` | 添加硬件视频会议参会人 |
/// | `CreateDeviceVideoConference` | `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences` | `create_device_video_conference` | 创建硬件视频会议 |
/// | `CreateExportDeviceStatisticTask` | `POST /v1.0/smartDevice/statistic/create` | `create_export_device_statistic_task` | 创建导出设备数据任务 |
/// | `ExtractFacialFeature` | `POST /v1.0/smartDevice/faceRecognitions/features/extract` | `extract_facial_feature` | 基于企业员工照片为终端提取人脸识别特征 |
/// | `KickDeviceVideoConferenceMembers` | `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members/batchDelete` | `kick_device_video_conference_members` | 踢出硬件视频会议参会人 |
/// | `MachineManagerUpdate` | `PUT /v1.0/smartDevice/atmachines/managers` | `machine_manager_update` | 变更智能考勤机设备管理员 |
/// | `MachineUsersUpdate` | `PUT /v1.0/smartDevice/atmachines/users` | `machine_users_update` | 变更智能考勤机员工 |
/// | `QueryDeviceVideoConferenceBook` | `GET /v1.0/smartDevice/devices/{deviceId}/books/{bookId}` | `query_device_video_conference_book` | 查询硬件视频会议预约信息 |
/// | `RemoveUserFace` | `POST /v1.0/smartDevice/faceRecognitions/feature` | `remove_user_face` | 删除用户的人脸底图 |
/// | `TextToImage` | `POST /v1.0/smartDevice/textToImages/generate` | `text_to_image` | 文生图开放接口 |
/// | `UpdateExportDeviceStatistic` | `PUT /v1.0/smartDevice/statistic` | `update_export_device_statistic` | 更新导出设备数据 |
/// | `VoiceClone` | `POST /v1.0/smartDevice/voices/clone` | `voice_clone` | 音频复刻 |
///
/// # `sns_storage_1_0`: 三方个人应用存储 (SNS Storage)：三方个人应用的文件与文件夹。
///
/// Feature `sns_storage_1_0`; `client.sns_storage_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetDentries` | `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/batchQuery` | `get_dentries` | 三方个人应用批量获取文件或文件夹信息 |
/// | `GetDentry` | `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/query` | `get_dentry` | 三方个人应用获取文件(夹)信息 |
/// | `GetDentryThumbnails` | `POST /v1.0/snsStorage/spaces/{spaceId}/thumbnails/query` | `get_dentry_thumbnails` | 三方个人应用批量获取文件缩略图 |
/// | `GetFileDownloadInfo` | `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query` | `get_file_download_info` | 三方个人应用获取文件下载信息 |
/// | `GetSpace` | `POST /v1.0/snsStorage/conversations/spaces/query` | `get_space` | 三方个人应用获取IM会话存储空间信息 |
/// | `ListAllDentries` | `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/listAll` | `list_all_dentries` | 三方个人应用获取全部文件或文件夹列表 |
/// | `ListDentries` | `GET /v1.0/snsStorage/spaces/{spaceId}/dentries` | `list_dentries` | 三方个人应用获取文件列表 |
/// | `ListExpired` | `POST /v1.0/snsStorage/conversations/expiredFileLists/query` | `list_expired` | 获取会话过期文件列表 |
/// | `SubscribeEvent` | `POST /v1.0/snsStorage/events/subscribe` | `subscribe_event` | 三方个人应用订阅文件变更事件 |
/// | `UnsubscribeEvent` | `POST /v1.0/snsStorage/events/unsubscribe` | `unsubscribe_event` | 三方个人应用取消订阅文件变更事件 |
///
/// # `storage_1_0`: 钉钉存储 (Storage)：空间、文件、文件夹与权限。
///
/// Feature `storage_1_0`; `client.storage_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddFolder` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders` | `add_folder` | 添加文件夹 |
/// | `AddPermission` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions` | `add_permission` | 添加权限 |
/// | `AddSpace` | `POST /v1.0/storage/spaces` | `add_space` | 添加空间 |
/// | `BatchQueryRoles` | `POST /v1.0/storage/spaces/{spaceId}/dentries/permissions/roles/batchQuery` | `batch_query_roles` | 获取权限列表 |
/// | `ClearRecycleBin` | `POST /v1.0/storage/recycleBins/{recycleBinId}/clear` | `clear_recycle_bin` | 清空回收站 |
/// | `CommitFile` | `POST /v1.0/storage/spaces/{spaceId}/files/commit` | `commit_file` | 提交文件 |
/// | `CopyDentries` | `POST /v1.0/storage/spaces/{spaceId}/dentries/batchCopy` | `copy_dentries` | 批量拷贝文件或文件夹 |
/// | `CopyDentry` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/copy` | `copy_dentry` | 拷贝文件或文件夹 |
/// | `DeleteDentries` | `POST /v1.0/storage/spaces/{spaceId}/dentries/batchRemove` | `delete_dentries` | 批量删除文件或文件夹 |
/// | `DeleteDentry` | `DELETE /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}` | `delete_dentry` | 删除文件或文件夹 |
/// | `DeleteDentryAppProperties` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties/remove` | `delete_dentry_app_properties` | 删除文件上的App属性值 |
/// | `DeletePermission` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/remove` | `delete_permission` | 删除权限 |
/// | `DeleteRecycleItem` | `DELETE /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}` | `delete_recycle_item` | 删除回收项, 删除之后该记录从回收站删除, 后续文件就无法恢复了 |
/// | `DeleteRecycleItems` | `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRemove` | `delete_recycle_items` | 批量删除回收项, 删除之后该记录从回收站删除, 后续文件就无法恢复了 |
/// | `GetCurrentApp` | `POST /v1.0/storage/currentApps/query` | `get_current_app` | 获取开放平台应用在企业存储中的相关应用信息 |
/// | `GetDentries` | `POST /v1.0/storage/spaces/{spaceId}/dentries/query` | `get_dentries` | 批量获取文件(夹)信息 |
/// | `GetDentry` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/query` | `get_dentry` | 获取文件(夹)信息 |
/// | `GetDentryOpenInfo` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/query` | `get_dentry_open_info` | 获取文件打开链接 |
/// | `GetDentryThumbnails` | `POST /v1.0/storage/spaces/{spaceId}/thumbnails/query` | `get_dentry_thumbnails` | 批量获取文件缩略图 |
/// | `GetFileDownloadInfo` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query` | `get_file_download_info` | 获取文件下载信息 |
/// | `GetFileUploadInfo` | `POST /v1.0/storage/spaces/{spaceId}/files/uploadInfos/query` | `get_file_upload_info` | 获取文件上传信息 |
/// | `GetMultipartFileUploadInfos` | `POST /v1.0/storage/spaces/files/multiPartUploadInfos/query` | `get_multipart_file_upload_infos` | 获取文件上传信息(分片上传) |
/// | `GetOrg` | `GET /v1.0/storage/orgs/{corpId}` | `get_org` | 获取企业存储中企业维度的信息 |
/// | `GetRecycleBin` | `GET /v1.0/storage/recycleBins` | `get_recycle_bin` | 获取回收站信息 |
/// | `GetRecycleItem` | `GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}` | `get_recycle_item` | 获取回收项详情 |
/// | `GetSpace` | `GET /v1.0/storage/spaces/{spaceId}` | `get_space` | 获取空间信息 |
/// | `GetTask` | `GET /v1.0/storage/tasks/{taskId}` | `get_task` | 获取异步任务信息 |
/// | `GetWebOfficeUrl` | `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/webOfficeUrls` | `get_web_office_url` | 获取 WebOfficeUrl 接口 |
/// | `InitMultipartFileUpload` | `POST /v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init` | `init_multipart_file_upload` | 初始化文件分片上传 |
/// | `ListAllDentries` | `POST /v1.0/storage/spaces/{spaceId}/dentries/listAll` | `list_all_dentries` | 获取文件列表 |
/// | `ListDentries` | `GET /v1.0/storage/spaces/{spaceId}/dentries` | `list_dentries` | 获取文件列表 |
/// | `ListDentryVersions` | `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions` | `list_dentry_versions` | 获取文件历史版本 |
/// | `ListPermissions` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/query` | `list_permissions` | 获取权限列表 |
/// | `ListRecycleItems` | `GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems` | `list_recycle_items` | 获取回收项列表 |
/// | `MoveDentries` | `POST /v1.0/storage/spaces/{spaceId}/dentries/batchMove` | `move_dentries` | 批量移动文件或文件夹 |
/// | `MoveDentry` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/move` | `move_dentry` | 移动文件或文件夹 |
/// | `RefreshWebOfficeToken` | `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/refreshWebOfficeToken` | `refresh_web_office_token` | 获取 accessToken 接口 |
/// | `RegisterOpenInfo` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/register` | `register_open_info` | 注册文件预览或编辑链接 |
/// | `RenameDentry` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/rename` | `rename_dentry` | 重命名文件或文件夹 |
/// | `RestoreRecycleItem` | `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}/restore` | `restore_recycle_item` | 还原回收站中的回收项 |
/// | `RestoreRecycleItems` | `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRestore` | `restore_recycle_items` | 批量还原回收站中的回收项 |
/// | `RevertDentryVersion` | `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions/{version}/revert` | `revert_dentry_version` | 恢复文件历史版本 |
/// | `SubscribeEvent` | `POST /v1.0/storage/events/subscribe` | `subscribe_event` | 订阅文件变更事件 |
/// | `UnsubscribeEvent` | `POST /v1.0/storage/events/unsubscribe` | `unsubscribe_event` | 取消订阅文件变更事件 |
/// | `UpdateDentryAppProperties` | `PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties` | `update_dentry_app_properties` | 修改文件上的App属性值 |
/// | `UpdatePermission` | `PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions` | `update_permission` | 修改权限 |
///
/// # `storage_2_0`: 钉钉存储 2.0 (Storage 2.0)：企业文件与权限。
///
/// Feature `storage_2_0`; `client.storage_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddPermission` | `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions` | `add_permission` | 添加权限 |
/// | `BatchQueryRoles` | `POST /v2.0/storage/spaces/dentries/permissions/roles/batchQuery` | `batch_query_roles` | 获取权限列表 |
/// | `CleanFile` | `POST /v2.0/storage/filemanager/clean` | `clean_file` | 企业文件管理——删除文件接口 |
/// | `CommitFile` | `POST /v2.0/storage/spaces/files/{parentDentryUuid}/commit` | `commit_file` | 提交文件 |
/// | `DeletePermission` | `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/remove` | `delete_permission` | 删除权限 |
/// | `GetFileUploadInfo` | `POST /v2.0/storage/spaces/files/{parentDentryUuid}/uploadInfos/query` | `get_file_upload_info` | 获取文件上传信息 |
/// | `GetPermissionInheritance` | `GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances` | `get_permission_inheritance` | 获取权限继承模式 |
/// | `GetPermissionShareScope` | `GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes` | `get_permission_share_scope` | 获取分享范围 |
/// | `ListOperationLogs` | `POST /v2.0/storage/managements/operationLogs/list` | `list_operation_logs` | 查询操作日志 |
/// | `ListPermissions` | `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/query` | `list_permissions` | 获取权限列表 |
/// | `ListRecents` | `GET /v2.0/storage/recents/listV2` | `list_recents` | 获取用户最近访问列表 |
/// | `ListStars` | `GET /v2.0/storage/stars/list` | `list_stars` | 获取用户收藏列表 |
/// | `ManagerGetDefaultHandOverUser` | `GET /v2.0/storage/managementSettings/defaultHandOverUsers` | `manager_get_default_hand_over_user` | 查询员工离职时空间默认转交人(管理员) |
/// | `ManagerSetDefaultHandOverUser` | `POST /v2.0/storage/managementSettings/defaultHandOverUsers/set` | `manager_set_default_hand_over_user` | 设置员工离职时空间默认转交人(管理员) |
/// | `SearchDentries` | `POST /v2.0/storage/dentries/search` | `search_dentries` | 搜索文件 |
/// | `SearchPublishDentries` | `POST /v2.0/storage/publishDentries/search` | `search_publish_dentries` | 搜索公开发布文件 |
/// | `SearchWorkspaces` | `POST /v2.0/storage/workspaces/search` | `search_workspaces` | 搜索知识库 |
/// | `SetPermissionInheritance` | `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances` | `set_permission_inheritance` | 设置权限继承模式 |
/// | `SetPermissionShareScope` | `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes` | `set_permission_share_scope` | 设置分享范围 |
/// | `UpdatePermission` | `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions` | `update_permission` | 修改权限 |
///
/// # `swform_1_0`: 智能填表 (Forms)：填表模板与实例。
///
/// Feature `swform_1_0`; `client.swform_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetFormInstance` | `GET /v1.0/swform/instances/{formInstanceId}` | `get_form_instance` | 获取单个填表实例详情接口 |
/// | `ListFormInstances` | `GET /v1.0/swform/forms/{formCode}/instances` | `list_form_instances` | 获取填表模版下的填表实例列表接口 |
/// | `ListFormSchemasByCreator` | `GET /v1.0/swform/users/forms` | `list_form_schemas_by_creator` | 获取用户创建的填表模板列表接口 |
///
/// # `talent_tag_1_0`: 人才标签 (Talent Tags)：员工与企业的标签。
///
/// Feature `talent_tag_1_0`; `client.talent_tag_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `TalentV2AddCustomTag` | `POST /v1.0/talentTag/talentTags/addCustomTag` | `talent_v2_add_custom_tag` | 人才标签：添加员工自定义标签 |
/// | `TalentV2AddObjectiveTag` | `POST /v1.0/talentTag/talentTags/addObjectiveTag` | `talent_v2_add_objective_tag` | 人才标签：添加员工客观标签 |
/// | `TalentV2AddPersonalityTag` | `POST /v1.0/talentTag/talentTags/addPersonalityTag` | `talent_v2_add_personality_tag` | 人才标签：添加企业个性标签 |
/// | `TalentV2DeleteCustomTag` | `POST /v1.0/talentTag/talentTags/deleteCustomTagWithClearLike` | `talent_v2_delete_custom_tag` | 人才标签：删除员工自定义标签并清除所有点赞记录 |
/// | `TalentV2DeleteObjectiveTag` | `POST /v1.0/talentTag/talentTags/deleteObjectiveTag` | `talent_v2_delete_objective_tag` | 人才标签：删除员工客观标签 |
/// | `TalentV2DeletePersonalityTag` | `POST /v1.0/talentTag/talentTags/deletePersonalityTag` | `talent_v2_delete_personality_tag` | 人才标签：删除企业个性标签 |
/// | `TalentV2LikeTag` | `POST /v1.0/talentTag/talentTags/likeTag` | `talent_v2_like_tag` | 人才标签：点赞/取消点赞标签 |
/// | `TalentV2QueryCustomTag` | `GET /v1.0/talentTag/talentTags/queryCustomTag` | `talent_v2_query_custom_tag` | 人才标签：查询员工自定义标签 |
/// | `TalentV2QueryObjectiveTag` | `GET /v1.0/talentTag/talentTags/queryObjectiveTag` | `talent_v2_query_objective_tag` | 人才标签：查询员工客观标签 |
/// | `TalentV2QueryPersonalityTag` | `GET /v1.0/talentTag/talentTags/queryPersonalityTag` | `talent_v2_query_personality_tag` | 人才标签：查询企业个性标签 |
/// | `TalentV2QueryTagLikeDetailList` | `GET /v1.0/talentTag/talentTags/queryTagLikeDetailList` | `talent_v2_query_tag_like_detail_list` | 人才标签：分页查询指定标签的点赞记录 |
/// | `TalentV2QueryTagLikeList` | `GET /v1.0/talentTag/talentTags/queryTagLikeList` | `talent_v2_query_tag_like_list` | 人才标签：查询点赞标签列表 |
///
/// # `team_sphere_1_0`: 钉钉快办 (Team Sphere)：协作空间、项目任务与自由任务。
///
/// Feature `team_sphere_1_0`; `client.team_sphere_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AnalysisReport` | `POST /v1.0/teamSphere/users/{userId}/analyses/report` | `analysis_report` | 查询任务概览 |
/// | `CreateOrganizationTask` | `POST /v1.0/teamSphere/organizations/users/{userId}/tasks` | `create_organization_task` | 创建自由任务 |
/// | `CreateProjectMembersV3` | `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members` | `create_project_members_v3` | 创建项目成员 |
/// | `CreateProjectV3` | `POST /v1.0/teamSphere/users/{userId}/projects` | `create_project_v3` | 创建协作空间。 |
/// | `CreateTask` | `POST /v1.0/teamSphere/users/{userId}/tasks` | `create_task` | 创建协作空间任务 |
/// | `DeleteProjectMembersV3` | `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members/remove` | `delete_project_members_v3` | 删除项目成员。 |
/// | `GetFootprintProject` | `GET /v1.0/teamSphere/users/{userId}/footprints/projects` | `get_footprint_project` | 获取最近访问的项目 |
/// | `GetFootprintTask` | `GET /v1.0/teamSphere/users/{userId}/footprints/tasks` | `get_footprint_task` | 获取最近访问的任务 |
/// | `GetFreeTask` | `GET /v1.0/teamSphere/organizations/tasks/{taskId}` | `get_free_task` | 查询轻任务详情。 |
/// | `GetProjectMembersV3` | `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/members` | `get_project_members_v3` | 获取协作空间成员列表。 |
/// | `GetProjectRolesV3` | `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles` | `get_project_roles_v3` | 获取项目角色列表。 |
/// | `GetStaredProjects` | `GET /v1.0/teamSphere/users/{userId}/staredProjects` | `get_stared_projects` | 获取用户星标协作空间 |
/// | `GetTbUserIdByDingUserId` | `GET /v1.0/teamSphere/idmaps/userIds` | `get_tb_user_id_by_ding_user_id` | 钉钉 userId 查询 24位长 userId。 |
/// | `GetThingOrgIdByDingOrgId` | `GET /v1.0/teamSphere/organizations` | `get_thing_org_id_by_ding_org_id` | 获取快办企业ID |
/// | `GetUserJoinedProjectsV3` | `GET /v1.0/teamSphere/users/{userId}/projects/userJoined` | `get_user_joined_projects_v3` | 获取用户参与项目。 |
/// | `ListAllTaskView` | `GET /v1.0/teamSphere/users/{userId}/allTaskViews` | `list_all_task_view` | 获取全部任务 |
/// | `ListMyShortcutViews` | `GET /v1.0/teamSphere/users/{userId}/shortcutViews` | `list_my_shortcut_views` | 查询我的捷径 |
/// | `QueryAllTask` | `GET /v1.0/teamSphere/users/{userId}/tasks/query` | `query_all_task` | 查询自由任务和项目任务详情。 |
/// | `QueryTask` | `POST /v1.0/teamSphere/users/{userId}/tasks/query` | `query_task` | 查询我的任务 |
/// | `QueryTasksV3` | `GET /v1.0/teamSphere/user/{userId}/tasks` | `query_tasks_v3` | 查询协作空间任务详情。 |
/// | `SearchAllTasksByTql` | `GET /v1.0/teamSphere/taskIds` | `search_all_tasks_by_tql` | 通过TQL搜索自由任务和协作空间任务ID。 |
/// | `SearchProjectCustomFiledsV3` | `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/customFields` | `search_project_custom_fileds_v3` | 搜索项目自定义字段。 |
/// | `SearchProjectsV3` | `GET /v1.0/teamSphere/projects` | `search_projects_v3` | 查询协作空间。 |
/// | `UpdateProjectMemberRoleV3` | `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles/assign` | `update_project_member_role_v3` | 修改项目成员的角色。 |
/// | `UpdateProjectV3` | `PUT /v1.0/teamSphere/users/{userId}/projects/{projectId}` | `update_project_v3` | 更新协作空间。 |
///
/// # `todo_1_0`: 待办 (To-dos)：待办任务与计数。
///
/// Feature `todo_1_0`; `client.todo_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CountTodoTasks` | `POST /v1.0/todo/users/{unionId}/tasks/count` | `count_todo_tasks` | 查询用户待办计数 |
/// | `CreatePersonalTodoTask` | `POST /v1.0/todo/users/me/personalTasks` | `create_personal_todo_task` | 以用户个人身份创建个人待办 |
/// | `CreateTodoTask` | `POST /v1.0/todo/users/{unionId}/tasks` | `create_todo_task` | 创建待办 |
/// | `CreateTodoTypeConfig` | `POST /v1.0/todo/users/{unionId}/configs/types` | `create_todo_type_config` | 创建待办卡片类型配置 |
/// | `DeletePersonalTodoTask` | `DELETE /v1.0/todo/users/me/tasks/{taskId}/remove` | `delete_personal_todo_task` | 以用户个人身份删除待办 |
/// | `DeleteTodoTask` | `DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}` | `delete_todo_task` | 删除待办 |
/// | `GetTodoTask` | `GET /v1.0/todo/users/{unionId}/tasks/{taskId}` | `get_todo_task` | 查询待办 |
/// | `GetTodoTaskBySourceId` | `GET /v1.0/todo/users/{unionId}/tasks/sources/{sourceId}` | `get_todo_task_by_source_id` | 根据sourceId查询待办详情 |
/// | `GetTodoTaskDetail` | `GET /v1.0/todo/exclusive/users/{unionId}/tasks/{taskId}` | `get_todo_task_detail` | 专属钉根据待办ID查询待办详情 |
/// | `GetTodoTypeConfig` | `GET /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}` | `get_todo_type_config` | 根据id获取待办卡片类型配置 |
/// | `HideUserTodoTask` | `DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}/hide` | `hide_user_todo_task` | 根据待办ID删除用户的某条待办任务。该操作仅删除某个用户自己的待办视图，该待办本身依然还存在，其他执行者依然可以看见该待办。 |
/// | `ListAllBizCategory` | `POST /v1.0/todo/apps/allBizcategories/list` | `list_all_biz_category` | 查询待办应用下所有二级分类 |
/// | `QueryOrgConfig` | `GET /v1.0/todo/organizations/configs` | `query_org_config` | 查询企业配置 |
/// | `QueryOrgTodoByUser` | `POST /v1.0/todo/users/{unionId}/organizations/tasks/query` | `query_org_todo_by_user` | 查询用户企业类型待办列表，支持查询当前企业的一方应用、三方应用、自建应用产生的工作待办数据 |
/// | `QueryOrgTodoTasks` | `POST /v1.0/todo/users/{unionId}/org/tasks/query` | `query_org_todo_tasks` | 查询企业下用户待办列表 |
/// | `QueryTodoTasks` | `POST /v1.0/todo/users/{unionId}/tasks/list` | `query_todo_tasks` | 查询用户待办列表 |
/// | `RemoveBizCategory` | `DELETE /v1.0/todo/apps/bizcategories` | `remove_biz_category` | 删除二级分类 |
/// | `SetBizCategory` | `POST /v1.0/todo/apps/bizcategories/save` | `set_biz_category` | 保存二级分类 |
/// | `SetOrgConfig` | `POST /v1.0/todo/organizations/configs/save` | `set_org_config` | 保存企业配置 |
/// | `UpdatePersonalTodoTask` | `PUT /v1.0/todo/users/me/tasks/{taskId}/update` | `update_personal_todo_task` | 以用户个人身份更新待办 |
/// | `UpdatePersonalTodoTaskExecutorStatus` | `PUT /v1.0/todo/users/me/tasks/{taskId}/updateExecutorStatus` | `update_personal_todo_task_executor_status` | 以用户个人身份更新自己作为执行者的状态 |
/// | `UpdateTodoTask` | `PUT /v1.0/todo/users/{unionId}/tasks/{taskId}` | `update_todo_task` | 更新待办 |
/// | `UpdateTodoTaskExecutorStatus` | `PUT /v1.0/todo/users/{unionId}/tasks/{taskId}/executorStatus` | `update_todo_task_executor_status` | 更新待办执行者状态 |
/// | `UpdateTodoTypeConfig` | `PUT /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}` | `update_todo_type_config` | 更新待办卡片类型配置 |
///
/// # `todo_e_e_1_0`: 专属待办 (Exclusive To-dos)：专属版的待办。
///
/// Feature `todo_e_e_1_0`; `client.todo_e_e_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AppCreateEnterpriseTodoTask` | `POST /v1.0/todoEE/apps/users/tasks` | `app_create_enterprise_todo_task` | 创建专属待办 |
/// | `AppDeleteTodoEETask` | `POST /v1.0/todoEE/apps/users/tasks/remove` | `app_delete_todo_ee_task` | 删除专属待办 |
/// | `AppGetUserTaskList` | `POST /v1.0/todoEE/apps/users/tasks/list` | `app_get_user_task_list` | 查询用户待办列表 |
/// | `AppUpdateTask` | `PUT /v1.0/todoEE/apps/users/tasks/infos` | `app_update_task` | 更新专属待办信息 |
/// | `AppUpdateUserTaskStatus` | `PUT /v1.0/todoEE/apps/users/tasks/statuses` | `app_update_user_task_status` | 更新用户的待办状态 |
/// | `CreateEnterpriseTodoTask` | `POST /v1.0/todoEE/users/tasks` | `create_enterprise_todo_task` | 创建企业待办 |
/// | `CreateStandardTemplate` | `POST /v1.0/todoEE/standards/templates` | `create_standard_template` | 创建专属待办模板实例 |
/// | `DeleteCategorySourceConfig` | `POST /v1.0/todoEE/apps/categories/sourceConfigs/remove` | `delete_category_source_config` | 删除应用类目信息 |
/// | `DeleteTodoEETask` | `POST /v1.0/todoEE/users/tasks/remove` | `delete_todo_ee_task` | 删除待办 |
/// | `GetCategorySourceConfigList` | `POST /v1.0/todoEE/apps/categories/sourceConfigs/lists/query` | `get_category_source_config_list` | 查询应用注册类目信息列表 |
/// | `GetTemplateList` | `POST /v1.0/todoEE/templates/list` | `get_template_list` | 查询创建的Template列表 |
/// | `GetUserTaskList` | `POST /v1.0/todoEE/users/tasks/list` | `get_user_task_list` | 查询用户待办列表 |
/// | `QueryTaskExecutionStatus` | `POST /v1.0/todoEE/apps/users/tasks/executionStatuses` | `query_task_execution_status` | 查询任务所有执行人的完成状态 |
/// | `RegisterCategorySourceConfig` | `POST /v1.0/todoEE/apps/categories/sourceConfigs/register` | `register_category_source_config` | 注册应用类目信息 |
/// | `UpdateCategorySourceConfig` | `PUT /v1.0/todoEE/apps/categories/sourceConfigs` | `update_category_source_config` | 修改应用类目注册信息 |
/// | `UpdateStandardTemplate` | `PUT /v1.0/todoEE/standards/templates/infos` | `update_standard_template` | 更新标准模板 |
/// | `UpdateTask` | `PUT /v1.0/todoEE/users/tasks/infos` | `update_task` | 更新待办信息 |
/// | `UpdateUserTaskStatus` | `PUT /v1.0/todoEE/users/tasks/statuses` | `update_user_task_status` | 更新用户的待办状态 |
///
/// # `trade_1_0`: 商机 (Trade)：商机、线索与小记。
///
/// Feature `trade_1_0`; `client.trade_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CheckOpportunityResult` | `GET /v1.0/trade/opportunity/check` | `check_opportunity_result` | isv检查商机创建是否符合预期 |
/// | `CreateClueTemp` | `POST /v1.0/trade/clueTemps` | `create_clue_temp` | 用于客户跟进线索创建 |
/// | `CreateNoteForIsv` | `POST /v1.0/trade/notes` | `create_note_for_isv` | 创建小记 |
/// | `CreateOpportunity` | `POST /v1.0/trade/opportunities` | `create_opportunity` | isv创建商机 |
/// | `PurchaseMixView` | `POST /v1.0/trade/purchase/mixView` | `purchase_mix_view` | QwenWoker询价接口 |
/// | `QueryTradeOrder` | `POST /v1.0/trade/orders/query` | `query_trade_order` | 查询订单信息 |
///
/// # `trajectory_1_0`: 轨迹 (Trajectory)：轨迹采集与轨迹数据。
///
/// Feature `trajectory_1_0`; `client.trajectory_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `QueryAppActiveUsers` | `GET /v1.0/trajectory/activeUsers` | `query_app_active_users` | 查询APP当前开启轨迹采集的用户 |
/// | `QueryCollectingTraceTask` | `POST /v1.0/trajectory/currentTasks/queryByUserIds` | `query_collecting_trace_task` | 查询应用采集中的轨迹任务 |
/// | `QueryPageTraceData` | `GET /v1.0/trajectory/data` | `query_page_trace_data` | 查询轨迹数据 |
///
/// # `transcribe_1_0`: 闪记 (Transcribe)：闪记任务与权限。
///
/// Feature `transcribe_1_0`; `client.transcribe_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetTranscribeBrief` | `GET /v1.0/transcribe/tasks/{taskUuid}/briefInfos` | `get_transcribe_brief` | 获取闪记任务的概要信息 |
/// | `RemovePermission` | `DELETE /v1.0/transcribe/tasks/{taskUuid}/permissions/remove` | `remove_permission` | 移除指定用户对闪记任务的权限 |
/// | `UpdatePermissionForUsers` | `PUT /v1.0/transcribe/tasks/{taskUuid}/permissions` | `update_permission_for_users` | 针对指定的闪记，修改或者授予指定用户权限 |
///
/// # `tre_1_0`: TRE 拉铃 (TRE)：提交拉铃工单。名称取自官方 SDK 的接口摘要（未在钉钉开放平台文档中找到）。
///
/// Feature `tre_1_0`; `client.tre_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CreateTicket` | `POST /v1.0/tre/ticket` | `create_ticket` | TRE拉铃服务 |
///
/// # `trip_1_0`: 差旅 (Trip)：差旅审批与下单校验。
///
/// Feature `trip_1_0`; `client.trip_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CheckOrder` | `POST /v1.0/trip/tripOrder/check` | `check_order` | 下单前校验是否符合业务标准 |
/// | `GetTravelProcessDetail` | `GET /v1.0/trip/processes/details` | `get_travel_process_detail` | 获取差旅审批实例详情 |
/// | `PreCheckTemplate` | `POST /v1.0/trip/processes/templateUpgrades/preCheck` | `pre_check_template` | 表单升级预校验 |
/// | `QueryTripFlightOrderByPage` | `GET /v1.0/trip/flight/orders` | `query_trip_flight_order_by_page` | 分页查询组织航班订单信息 |
/// | `QueryTripHotelOrderByPage` | `GET /v1.0/trip/hotel/orders` | `query_trip_hotel_order_by_page` | 分页查询组织酒店订单信息 |
/// | `QueryTripProcessTemplates` | `GET /v1.0/trip/processes/templatesDetails` | `query_trip_process_templates` | 查询审批套件详情 |
/// | `QueryTripTrainOrderByPage` | `GET /v1.0/trip/train/orders` | `query_trip_train_order_by_page` | 分页查询组织火车订单信息 |
/// | `SubmitTripApprovalProcess` | `POST /v1.0/trip/approvals` | `submit_trip_approval_process` | 提交差旅出差申请单 |
/// | `SyncBusinessSignInfo` | `POST /v1.0/trip/businessSignInfos/sync` | `sync_business_sign_info` | 同步服务商企业签约变更事件 |
/// | `SyncCostCenter` | `POST /v1.0/trip/processes/costCenters/sync` | `sync_cost_center` | 出差表单成本中心同步 |
/// | `SyncCostCenterEntity` | `POST /v1.0/trip/processes/costCenters/applicableScopes/sync` | `sync_cost_center_entity` | 出差表单成本中心可用范围 |
/// | `SyncInvoice` | `POST /v1.0/trip/processes/invoiceTitles/sync` | `sync_invoice` | 出差表单发票抬头 |
/// | `SyncInvoiceEntity` | `POST /v1.0/trip/processes/invoiceTitles/applicableScopes/sync` | `sync_invoice_entity` | 出差表单发票抬头可用范围 |
/// | `SyncProject` | `POST /v1.0/trip/processes/projects/sync` | `sync_project` | 出差表单项目 |
/// | `SyncProjectEntity` | `POST /v1.0/trip/processes/projects/applicableScopes/sync` | `sync_project_entity` | 出差表单项目可用范围 |
/// | `SyncSecretKey` | `POST /v1.0/trip/secretKeys/sync` | `sync_secret_key` | 调用本接口同步公司密钥信息。 |
/// | `SyncTripInvoice` | `POST /v1.0/trip/tripInvoices/sync` | `sync_trip_invoice` | 新差旅-同步发票 |
/// | `SyncTripOrder` | `POST /v1.0/trip/tripOrders/sync` | `sync_trip_order` | 同步出行订单变更事件 |
/// | `SyncTripProductConfig` | `POST /v1.0/trip/productConfigs/sync` | `sync_trip_product_config` | 预订管理产品线配置同步 |
/// | `TripPlatformUnifiedEntry` | `POST /v1.0/trip/platforms/entrances/unify` | `trip_platform_unified_entry` | 智能差旅平台数据互通统一入口 |
/// | `UpgradeTemplate` | `POST /v1.0/trip/process/templates/upgrade` | `upgrade_template` | 升级套件 |
///
/// # `village_1_0`: 居民通讯录 (Village)：居民通讯录的部门与人员。
///
/// Feature `village_1_0`; `client.village_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `GetDept` | `GET /v1.0/village/deptartments/{departmentId}` | `get_dept` | 获取部门详情 |
/// | `GetResidentDept` | `GET /v1.0/village/residentDepartments/departments/{departmentId}` | `get_resident_dept` | 居民通讯录获取部门信息 |
/// | `GetResidentUserInfo` | `GET /v1.0/village/residentDepartments/{departmentId}/users/{userId}` | `get_resident_user_info` | 居民通讯录获取部门下某个人的详细信息 |
/// | `GetUser` | `GET /v1.0/village/users/getByUserId` | `get_user` | 查询用户详情 |
/// | `GetUserByUnionId` | `GET /v1.0/village/users/getByUnionId` | `get_user_by_union_id` | 根据unionId查询用户详情 |
/// | `GetVillageOrgInfo` | `GET /v1.0/village/corps/{subCorpId}` | `get_village_org_info` | 获取对外开放的企业信息 |
/// | `ListDeptSimpleUsers` | `GET /v1.0/village/departments/{departmentId}/simpleUsers` | `list_dept_simple_users` | 查询部门下简略用户列表 |
/// | `ListDeptUserIds` | `GET /v1.0/village/departments/{departmentId}/userIds` | `list_dept_user_ids` | 查询部门下userid列表 |
/// | `ListDeptUsers` | `GET /v1.0/village/departments/{departmentId}/users` | `list_dept_users` | 查询部门下user完整信息 |
/// | `ListParentByDept` | `GET /v1.0/village/departments/listParentByDepartment` | `list_parent_by_dept` | 查询部门所有父部门列表 |
/// | `ListParentByUser` | `GET /v1.0/village/departments/listParentByUser` | `list_parent_by_user` | 查询用户所有父部门列表 |
/// | `ListResidentDeptUsers` | `GET /v1.0/village/residentDepartments/{departmentId}/users` | `list_resident_dept_users` | 居民通讯录获取部门下人员信息 |
/// | `ListResidentSubDepts` | `GET /v1.0/village/residentDepartments/{departmentId}/subDepartments` | `list_resident_sub_depts` | 居民通讯录获取子部门列表 |
/// | `ListResidentUserInfos` | `GET /v1.0/village/residentUsers/getByUserIds` | `list_resident_user_infos` | 居民通讯录批量获取用户详细信息 |
/// | `ListSimpleUsersByRole` | `GET /v1.0/village/users/listByRole` | `list_simple_users_by_role` | 根据角色获取用户列表 |
/// | `ListSubCorps` | `POST /v1.0/village/corps/subCorps` | `list_sub_corps` | 获取下级指定区域层级组织 |
/// | `ListSubDept` | `GET /v1.0/village/departments/{departmentId}/subDepartments` | `list_sub_dept` | 查询子部门列表 |
/// | `ListSubDeptIds` | `GET /v1.0/village/departments/{departmentId}/subDepartmentIds` | `list_sub_dept_ids` | 查询部门下的子部门ID列表，不会递归查询，只包含ID |
///
/// # `vip_member_1_0`: 钉钉 365 会员 (VIP Membership)：365 会员的直充与作废。
///
/// Feature `vip_member_1_0`; `client.vip_member_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `DirectRedeemVipMemberByMobile` | `POST /v1.0/vipMember/users/directRedeemVip` | `direct_redeem_vip_member_by_mobile` | 通过手机号直充365会员 |
/// | `InvalidRedeemVipMemberByBizRequestId` | `POST /v1.0/vipMember/users/invalidRedeemVip` | `invalid_redeem_vip_member_by_biz_request_id` | 通过虚拟订单号作废365会员权益 |
/// | `PreCheckRedeemVipMember` | `POST /v1.0/vipMember/users/preCheckRedeemVip` | `pre_check_redeem_vip_member` | 直充会员预校验是否满足条件 |
/// | `QueryRedeemVipMember` | `POST /v1.0/vipMember/users/queryRedeemVip` | `query_redeem_vip_member` | 查询365会员直充信息 |
/// | `QueryVipMemberInfo` | `POST /v1.0/vipMember/users/memberInfos/query` | `query_vip_member_info` | 查询365会员信息 |
///
/// # `watt_1_0`: 钉钉投放 (Watt)：人群、积分与投放任务。
///
/// Feature `watt_1_0`; `client.watt_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CheckInCrowdsByMobile` | `POST /v1.0/watt/crowdIdentifications/query` | `check_in_crowds_by_mobile` | 根据加密后的用户手机号检查该用户是否在某人群中 |
/// | `ConsumePoint` | `POST /v1.0/watt/points/consume` | `consume_point` | 消耗用户积分 |
/// | `CreateDeliveryPlan` | `POST /v1.0/watt/deliveryPlans/publish` | `create_delivery_plan` | 发布钉钉投放任务（搜索穹顶、搜索发现、搜索关键字） |
/// | `GetPointInfo` | `GET /v1.0/watt/points` | `get_point_info` | 查询用户积分 |
/// | `RevertPoint` | `POST /v1.0/watt/points/revert` | `revert_point` | 撤销用户单笔积分消耗 |
/// | `SendBanner` | `POST /v1.0/watt/banners/send` | `send_banner` | 发送钉钉统一引导Banner |
/// | `SendPopup` | `POST /v1.0/watt/popups/send` | `send_popup` | 发送钉钉首页弹窗 |
/// | `SendSearchShade` | `POST /v1.0/watt/searchShades/send` | `send_search_shade` | 发送钉钉搜索底纹 |
///
/// # `wiki_1_0`: 企业百科 (Wiki)：词条释义与分词。
///
/// Feature `wiki_1_0`; `client.wiki_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `WikiWordsDetail` | `GET /v1.0/wiki/words/details` | `wiki_words_detail` | 根据词条名称获取该词条释义 |
/// | `WikiWordsParse` | `POST /v1.0/wiki/words/parse` | `wiki_words_parse` | 外部传递过来的消息根据百科词库分词 |
///
/// # `wiki_2_0`: 知识库 (Wiki 2.0)：知识库、知识小组与管理员。
///
/// Feature `wiki_2_0`; `client.wiki_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddTeam` | `POST /v2.0/wiki/teams` | `add_team` | 新建知识小组 |
/// | `AddWorkspace` | `POST /v2.0/wiki/workspaces` | `add_workspace` | 新建知识库 |
/// | `AddWorkspacesManager` | `POST /v2.0/wiki/workspaces/managers` | `add_workspaces_manager` | 添加知识库管理员 |
/// | `DeleteTeam` | `DELETE /v2.0/wiki/teams/{teamId}` | `delete_team` | 删除知识小组 |
/// | `GetDefaultHandOverUser` | `GET /v2.0/wiki/managementSettings/defaultHandOverUsers` | `get_default_hand_over_user` | 查询员工离职时知识库默认转交人 |
/// | `GetMineWorkspace` | `GET /v2.0/wiki/mineWorkspaces` | `get_mine_workspace` | 获取我的文档 |
/// | `GetNode` | `GET /v2.0/wiki/nodes/{nodeId}` | `get_node` | 获取节点 |
/// | `GetNodeByUrl` | `POST /v2.0/wiki/nodes/queryByUrl` | `get_node_by_url` | 通过链接获取节点 |
/// | `GetNodes` | `POST /v2.0/wiki/nodes/batchQuery` | `get_nodes` | 批量获取节点 |
/// | `GetTeam` | `GET /v2.0/wiki/teams/{teamId}` | `get_team` | 获取知识小组 |
/// | `GetWorkspace` | `GET /v2.0/wiki/workspaces/{workspaceId}` | `get_workspace` | 获取知识库 |
/// | `GetWorkspaces` | `POST /v2.0/wiki/workspaces/batchQuery` | `get_workspaces` | 批量获取知识库 |
/// | `HandOverWorkspace` | `POST /v2.0/wiki/managementOperations/workspaces/handOver` | `hand_over_workspace` | 转交知识库 |
/// | `ListNodes` | `GET /v2.0/wiki/nodes` | `list_nodes` | 获取节点列表 |
/// | `ListOrgWorkspaces` | `GET /v2.0/wiki/org/workspaces` | `list_org_workspaces` | 获取组织所有知识库列表 |
/// | `ListTeams` | `GET /v2.0/wiki/teams` | `list_teams` | 获取知识小组列表 |
/// | `ListWorkspaces` | `GET /v2.0/wiki/workspaces` | `list_workspaces` | 获取知识库列表 |
/// | `SetDefaultHandOverUser` | `POST /v2.0/wiki/managementSettings/defaultHandOverUsers/set` | `set_default_hand_over_user` | 设置员工离职时知识库默认转交人 |
///
/// # `wms_1_0`: 仓储物料 (WMS)：物料列表。
///
/// Feature `wms_1_0`; `client.wms_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `QueryGoodsList` | `GET /v1.0/wms/goods` | `query_goods_list` | 获取物料列表 |
///
/// # `workbench_1_0`: 工作台 (Workbench)：工作台、插件与最近使用。
///
/// Feature `workbench_1_0`; `client.workbench_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddRecentUserAppList` | `POST /v1.0/workbench/components/recentUsed/batch` | `add_recent_user_app_list` | 批量添加最近使用记录 |
/// | `GetDingPortalDetail` | `GET /v1.0/workbench/dingPortals/{appUuid}` | `get_ding_portal_detail` | 查询自定义工作台 |
/// | `GetPluginPermissionPoint` | `GET /v1.0/workbench/plugins/permissions` | `get_plugin_permission_point` | 获取工作台插件的权限点 |
/// | `GetPluginRuleCheckInfo` | `GET /v1.0/workbench/plugins/validationRules` | `get_plugin_rule_check_info` | 获取插件的校验规则 |
/// | `ListWorkBenchGroup` | `GET /v1.0/workbench/groups` | `list_work_bench_group` | 获取工作台分组列表 |
/// | `ModifyWorkbenchBadge` | `POST /v1.0/workbench/badges/modify` | `modify_workbench_badge` | 工作台支持数字红点 |
/// | `QueryComponentScopes` | `GET /v1.0/workbench/components/{componentId}/scopes` | `query_component_scopes` | 工作台组件授权范围查询 |
/// | `QueryShortcutScopes` | `GET /v1.0/workbench/shortcuts/{shortcutKey}/scopes` | `query_shortcut_scopes` | 查询快捷方式可见范围 |
/// | `UndoDeletion` | `POST /v1.0/workbench/badges/undoDeleted` | `undo_deletion` | 工作台数字红点支持撤销已被删除的资源 |
/// | `UpdateDingPortalPageScope` | `PUT /v1.0/workbench/dingPortals/{appUuid}/pageScopes/{pageUuid}` | `update_ding_portal_page_scope` | 更新自定义工作台页面可见性 |
///
/// # `workflow_1_0`: OA 审批 (Workflow)：审批实例、表单、评论与流程中心任务。
///
/// Feature `workflow_1_0`; `client.workflow_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AddApproveDentryAuth` | `POST /v1.0/workflow/processInstances/spaces/files/authDownload` | `add_approve_dentry_auth` | 授权下载审批钉盘文件 |
/// | `AddProcessInstanceComment` | `POST /v1.0/workflow/processInstances/comments` | `add_process_instance_comment` | 添加审批评论 |
/// | `ArchiveProcessInstance` | `POST /v1.0/workflow/premium/processInstances/archive` | `archive_process_instance` | 归档审批实例(OA高级版专享) |
/// | `BatchExecuteProcessInstances` | `POST /v1.0/workflow/processInstances/batchExecute` | `batch_execute_process_instances` | 批量同意或拒绝审批任务 |
/// | `BatchTasksRedirect` | `POST /v1.0/workflow/tasks/batchRedirect` | `batch_tasks_redirect` | 批量流程审批任务转交 |
/// | `BatchUpdateProcessInstance` | `PUT /v1.0/workflow/processCentres/instances/batch` | `batch_update_process_instance` | 批量更新实例状态 |
/// | `CancelIntegratedTask` | `POST /v1.0/workflow/processCentres/tasks/cancel` | `cancel_integrated_task` | 批量取消流程中心待处理任务 |
/// | `CleanProcessData` | `POST /v1.0/workflow/processes/clean` | `clean_process_data` | 清理审批数据 |
/// | `CopyProcess` | `POST /v1.0/workflow/processes/copy` | `copy_process` | 复制审批流 |
/// | `CreateIntegratedTask` | `POST /v1.0/workflow/processCentres/tasks` | `create_integrated_task` | 创建流程中心待处理任务 |
/// | `DeleteDir` | `DELETE /v1.0/workflow/processCentres/directories` | `delete_dir` | 删除分组 |
/// | `DeleteProcess` | `DELETE /v1.0/workflow/processCentres/schemas` | `delete_process` | 删除模板 |
/// | `ExecuteProcessInstance` | `POST /v1.0/workflow/processInstances/execute` | `execute_process_instance` | 同意或拒绝审批任务 |
/// | `FormCreate` | `POST /v1.0/workflow/forms` | `form_create` | 创建或更新审批表单模板 |
/// | `GetAttachmentSpace` | `POST /v1.0/workflow/processInstances/spaces/infos/query` | `get_attachment_space` | 获取审批钉盘空间信息 |
/// | `GetConditionFormComponent` | `GET /v1.0/workflow/processes/conditions/components` | `get_condition_form_component` | 查询已设置为条件的表单组件 |
/// | `GetCrmProcCodes` | `GET /v1.0/workflow/crm/processes` | `get_crm_proc_codes` | 获取CRM所有流程code |
/// | `GetFieldModifiedHistory` | `POST /v1.0/workflow/processes/fields/modifiedRecords/query` | `get_field_modified_history` | 获取表单字段修改历史 |
/// | `GetHandSignDownloadUrl` | `POST /v1.0/workflow/premium/processInstances/handSigns/downloadUrls/query` | `get_hand_sign_download_url` | 获取手写签名的下载链接 |
/// | `GetManageProcessByStaffId` | `GET /v1.0/workflow/processes/managements/templates` | `get_manage_process_by_staff_id` | 获取当前企业所有可管理的表单 |
/// | `GetProcessCodeByName` | `GET /v1.0/workflow/processCentres/schemaNames/processCodes` | `get_process_code_by_name` | 获取模板code |
/// | `GetProcessConfig` | `GET /v1.0/workflow/crm/processes/configurations` | `get_process_config` | 获取流程配置 |
/// | `GetProcessInstance` | `GET /v1.0/workflow/processInstances` | `get_process_instance` | 获取单个审批实例详情 |
/// | `GetProcessInstanceWithExtra` | `GET /v1.0/workflow/premium/processInstances` | `get_process_instance_with_extra` | 获取审批单详情高级接口，可以返回审批流程中的手写签名密码消息 |
/// | `GetSchemaAndProcessconfigBatchlly` | `POST /v1.0/workflow/processes/templates/batchQuery` | `get_schema_and_processconfig_batchlly` | 根据模版code列表批量查询模板最新表单和流程配置 |
/// | `GetSpaceWithDownloadAuth` | `POST /v1.0/workflow/processInstances/spaces/authPreview` | `get_space_with_download_auth` | 授权预览审批附件 |
/// | `GetUserTodoTaskSum` | `GET /v1.0/workflow/processes/todoTasks/numbers` | `get_user_todo_task_sum` | 获取用户待审批数量 |
/// | `GrantCspaceAuthorization` | `POST /v1.0/workflow/spaces/authorize` | `grant_cspace_authorization` | 授权用户钉盘空间权限 |
/// | `GrantProcessInstanceForDownloadFile` | `POST /v1.0/workflow/processInstances/spaces/files/urls/download` | `grant_process_instance_for_download_file` | 下载审批附件 |
/// | `InsertOrUpdateDir` | `POST /v1.0/workflow/processCentres/directories` | `insert_or_update_dir` | 创建或更新分组 |
/// | `InstallApp` | `POST /v1.0/workflow/processes/apps/install` | `install_app` | 应用安装 |
/// | `ListProcessInstanceIds` | `POST /v1.0/workflow/processes/instanceIds/query` | `list_process_instance_ids` | 获取审批实例ID列表 |
/// | `ListTodoWorkRecords` | `GET /v1.0/workflow/workRecords/todoTasks` | `list_todo_work_records` | 查询用户待办事项 |
/// | `ListUserVisibleBpmsProcesses` | `GET /v1.0/workflow/processes/userVisibilities/templates` | `list_user_visible_bpms_processes` | 获取指定用户可见的审批表单列表 |
/// | `PagesExportInstances` | `POST /v1.0/workflow/instances/datas` | `pages_export_instances` | 分页查询实例数据 |
/// | `PremiumAddApproveDentryAuth` | `POST /v1.0/workflow/premium/processInstances/spaces/files/authDownload` | `premium_add_approve_dentry_auth` | 授权下载审批钉盘文件(OA高级版专享) |
/// | `PremiumAppendTask` | `POST /v1.0/workflow/premium/tasks/append` | `premium_append_task` | 加签OA审批任务(OA高级版专享) |
/// | `PremiumBatchExecuteProcessInstances` | `POST /v1.0/workflow/premium/processInstances/batchExecute` | `premium_batch_execute_process_instances` | 批量同意或拒绝审批任务(OA高级版专享接口) |
/// | `PremiumDelDir` | `DELETE /v1.0/workflow/premium/processCentres/directories` | `premium_del_dir` | 删除业务分组(高级版专享接口) |
/// | `PremiumDeleteFormInstance` | `POST /v1.0/workflow/premium/dataForms/formInstances/remove` | `premium_delete_form_instance` | 删除数据表单实例(OA高级版专享) |
/// | `PremiumGetAttachmentSpace` | `POST /v1.0/workflow/premium/processInstances/spaces/infos/query` | `premium_get_attachment_space` | 获取审批钉盘空间信息(OA高级版专享) |
/// | `PremiumGetDoneTasks` | `GET /v1.0/workflow/premium/processCentres/doneTasks` | `premium_get_done_tasks` | 查询审批中心已处理任务列表(OA高级版专享接口) |
/// | `PremiumGetFieldModifiedHistory` | `POST /v1.0/workflow/premium/processes/fields/modifiedRecords/query` | `premium_get_field_modified_history` | 获取字段修改历史(高级版专享接口) |
/// | `PremiumGetFormInstance` | `GET /v1.0/workflow/premium/dataForms/formInstances` | `premium_get_form_instance` | 获取单个数据表单实例详情(OA高级版专享) |
/// | `PremiumGetFormInstances` | `GET /v1.0/workflow/premium/dataForms/formInstances/pages` | `premium_get_form_instances` | 根据formCode分页获取数据表单实例(OA高级版专享) |
/// | `PremiumGetFormSchema` | `GET /v1.0/workflow/premium/dataForms/schema/formCodes` | `premium_get_form_schema` | 通过formCode获取数据表单schema(OA高级版专享) |
/// | `PremiumGetInstFieldSetting` | `POST /v1.0/workflow/premium/processes/fields/settings/query` | `premium_get_inst_field_setting` | 获取流程表单字段操作权限(高级版专享接口) |
/// | `PremiumGetNoticedInstances` | `GET /v1.0/workflow/premium/processCentres/noticedInstances` | `premium_get_noticed_instances` | 查询审批中心我收到的实例列表(OA高级版专享接口) |
/// | `PremiumGetProcessInstances` | `GET /v1.0/workflow/premium/processes/pages/instances` | `premium_get_process_instances` | 根据processCode分页获取审批流程数据(高级版专享接口) |
/// | `PremiumGetSpaceWithDownloadAuth` | `POST /v1.0/workflow/premium/processInstances/spaces/authPreview` | `premium_get_space_with_download_auth` | 授权预览审批附件(OA高级版专享) |
/// | `PremiumGetSubmittedInstances` | `GET /v1.0/workflow/premium/processCentres/submittedInstances` | `premium_get_submitted_instances` | 查询审批中心已发起实例列表(OA高级版专享接口) |
/// | `PremiumGetTodoTasks` | `GET /v1.0/workflow/premium/processCentres/todoTasks` | `premium_get_todo_tasks` | 查询审批中心待处理任务列表(OA高级版专享接口) |
/// | `PremiumGrantProcessInstanceForDownloadFile` | `POST /v1.0/workflow/premium/processInstances/spaces/files/urls/download` | `premium_grant_process_instance_for_download_file` | 下载审批附件(OA高级版专享) |
/// | `PremiumInsertOrUpdateDir` | `POST /v1.0/workflow/premium/processCentres/directories` | `premium_insert_or_update_dir` | 创建或更新分组(高级版专享接口) |
/// | `PremiumQuerySchemaAndProcessByCodeList` | `POST /v1.0/workflow/premium/processes/schemas/batchQuery` | `premium_query_schema_and_process_by_code_list` | 批量获取审批模板信息（包含表单和流程配置信息）(高级版专享接口) |
/// | `PremiumQueryTodoTasksByManager` | `GET /v1.0/workflow/premium/tasks/todoTasks` | `premium_query_todo_tasks_by_manager` | 流程转交待处理任务查询(高级版专享接口) |
/// | `PremiumRedirectTasksByManager` | `POST /v1.0/workflow/premium/tasks/batchRedirect` | `premium_redirect_tasks_by_manager` | 批量流程审批任务转交(高级版专享接口) |
/// | `PremiumRevertTask` | `POST /v1.0/workflow/premium/tasks/revert` | `premium_revert_task` | 退回OA审批任务(OA高级版专享) |
/// | `PremiumSaveForm` | `POST /v1.0/workflow/premium/dataForms/templates` | `premium_save_form` | 创建或更新数据表单模板(OA高级版专享) |
/// | `PremiumSaveFormInstance` | `POST /v1.0/workflow/premium/dataForms/formInstances/save` | `premium_save_form_instance` | 创建数据表单实例(OA高级版专享) |
/// | `PremiumSaveIntegratedProcess` | `POST /v1.0/workflow/premium/processCentres/schemas` | `premium_save_integrated_process` | 创建或更新流程中心外部集成模板(高级版专享接口) |
/// | `PremiumSaveIntegratedProcessInstance` | `POST /v1.0/workflow/premium/processCentres/instances` | `premium_save_integrated_process_instance` | 创建流程中心外部集成实例(高级版专享接口) |
/// | `PremiumSaveIntegratedTask` | `POST /v1.0/workflow/premium/processCentres/tasks` | `premium_save_integrated_task` | 创建流程中心外部集成待处理任务(高级版专享接口) |
/// | `PremiumUpdateFormInstance` | `PUT /v1.0/workflow/premium/dataForms/formInstances` | `premium_update_form_instance` | 更新数据表单实例(OA高级版专享) |
/// | `PremiumUpdateProcessInstanceVariables` | `PUT /v1.0/workflow/premium/processInstances` | `premium_update_process_instance_variables` | 更新审批实例(OA高级版专享) |
/// | `ProcessForecast` | `POST /v1.0/workflow/processes/forecast` | `process_forecast` | 审批流程预测 |
/// | `QueryAllFormInstances` | `GET /v1.0/workflow/forms/pages/instances` | `query_all_form_instances` | 根据processCode分页获取表单数据 |
/// | `QueryAllProcessInstances` | `GET /v1.0/workflow/processes/pages/instances` | `query_all_process_instances` | 批量查询审批流程实例 |
/// | `QueryFormByBizType` | `POST /v1.0/workflow/forms/forminfos/query` | `query_form_by_biz_type` | 根据业务标识查询表单描述信息 |
/// | `QueryFormInstance` | `GET /v1.0/workflow/forms/instances` | `query_form_instance` | 查询数据表单 |
/// | `QueryIntegratedTodoTask` | `GET /v1.0/workflow/processCentres/todoTasks` | `query_integrated_todo_task` | 查询通过流程中心集成的OA审批任务 |
/// | `QueryProcessByBizCategoryId` | `GET /v1.0/workflow/processes/categories/templates` | `query_process_by_biz_category_id` | 根据业务标识查询模板 |
/// | `QuerySchemaAndProcess` | `GET /v1.0/workflow/forms/schemaAndProcess` | `query_schema_and_process` | 蓝凌获取schema和流程信息 |
/// | `QuerySchemaByProcessCode` | `GET /v1.0/workflow/forms/schemas/processCodes` | `query_schema_by_process_code` | 通过 processCode 获取表单 schema 信息 |
/// | `RedirectWorkflowTask` | `POST /v1.0/workflow/tasks/redirect` | `redirect_workflow_task` | 转交OA审批任务 |
/// | `SaveIntegratedInstance` | `POST /v1.0/workflow/processCentres/instances` | `save_integrated_instance` | 创建实例 |
/// | `SaveProcess` | `POST /v1.0/workflow/processCentres/schemas` | `save_process` | 创建或更新审批模板 |
/// | `SetWorkflowTaskAgent` | `POST /v1.0/workflow/tasks/agent` | `set_workflow_task_agent` | 设置审批任务代理 |
/// | `StartProcessInstance` | `POST /v1.0/workflow/processInstances` | `start_process_instance` | 创建审批实例 |
/// | `TerminateProcessInstance` | `POST /v1.0/workflow/processInstances/terminate` | `terminate_process_instance` | 撤销审批实例 |
/// | `TodoTasks` | `GET /v1.0/workflow/tasks/todoTasks` | `todo_tasks` | 流程转交待处理任务查询 |
/// | `UpdateIntegratedTask` | `PUT /v1.0/workflow/processCentres/tasks` | `update_integrated_task` | 更新流程中心任务状态 |
/// | `UpdateProcessInstance` | `PUT /v1.0/workflow/processCentres/instances` | `update_process_instance` | 更新实例状态 |
///
/// # `workrecord_1_0`: 待办记录 (Work Records)：个人待办数。
///
/// Feature `workrecord_1_0`; `client.workrecord_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `CountWorkRecord` | `GET /v1.0/workrecord/counts` | `count_work_record` | 查询个人单企业待办数 |
///
/// # `yida_1_0`: 宜搭 (Yida)：宜搭应用的表单、流程与数据。
///
/// Feature `yida_1_0`; `client.yida_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `AppLoginCodeGen` | `POST /v1.0/yida/authorizations/appLoginCodes` | `app_login_code_gen` | 生成登录态传递用的code |
/// | `BatchGetFormDataByIdList` | `POST /v1.0/yida/forms/instances/ids/query` | `batch_get_form_data_by_id_list` | 批量获取指定表单实例ID列表对应的表单实例数据 |
/// | `BatchRemovalByFormInstanceIdList` | `POST /v1.0/yida/forms/instances/batchRemove` | `batch_removal_by_form_instance_id_list` | 批量删除指定的表单实例 |
/// | `BatchSaveFormData` | `POST /v1.0/yida/forms/instances/batchSave` | `batch_save_form_data` | 批量保存表单实例数据 |
/// | `BatchUpdateFormDataByInstanceId` | `PUT /v1.0/yida/forms/instances/components` | `batch_update_form_data_by_instance_id` | 将多条表单实例的指定表单组件更新成指定值 |
/// | `BatchUpdateFormDataByInstanceMap` | `PUT /v1.0/yida/forms/instances/datas` | `batch_update_form_data_by_instance_map` | 通过表单实例数据批量更新表单实例 |
/// | `BuyAuthorizationOrder` | `POST /v1.0/yida/appAuthorizations/order` | `buy_authorization_order` | 多渠道新购(通过应用授权服务) |
/// | `BuyFreshOrder` | `POST /v1.0/yida/apps/freshOrders` | `buy_fresh_order` | 新购宜搭产品 |
/// | `CheckCloudAccountStatus` | `GET /v1.0/yida/apps/cloudAccountStatus/{callerUid}` | `check_cloud_account_status` | 根据阿里云账号验证激活结果 |
/// | `CreateOrUpdateFormData` | `POST /v1.0/yida/forms/instances/insertOrUpdate` | `create_or_update_form_data` | 新增或更新表单实例 |
/// | `DeleteFormData` | `DELETE /v1.0/yida/forms/instances` | `delete_form_data` | 删除表单实例 |
/// | `DeleteInstance` | `DELETE /v1.0/yida/processes/instances` | `delete_instance` | 删除流程实例 |
/// | `DeleteSequence` | `DELETE /v1.0/yida/forms/deleteSequence` | `delete_sequence` | deleteSequence |
/// | `DeployFunctionCallback` | `POST /v1.0/yida/functionComputeConnectors/completeDeployments/notify` | `deploy_function_callback` | 云开发平台函数计算部署完成回调宜搭 |
/// | `ExecuteBatchTask` | `POST /v1.0/yida/tasks/batches/execute` | `execute_batch_task` | 批量审批 |
/// | `ExecuteCustomApi` | `POST /v1.0/yida/apps/customApi/execute` | `execute_custom_api` | 执行用户自定义的API接口 |
/// | `ExecutePlatformTask` | `POST /v1.0/yida/tasks/platformTasks/execute` | `execute_platform_task` | 执行宜搭平台的审批任务 |
/// | `ExecuteTask` | `POST /v1.0/yida/tasks/execute` | `execute_task` | 执行审批任务 |
/// | `ExpireCommodity` | `PUT /v1.0/yida/appAuth/commodities/expire` | `expire_commodity` | 多渠道到期 |
/// | `GetActivationCodeByCallerUnionId` | `GET /v1.0/yida/applications/activationCodes/{callerUid}` | `get_activation_code_by_caller_union_id` | 根据阿里云账号获取激活码 |
/// | `GetActivityButtonList` | `GET /v1.0/yida/processDefinitions/buttons/{appType}/{processCode}/{activityId}` | `get_activity_button_list` | 获取流程实例可操作功能列表 |
/// | `GetActivityList` | `GET /v1.0/yida/processes/activities` | `get_activity_list` | 获取流程设计的节点信息 |
/// | `GetAllAuthCubes` | `POST /v1.0/yida/metadata/allAuthCubes/query` | `get_all_auth_cubes` | 查询表单的接口，支持分页、表单名称模糊查询 |
/// | `GetApplicationAuthorizationServicePlatformResource` | `GET /v1.0/yida/authorization/platformResources` | `get_application_authorization_service_platform_resource` | 多渠道平台概览接口 |
/// | `GetAutoFlowLogDetail` | `GET /v1.0/yida/logs/automations` | `get_auto_flow_log_detail` | 获取自动化流日志详情 |
/// | `GetCorpAccomplishmentTasks` | `GET /v1.0/yida/tasks/completedTasks/{corpId}/{userId}` | `get_corp_accomplishment_tasks` | 查询已完成任务列表 |
/// | `GetCorpLevelByAccountId` | `GET /v1.0/yida/apps/corpLevel` | `get_corp_level_by_account_id` | 根据accountId获取企业等级 |
/// | `GetCorpTasks` | `GET /v1.0/yida/corpTasks` | `get_corp_tasks` | 查询待办任务列表 |
/// | `GetDbConfig` | `GET /v1.0/yida/metadata/dbConfigs` | `get_db_config` | 获取数据库连接串信息 |
/// | `GetFieldDefByUuid` | `GET /v1.0/yida/forms/formFields` | `get_field_def_by_uuid` | 根据表单ID获取字段信息 |
/// | `GetFormComponentDefinitionList` | `GET /v1.0/yida/forms/definitions/{appType}/{formUuid}` | `get_form_component_definition_list` | 获取表单定义 |
/// | `GetFormDataByID` | `GET /v1.0/yida/forms/instances/{id}` | `get_form_data_by_id` | 根据表单 ID 查询实例详情 |
/// | `GetFormListInApp` | `GET /v1.0/yida/forms` | `get_form_list_in_app` | 获取应用内表单列表信息 |
/// | `GetInstanceById` | `GET /v1.0/yida/processes/instancesInfos/{id}` | `get_instance_by_id` | 根据实例 ID 获取流程实例详情 |
/// | `GetInstanceIdList` | `POST /v1.0/yida/processes/instanceIds` | `get_instance_id_list` | 根据条件搜索流程实例 ID |
/// | `GetInstances` | `POST /v1.0/yida/processes/instances` | `get_instances` | 根据搜索条件获取流程表单实例详情 |
/// | `GetInstancesByIdList` | `GET /v1.0/yida/processes/instances/searchWithIds` | `get_instances_by_id_list` | 根据实例 ID 列表批量获取流程实例详情 |
/// | `GetMeCorpSubmission` | `GET /v1.0/yida/tasks/myCorpSubmission/{userId}` | `get_me_corp_submission` | 查询已提交任务列表 |
/// | `GetNotifyMe` | `GET /v1.0/yida/corpNotifications/{userId}` | `get_notify_me` | 查询抄送我的任务列表（企业维度） |
/// | `GetOpenUrl` | `GET /v1.0/yida/apps/temporaryUrls/{appType}` | `get_open_url` | 附件地址转临时免登地址 |
/// | `GetOperationRecords` | `GET /v1.0/yida/processes/operationRecords` | `get_operation_records` | 获取审批记录 |
/// | `GetPlatformResource` | `GET /v1.0/yida/apps/platformResources` | `get_platform_resource` | 多渠道平台概览接口 |
/// | `GetPrintAppInfo` | `GET /v1.0/yida/printTemplates/printAppInfos` | `get_print_app_info` | 查询用户开通打印模板的应用信息 |
/// | `GetPrintDictionary` | `GET /v1.0/yida/printTemplates/printDictionaries` | `get_print_dictionary` | 获取打印所需的表单与流程节点 |
/// | `GetProcessDefinition` | `GET /v1.0/yida/processes/definitions/{processInstanceId}` | `get_process_definition` | 获取流程定义 |
/// | `GetProcessDesign` | `GET /v1.0/yida/processes/{processId}definitions/designs` | `get_process_design` | 根据流程ID获取流程设计结构 |
/// | `GetProcessDesignByCode` | `GET /v1.0/yida/processes/designStructures` | `get_process_design_by_code` | 根据流程ID获取流程设计结构 |
/// | `GetRunningTaskList` | `POST /v1.0/yida/tasks/runningTasks/query` | `get_running_task_list` | 通过实例id批量获取待办任务 |
/// | `GetRunningTasks` | `GET /v1.0/yida/processes/tasks/getRunningTasks` | `get_running_tasks` | 查询流程运行任务（vpc） |
/// | `GetSaleUserInfoByUserId` | `GET /v1.0/yida/apps/saleUserInfo` | `get_sale_user_info_by_user_id` | 根据用户employeeCode获取所在企业信息(包含售卖版本) |
/// | `GetSimpleCubeModelList` | `GET /v1.0/yida/metadata/simpleCubeModelLists` | `get_simple_cube_model_list` | 表单的元数据(字段)查询接口 |
/// | `GetTaskCopies` | `GET /v1.0/yida/tasks/taskCopies` | `get_task_copies` | 查询抄送我的任务列表（应用维度） |
/// | `ListApplication` | `GET /v1.0/yida/organizations/applications` | `list_application` | 获取组织下的宜搭应用列表 |
/// | `ListApplicationAuthorizationServiceApplicationInformation` | `GET /v1.0/yida/authorizations/applicationInfos/{instanceId}` | `list_application_authorization_service_application_information` | 多渠道应用概览 |
/// | `ListApplicationAuthorizationServiceConnectorInformation` | `GET /v1.0/yida/applicationAuthorizations/plugs/{instanceId}` | `list_application_authorization_service_connector_information` | 多渠道插件概览 |
/// | `ListApplicationInformation` | `GET /v1.0/yida/apps/infos/{instanceId}` | `list_application_information` | 多渠道应用概览 |
/// | `ListCommodity` | `GET /v1.0/yida/appAuth/commodities` | `list_commodity` | 多渠道列出商品列表 |
/// | `ListConnectorInformation` | `GET /v1.0/yida/plugins/infos/{instanceId}` | `list_connector_information` | 多渠道插件概览 |
/// | `ListFormRemarks` | `POST /v1.0/yida/forms/remarks/query` | `list_form_remarks` | 查询表单实例评论列表 |
/// | `ListNavigationByFormType` | `GET /v1.0/yida/apps/navigations` | `list_navigation_by_form_type` | 获取应用下的页面列表 |
/// | `ListOperationLogs` | `POST /v1.0/yida/forms/operationsLogs/query` | `list_operation_logs` | 查询表单的变更记录 |
/// | `ListTableDataByFormInstanceIdTableId` | `GET /v1.0/yida/forms/innerTables/{formInstanceId}` | `list_table_data_by_form_instance_id_table_id` | 获取子表单数据 |
/// | `LoginCodeGen` | `POST /v1.0/yida/authorizations/loginCodes` | `login_code_gen` | 生成宜搭登录态穿透用的code |
/// | `NotifyAuthorizationResult` | `POST /v1.0/yida/apps/authorizationResults/notify` | `notify_authorization_result` | 通知宜搭授权(购买)结果 |
/// | `PageAutoFlowLog` | `POST /v1.0/yida/logs/automations/paginationQuery` | `page_auto_flow_log` | 分页查询宜搭流程自动化运行记录 |
/// | `PageFormBaseInfos` | `POST /v1.0/yida/apps/forms/query` | `page_form_base_infos` | 分页获取应用下表单列表 |
/// | `PreviewPublishedProcess` | `POST /v1.0/yida/processes/preview` | `preview_published_process` | 预览审批流程 |
/// | `QueryServiceRecord` | `GET /v1.0/yida/services/invocationRecords` | `query_service_record` | 查询服务调用记录 |
/// | `RedirectTask` | `POST /v1.0/yida/tasks/redirect` | `redirect_task` | 执行转交任务 |
/// | `RefundCommodity` | `POST /v1.0/yida/appAuth/commodities/refund` | `refund_commodity` | 多渠道退款 |
/// | `RegisterAccounts` | `POST /v1.0/yida/applicationAuthorizations/accounts/register` | `register_accounts` | 多渠道注册 |
/// | `ReleaseCommodity` | `DELETE /v1.0/yida/appAuth/commodities/release` | `release_commodity` | 多渠道释放 |
/// | `RemoveTenantResource` | `DELETE /v1.0/yida/applications/tenantRelatedResources/{callerUid}` | `remove_tenant_resource` | 租户到期30天后, 删除租户关联的资源 |
/// | `RenderBatchCallback` | `POST /v1.0/yida/printings/callbacks/batch` | `render_batch_callback` | 宜搭vpc批量打印回调 |
/// | `RenewApplicationAuthorizationServiceOrder` | `POST /v1.0/yida/applicationAuthorizations/orders/renew` | `renew_application_authorization_service_order` | 多渠道续费 |
/// | `RenewTenantOrder` | `POST /v1.0/yida/apps/tenants/reorder` | `renew_tenant_order` | 续费租户 |
/// | `SaveFormData` | `POST /v1.0/yida/forms/instances` | `save_form_data` | 新增表单实例 |
/// | `SaveFormRemark` | `POST /v1.0/yida/forms/remarks` | `save_form_remark` | 提交表单/流程实例下的评论 |
/// | `SavePrintTplDetailInfo` | `POST /v1.0/yida/printTemplates/printTplDetailInfos` | `save_print_tpl_detail_info` | 保存用户设计的模板结构 |
/// | `SearchActivationCode` | `GET /v1.0/yida/apps/activationCode/information` | `search_activation_code` | 获取阿里云账号购买宜搭的账号信息 |
/// | `SearchEmployeeFieldValues` | `POST /v1.0/yida/forms/employeeFields` | `search_employee_field_values` | 搜索表单中指定人员组件的值 |
/// | `SearchFormDataIdList` | `POST /v1.0/yida/forms/instances/ids/{appType}/{formUuid}` | `search_form_data_id_list` | 根据条件搜索表单实例 ID 列表 |
/// | `SearchFormDataRemovalTableData` | `POST /v1.0/yida/forms/instances/query` | `search_form_data_removal_table_data` | 查询表单实例数据(不返回表单的子表单组件数据) |
/// | `SearchFormDataSecondGeneration` | `POST /v1.0/yida/forms/instances/advances/queryAll` | `search_form_data_second_generation` | 通过高级检索条件查询表单实例 |
/// | `SearchFormDataSecondGenerationNoTableField` | `POST /v1.0/yida/forms/instances/advances/query` | `search_form_data_second_generation_no_table_field` | 通过高级查询条件查询表单实例数据(不返回子表单组件数据) |
/// | `SearchFormDatas` | `POST /v1.0/yida/forms/instances/search` | `search_form_datas` | 根据条件搜索表单实例详情列表,对应原searchFormDatas |
/// | `StartInstance` | `POST /v1.0/yida/processes/instances/start` | `start_instance` | 发起新的流程实例 |
/// | `TerminateCloudAuthorization` | `POST /v1.0/yida/apps/cloudAuthorizations/terminate` | `terminate_cloud_authorization` | 阿里云合同到期终止 |
/// | `TerminateInstance` | `PUT /v1.0/yida/processes/instances/terminate` | `terminate_instance` | 终止流程实例 |
/// | `UpdateCloudAccountInformation` | `PUT /v1.0/yida/apps/cloudAccountInfos` | `update_cloud_account_information` | 变配阿里云账号对应的租户信息 |
/// | `UpdateFormData` | `PUT /v1.0/yida/forms/instances` | `update_form_data` | 更新表单实例 |
/// | `UpdateInstance` | `PUT /v1.0/yida/processes/instances` | `update_instance` | 更新流程实例 |
/// | `UpdateStatus` | `PUT /v1.0/yida/forms/status` | `update_status` | 未知 |
/// | `UpgradeTenantInformation` | `PUT /v1.0/yida/apps/tenantInfos` | `upgrade_tenant_information` | 变配阿里云账号对应的租户信息 |
/// | `ValidateApplicationAuthorizationOrder` | `GET /v1.0/yida/applicationOrderUpdateAuthorizations/{instanceId}` | `validate_application_authorization_order` | 多渠道续费前校验 |
/// | `ValidateApplicationAuthorizationServiceOrder` | `GET /v1.0/yida/appsAuthorizations/freshOrderInfoReviews/{callerUid}` | `validate_application_authorization_service_order` | 多渠道新购校验 |
/// | `ValidateApplicationServiceOrderUpgrade` | `GET /v1.0/yida/applications/orderValidations/{callerUnionid}` | `validate_application_service_order_upgrade` | 校验变配 |
/// | `ValidateOrderBuy` | `GET /v1.0/yida/apps/orderBuy/validate` | `validate_order_buy` | 多渠道新购校验 |
/// | `ValidateOrderUpdate` | `GET /v1.0/yida/orders/renewalReviews/{instanceId}` | `validate_order_update` | 多渠道续费前校验 |
/// | `ValidateOrderUpgrade` | `GET /v1.0/yida/apps/orderUpgrade/validate` | `validate_order_upgrade` | 多渠道升配前校验 |
///
/// # `yida_2_0`: 宜搭 2.0 (Yida 2.0)：宜搭的角色成员与代理。
///
/// Feature `yida_2_0`; `client.yida_2_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `BatchAddOrUpdateRoleMembers` | `POST /v2.0/yida/forms/resources/roles/upsert` | `batch_add_or_update_role_members` | 批量新增/更新角色成员 |
/// | `BatchDeleteRoleMembers` | `POST /v2.0/yida/forms/resources/roles/remove` | `batch_delete_role_members` | 批量删除角色成员 |
/// | `CancelAgentTask` | `POST /v2.0/yida/forms/resources/agents/cancel` | `cancel_agent_task` | 撤销代理关系 |
/// | `CreateAgentTask` | `POST /v2.0/yida/forms/resources/agents/insert` | `create_agent_task` | 创建代理关系 |
/// | `CreateOrUpdateFormData` | `POST /v2.0/yida/forms/instances/insertOrUpdate` | `create_or_update_form_data` | 新增或更新表单实例 |
/// | `DeleteMatrixDataByRowIds` | `POST /v2.0/yida/forms/resources/matrices/remove` | `delete_matrix_data_by_row_ids` | 批量删除矩阵明细数据 |
/// | `GetAgentTasks` | `GET /v2.0/yida/forms/resources/agents` | `get_agent_tasks` | 获取代理列表 |
/// | `GetFormComponentAliasList` | `GET /v2.0/yida/forms/component/alias/{appType}/{formUuid}` | `get_form_component_alias_list` | 获取表单组件别名列表 |
/// | `GetFormDataByID` | `GET /v2.0/yida/forms/instances/{id}` | `get_form_data_by_id` | 根据表单 ID 查询实例详情 |
/// | `GetInstanceById` | `GET /v2.0/yida/processes/instancesInfos/{id}` | `get_instance_by_id` | 根据实例 ID 获取流程实例详情 |
/// | `GetInstanceIdList` | `POST /v2.0/yida/processes/instanceIds` | `get_instance_id_list` | 根据条件搜索流程实例 ID |
/// | `GetInstances` | `POST /v2.0/yida/processes/instances` | `get_instances` | 根据搜索条件获取流程表单实例详情 |
/// | `GetMatrixDetailById` | `GET /v2.0/yida/forms/resources/matrices` | `get_matrix_detail_by_id` | 获取权限矩阵数据详情 |
/// | `GetRoleDetailById` | `GET /v2.0/yida/forms/resources/roles` | `get_role_detail_by_id` | 获取角色详情和成员列表 |
/// | `RestartInstance` | `POST /v2.0/yida/processes/instances/restartInstance` | `restart_instance` | 退回流程实例 |
/// | `SaveAndUpdateMatrixData` | `POST /v2.0/yida/forms/resources/matrices/upsert` | `save_and_update_matrix_data` | 修改/新增矩阵明细数据 |
/// | `SaveFormData` | `POST /v2.0/yida/forms/instances` | `save_form_data` | 新增表单实例 |
/// | `SearchFormDataIdList` | `POST /v2.0/yida/forms/instances/ids/{appType}/{formUuid}` | `search_form_data_id_list` | 根据条件搜索表单实例 ID 列表 |
/// | `SearchFormDataSecondGeneration` | `POST /v2.0/yida/forms/instances/advances/queryAll` | `search_form_data_second_generation` | 通过高级检索条件查询表单实例 |
/// | `SearchFormDatas` | `POST /v2.0/yida/forms/instances/search` | `search_form_datas` | 根据条件搜索表单实例详情列表 |
/// | `StartInstance` | `POST /v2.0/yida/processes/instances/start` | `start_instance` | 发起新的流程实例 |
/// | `UpdateAgentTask` | `POST /v2.0/yida/forms/resources/agents/update` | `update_agent_task` | 修改代理信息 |
/// | `UpdateFormData` | `PUT /v2.0/yida/forms/instances` | `update_form_data` | 更新表单实例 |
/// | `UpdateSubTable` | `POST /v2.0/yida/forms/updateSubTable` | `update_sub_table` | 更新宜搭子表单 |
/// | `UpdateSubTableByRowId` | `POST /v2.0/yida/forms/updateSubTableByRowId` | `update_sub_table_by_row_id` | 通过指定rowId更新宜搭子表单数据 |
///
/// # `yun_shu_1_0`: yunShu（未在钉钉开放平台文档中找到）：生态日志数据互通。
///
/// Feature `yun_shu_1_0`; `client.yun_shu_1_0()`.
///
/// | action | method and path | Rust method | summary |
/// |---|---|---|---|
/// | `SaveOpenExternalLog` | `POST /v1.0/yunShu/externalLogs/save` | `save_open_external_log` | 生态日志数据互通 |
pub mod operations {}
