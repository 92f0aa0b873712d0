// @generated from api-spec/live_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 直播 (Live)：直播间、互动插件与云导播。
//!
//! 31 operations, methods of [`Api`] (`client.live_1_0()`), behind the cargo feature `live_1_0`; its paths start with `/v1.0/live/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `live_1_0`. Get it with `client.live_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加直播间互动插件
    ///
    /// `POST /v1.0/live/interactionPlugins`: DingTalk's `AddLiveInteractionPlugin` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddLiveInteractionPlugin")]
    #[doc(alias = "/v1.0/live/interactionPlugins")]
    #[doc(alias = "POST /v1.0/live/interactionPlugins")]
    pub fn add_live_interaction_plugin(
        &self,
        request: &AddLiveInteractionPluginRequest,
    ) -> rt::Call<AddLiveInteractionPluginResponseBody, AddLiveInteractionPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddLiveInteractionPlugin",
            rt::Method::Post,
            "/v1.0/live/interactionPlugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增加直播间的公告槽位信息
    ///
    /// `POST /v1.0/live/noticeWidgets`: DingTalk's `AddLiveNoticeWidget` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddLiveNoticeWidget")]
    #[doc(alias = "/v1.0/live/noticeWidgets")]
    #[doc(alias = "POST /v1.0/live/noticeWidgets")]
    pub fn add_live_notice_widget(
        &self,
        request: &AddLiveNoticeWidgetRequest,
    ) -> rt::Call<AddLiveNoticeWidgetResponseBody, AddLiveNoticeWidgetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddLiveNoticeWidget",
            rt::Method::Post,
            "/v1.0/live/noticeWidgets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加云导播联播群列表
    ///
    /// `POST /v1.0/live/cloudFeeds/{feedId}/share`: DingTalk's `AddShareCidList` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddShareCidList")]
    #[doc(alias = "/v1.0/live/cloudFeeds/{feedId}/share")]
    #[doc(alias = "POST /v1.0/live/cloudFeeds/{feedId}/share")]
    pub fn add_share_cid_list(
        &self,
        feed_id: &str,
        request: &AddShareCidListRequest,
    ) -> rt::Call<AddShareCidListResponseBody, AddShareCidListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddShareCidList",
            rt::Method::Post,
            "/v1.0/live/cloudFeeds/{feedId}/share",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 创建云导播课程
    ///
    /// `POST /v1.0/live/cloudFeeds`: DingTalk's `CreateCloudFeed` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCloudFeed")]
    #[doc(alias = "/v1.0/live/cloudFeeds")]
    #[doc(alias = "POST /v1.0/live/cloudFeeds")]
    pub fn create_cloud_feed(
        &self,
        request: &CreateCloudFeedRequest,
    ) -> rt::Call<CreateCloudFeedResponseBody, CreateCloudFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCloudFeed",
            rt::Method::Post,
            "/v1.0/live/cloudFeeds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建直播
    ///
    /// `POST /v1.0/live/lives`: DingTalk's `CreateLive` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateLive")]
    #[doc(alias = "/v1.0/live/lives")]
    #[doc(alias = "POST /v1.0/live/lives")]
    pub fn create_live(
        &self,
        request: &CreateLiveRequest,
    ) -> rt::Call<CreateLiveResponseBody, CreateLiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateLive",
            rt::Method::Post,
            "/v1.0/live/lives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除直播间内某一互动插件
    ///
    /// `DELETE /v1.0/live/interactionPlugins`: DingTalk's `DelLiveInteractionPlugin` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DelLiveInteractionPlugin")]
    #[doc(alias = "/v1.0/live/interactionPlugins")]
    #[doc(alias = "DELETE /v1.0/live/interactionPlugins")]
    pub fn del_live_interaction_plugin(
        &self,
        request: &DelLiveInteractionPluginRequest,
    ) -> rt::Call<DelLiveInteractionPluginResponseBody, DelLiveInteractionPluginError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DelLiveInteractionPlugin",
            rt::Method::Delete,
            "/v1.0/live/interactionPlugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除直播间的公告槽位信息
    ///
    /// `DELETE /v1.0/live/noticeWidgets`: DingTalk's `DelLiveNoticeWidget` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DelLiveNoticeWidget")]
    #[doc(alias = "/v1.0/live/noticeWidgets")]
    #[doc(alias = "DELETE /v1.0/live/noticeWidgets")]
    pub fn del_live_notice_widget(
        &self,
        request: &DelLiveNoticeWidgetRequest,
    ) -> rt::Call<DelLiveNoticeWidgetResponseBody, DelLiveNoticeWidgetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DelLiveNoticeWidget",
            rt::Method::Delete,
            "/v1.0/live/noticeWidgets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除直播
    ///
    /// `DELETE /v1.0/live/lives`: DingTalk's `DeleteLive` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteLive")]
    #[doc(alias = "/v1.0/live/lives")]
    #[doc(alias = "DELETE /v1.0/live/lives")]
    pub fn delete_live(
        &self,
        request: &DeleteLiveRequest,
    ) -> rt::Call<DeleteLiveResponseBody, DeleteLiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteLive",
            rt::Method::Delete,
            "/v1.0/live/lives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除直播培训课程
    ///
    /// `DELETE /v1.0/live/openFeeds/{feedId}`: DingTalk's `DeleteLiveFeed` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteLiveFeed")]
    #[doc(alias = "/v1.0/live/openFeeds/{feedId}")]
    #[doc(alias = "DELETE /v1.0/live/openFeeds/{feedId}")]
    pub fn delete_live_feed(
        &self,
        feed_id: &str,
        request: &DeleteLiveFeedRequest,
    ) -> rt::Call<DeleteLiveFeedResponseBody, DeleteLiveFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteLiveFeed",
            rt::Method::Delete,
            "/v1.0/live/openFeeds/{feedId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 剪辑直播课程的回放
    ///
    /// `POST /v1.0/live/openFeeds/{feedId}/cutReplay`: DingTalk's `EditFeedReplay` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditFeedReplay")]
    #[doc(alias = "/v1.0/live/openFeeds/{feedId}/cutReplay")]
    #[doc(alias = "POST /v1.0/live/openFeeds/{feedId}/cutReplay")]
    pub fn edit_feed_replay(
        &self,
        feed_id: &str,
        request: &EditFeedReplayRequest,
    ) -> rt::Call<EditFeedReplayResponseBody, EditFeedReplayError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditFeedReplay",
            rt::Method::Post,
            "/v1.0/live/openFeeds/{feedId}/cutReplay",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 获取群内的直播列表
    ///
    /// `GET /v1.0/live/groupLives`: DingTalk's `GetGroupLiveList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGroupLiveList")]
    #[doc(alias = "/v1.0/live/groupLives")]
    #[doc(alias = "GET /v1.0/live/groupLives")]
    pub fn get_group_live_list(
        &self,
        request: &GetGroupLiveListRequest,
    ) -> rt::Call<GetGroupLiveListResponseBody, GetGroupLiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupLiveList",
            rt::Method::Get,
            "/v1.0/live/groupLives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取直播的可下载回放地址
    ///
    /// `GET /v1.0/live/lives/replayUrls`: DingTalk's `GetLiveReplayUrl` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetLiveReplayUrl")]
    #[doc(alias = "/v1.0/live/lives/replayUrls")]
    #[doc(alias = "GET /v1.0/live/lives/replayUrls")]
    pub fn get_live_replay_url(
        &self,
        request: &GetLiveReplayUrlRequest,
    ) -> rt::Call<GetLiveReplayUrlResponseBody, GetLiveReplayUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLiveReplayUrl",
            rt::Method::Get,
            "/v1.0/live/lives/replayUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取某组织内的直播列表
    ///
    /// `POST /v1.0/live/organizations/liveLists/query`: DingTalk's `GetOrgLiveList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrgLiveList")]
    #[doc(alias = "/v1.0/live/organizations/liveLists/query")]
    #[doc(alias = "POST /v1.0/live/organizations/liveLists/query")]
    pub fn get_org_live_list(
        &self,
        request: &GetOrgLiveListRequest,
    ) -> rt::Call<GetOrgLiveListResponseBody, GetOrgLiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrgLiveList",
            rt::Method::Post,
            "/v1.0/live/organizations/liveLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据状态拉我相关的直播
    ///
    /// `POST /v1.0/live/users/allLiveInfos/query`: DingTalk's `GetUserAllLiveList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_all_live_list_pages`].
    #[doc(alias = "GetUserAllLiveList")]
    #[doc(alias = "/v1.0/live/users/allLiveInfos/query")]
    #[doc(alias = "POST /v1.0/live/users/allLiveInfos/query")]
    pub fn get_user_all_live_list(
        &self,
        request: &GetUserAllLiveListRequest,
    ) -> rt::Call<GetUserAllLiveListResponseBody, GetUserAllLiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserAllLiveList",
            rt::Method::Post,
            "/v1.0/live/users/allLiveInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据状态获取用户创建的直播
    ///
    /// `POST /v1.0/live/users/createLiveInfos/query`: DingTalk's `GetUserCreateLiveList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_create_live_list_pages`].
    #[doc(alias = "GetUserCreateLiveList")]
    #[doc(alias = "/v1.0/live/users/createLiveInfos/query")]
    #[doc(alias = "POST /v1.0/live/users/createLiveInfos/query")]
    pub fn get_user_create_live_list(
        &self,
        request: &GetUserCreateLiveListRequest,
    ) -> rt::Call<GetUserCreateLiveListResponseBody, GetUserCreateLiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserCreateLiveList",
            rt::Method::Post,
            "/v1.0/live/users/createLiveInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户观看直播记录
    ///
    /// `GET /v1.0/live/users/watchRecords`: DingTalk's `GetUserWatchLiveList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_watch_live_list_pages`].
    #[doc(alias = "GetUserWatchLiveList")]
    #[doc(alias = "/v1.0/live/users/watchRecords")]
    #[doc(alias = "GET /v1.0/live/users/watchRecords")]
    pub fn get_user_watch_live_list(
        &self,
        request: &GetUserWatchLiveListRequest,
    ) -> rt::Call<GetUserWatchLiveListResponseBody, GetUserWatchLiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserWatchLiveList",
            rt::Method::Get,
            "/v1.0/live/users/watchRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改直播课程可见白名单
    ///
    /// `POST /v1.0/live/openFeeds/{feedId}/whiteList`: DingTalk's `ModifyFeedWhiteList` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifyFeedWhiteList")]
    #[doc(alias = "/v1.0/live/openFeeds/{feedId}/whiteList")]
    #[doc(alias = "POST /v1.0/live/openFeeds/{feedId}/whiteList")]
    pub fn modify_feed_white_list(
        &self,
        feed_id: &str,
        request: &ModifyFeedWhiteListRequest,
    ) -> rt::Call<ModifyFeedWhiteListResponseBody, ModifyFeedWhiteListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyFeedWhiteList",
            rt::Method::Post,
            "/v1.0/live/openFeeds/{feedId}/whiteList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 查询直播课程的观看白名单
    ///
    /// `GET /v1.0/live/openFeeds/{feedId}/whiteList`: DingTalk's `QueryFeedWhiteList` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFeedWhiteList")]
    #[doc(alias = "/v1.0/live/openFeeds/{feedId}/whiteList")]
    #[doc(alias = "GET /v1.0/live/openFeeds/{feedId}/whiteList")]
    pub fn query_feed_white_list(
        &self,
        feed_id: &str,
        request: &QueryFeedWhiteListRequest,
    ) -> rt::Call<QueryFeedWhiteListResponseBody, QueryFeedWhiteListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFeedWhiteList",
            rt::Method::Get,
            "/v1.0/live/openFeeds/{feedId}/whiteList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 查询直播详情
    ///
    /// `GET /v1.0/live/lives`: DingTalk's `QueryLiveInfo` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryLiveInfo")]
    #[doc(alias = "/v1.0/live/lives")]
    #[doc(alias = "GET /v1.0/live/lives")]
    pub fn query_live_info(
        &self,
        request: &QueryLiveInfoRequest,
    ) -> rt::Call<QueryLiveInfoResponseBody, QueryLiveInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryLiveInfo",
            rt::Method::Get,
            "/v1.0/live/lives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询直播间内某一互动插件的信息
    ///
    /// `GET /v1.0/live/interactionPlugins`: DingTalk's `QueryLiveInteractionPlugin` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryLiveInteractionPlugin")]
    #[doc(alias = "/v1.0/live/interactionPlugins")]
    #[doc(alias = "GET /v1.0/live/interactionPlugins")]
    pub fn query_live_interaction_plugin(
        &self,
        request: &QueryLiveInteractionPluginRequest,
    ) -> rt::Call<
        QueryLiveInteractionPluginResponseBody,
        QueryLiveInteractionPluginError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryLiveInteractionPlugin",
            rt::Method::Get,
            "/v1.0/live/interactionPlugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取直播的观看数据
    ///
    /// `GET /v1.0/live/lives/watchDetails`: DingTalk's `QueryLiveWatchDetail` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryLiveWatchDetail")]
    #[doc(alias = "/v1.0/live/lives/watchDetails")]
    #[doc(alias = "GET /v1.0/live/lives/watchDetails")]
    pub fn query_live_watch_detail(
        &self,
        request: &QueryLiveWatchDetailRequest,
    ) -> rt::Call<QueryLiveWatchDetailResponseBody, QueryLiveWatchDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryLiveWatchDetail",
            rt::Method::Get,
            "/v1.0/live/lives/watchDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取直播观看用户列表
    ///
    /// `GET /v1.0/live/lives/watchUsers`: DingTalk's `QueryLiveWatchUserList` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryLiveWatchUserList")]
    #[doc(alias = "/v1.0/live/lives/watchUsers")]
    #[doc(alias = "GET /v1.0/live/lives/watchUsers")]
    pub fn query_live_watch_user_list(
        &self,
        request: &QueryLiveWatchUserListRequest,
    ) -> rt::Call<QueryLiveWatchUserListResponseBody, QueryLiveWatchUserListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryLiveWatchUserList",
            rt::Method::Get,
            "/v1.0/live/lives/watchUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询直播是否订阅
    ///
    /// `POST /v1.0/live/subscribeStatuses/query`: DingTalk's `QuerySubscribeStatus` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySubscribeStatus")]
    #[doc(alias = "/v1.0/live/subscribeStatuses/query")]
    #[doc(alias = "POST /v1.0/live/subscribeStatuses/query")]
    pub fn query_subscribe_status(
        &self,
        request: &QuerySubscribeStatusRequest,
    ) -> rt::Call<QuerySubscribeStatusResponseBody, QuerySubscribeStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySubscribeStatus",
            rt::Method::Post,
            "/v1.0/live/subscribeStatuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户推送互动插件特效消息到直播间
    ///
    /// `POST /v1.0/live/interactionPlugins/effectMessages/send`: DingTalk's `SendLiveInteractionPluginEffectsMsg` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendLiveInteractionPluginEffectsMsg")]
    #[doc(alias = "/v1.0/live/interactionPlugins/effectMessages/send")]
    #[doc(alias = "POST /v1.0/live/interactionPlugins/effectMessages/send")]
    pub fn send_live_interaction_plugin_effects_msg(
        &self,
        request: &SendLiveInteractionPluginEffectsMsgRequest,
    ) -> rt::Call<
        SendLiveInteractionPluginEffectsMsgResponseBody,
        SendLiveInteractionPluginEffectsMsgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendLiveInteractionPluginEffectsMsg",
            rt::Method::Post,
            "/v1.0/live/interactionPlugins/effectMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户对互动插件进行操作广播到直播间
    ///
    /// `POST /v1.0/live/interactionPlugins/actionMessages/send`: DingTalk's `SendLivePluginUserActionMsg` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendLivePluginUserActionMsg")]
    #[doc(alias = "/v1.0/live/interactionPlugins/actionMessages/send")]
    #[doc(alias = "POST /v1.0/live/interactionPlugins/actionMessages/send")]
    pub fn send_live_plugin_user_action_msg(
        &self,
        request: &SendLivePluginUserActionMsgRequest,
    ) -> rt::Call<
        SendLivePluginUserActionMsgResponseBody,
        SendLivePluginUserActionMsgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendLivePluginUserActionMsg",
            rt::Method::Post,
            "/v1.0/live/interactionPlugins/actionMessages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开始一场云导播
    ///
    /// `POST /v1.0/live/cloudFeeds/{feedId}/start`: DingTalk's `StartCloudFeed` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartCloudFeed")]
    #[doc(alias = "/v1.0/live/cloudFeeds/{feedId}/start")]
    #[doc(alias = "POST /v1.0/live/cloudFeeds/{feedId}/start")]
    pub fn start_cloud_feed(
        &self,
        feed_id: &str,
        request: &StartCloudFeedRequest,
    ) -> rt::Call<StartCloudFeedResponseBody, StartCloudFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartCloudFeed",
            rt::Method::Post,
            "/v1.0/live/cloudFeeds/{feedId}/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 结束一场云导播
    ///
    /// `POST /v1.0/live/cloudFeeds/{feedId}/stop`: DingTalk's `StopCloudFeed` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StopCloudFeed")]
    #[doc(alias = "/v1.0/live/cloudFeeds/{feedId}/stop")]
    #[doc(alias = "POST /v1.0/live/cloudFeeds/{feedId}/stop")]
    pub fn stop_cloud_feed(
        &self,
        feed_id: &str,
        request: &StopCloudFeedRequest,
    ) -> rt::Call<StopCloudFeedResponseBody, StopCloudFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopCloudFeed",
            rt::Method::Post,
            "/v1.0/live/cloudFeeds/{feedId}/stop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 预约直播
    ///
    /// `POST /v1.0/live/lives/subscribe`: DingTalk's `SubscribeLive` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubscribeLive")]
    #[doc(alias = "/v1.0/live/lives/subscribe")]
    #[doc(alias = "POST /v1.0/live/lives/subscribe")]
    pub fn subscribe_live(
        &self,
        request: &SubscribeLiveRequest,
    ) -> rt::Call<SubscribeLiveResponseBody, SubscribeLiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubscribeLive",
            rt::Method::Post,
            "/v1.0/live/lives/subscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改直播
    ///
    /// `PUT /v1.0/live/lives`: DingTalk's `UpdateLive` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateLive")]
    #[doc(alias = "/v1.0/live/lives")]
    #[doc(alias = "PUT /v1.0/live/lives")]
    pub fn update_live(
        &self,
        request: &UpdateLiveRequest,
    ) -> rt::Call<UpdateLiveResponseBody, UpdateLiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateLive",
            rt::Method::Put,
            "/v1.0/live/lives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改培训课程信息
    ///
    /// `POST /v1.0/live/openFeeds/{feedId}`: DingTalk's `UpdateLiveFeed` (module feature `live_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateLiveFeed")]
    #[doc(alias = "/v1.0/live/openFeeds/{feedId}")]
    #[doc(alias = "POST /v1.0/live/openFeeds/{feedId}")]
    pub fn update_live_feed(
        &self,
        feed_id: &str,
        request: &UpdateLiveFeedRequest,
    ) -> rt::Call<UpdateLiveFeedResponseBody, UpdateLiveFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateLiveFeed",
            rt::Method::Post,
            "/v1.0/live/openFeeds/{feedId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 修改直播间内某一互动插件的信息
    ///
    /// `PUT /v1.0/live/interactionPlugins`: DingTalk's `UpdateLiveInteractionPlugin` (module feature `live_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateLiveInteractionPlugin")]
    #[doc(alias = "/v1.0/live/interactionPlugins")]
    #[doc(alias = "PUT /v1.0/live/interactionPlugins")]
    pub fn update_live_interaction_plugin(
        &self,
        request: &UpdateLiveInteractionPluginRequest,
    ) -> rt::Call<
        UpdateLiveInteractionPluginResponseBody,
        UpdateLiveInteractionPluginError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateLiveInteractionPlugin",
            rt::Method::Put,
            "/v1.0/live/interactionPlugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_user_all_live_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result.liveInfoPopModelList` of each page.
    pub fn get_user_all_live_list_pages(
        &self,
        request: &GetUserAllLiveListRequest,
    ) -> rt::Paginator<
        GetUserAllLiveListResponseBody,
        GetUserAllLiveListError,
        GetUserAllLiveListResponseBodyResultLiveInfoPopModelList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "liveInfoPopModelList"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_user_all_live_list(request), &PAGING)
    }
    /// Every page of [`Api::get_user_create_live_list`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.liveInfoPopModelList` of each page.
    pub fn get_user_create_live_list_pages(
        &self,
        request: &GetUserCreateLiveListRequest,
    ) -> rt::Paginator<
        GetUserCreateLiveListResponseBody,
        GetUserCreateLiveListError,
        GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "liveInfoPopModelList"],
        );
        rt::Paginator::new(self.get_user_create_live_list(request), &PAGING)
    }
    /// Every page of [`Api::get_user_watch_live_list`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.liveInfoPopModelList` of each page.
    pub fn get_user_watch_live_list_pages(
        &self,
        request: &GetUserWatchLiveListRequest,
    ) -> rt::Paginator<
        GetUserWatchLiveListResponseBody,
        GetUserWatchLiveListError,
        GetUserWatchLiveListResponseBodyResultLiveInfoPopModelList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "liveInfoPopModelList"],
        );
        rt::Paginator::new(self.get_user_watch_live_list(request), &PAGING)
    }
}
/// `AddLiveInteractionPluginResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLiveInteractionPluginResponseBody {
    /// `result`.
    pub result: Option<AddLiveInteractionPluginResponseBodyResult>,
}
rt::impl_deserialize! {
    AddLiveInteractionPluginResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLiveInteractionPluginResponseBody { "result" => optional(result) }
}
/// `AddLiveNoticeWidgetResponseBody`, a model several operations share: also named [`DelLiveInteractionPluginResponseBody`], [`DelLiveNoticeWidgetResponseBody`], [`DeleteLiveResponseBody`], [`SendLiveInteractionPluginEffectsMsgResponseBody`], [`SubscribeLiveResponseBody`], [`UpdateLiveResponseBody`], [`UpdateLiveInteractionPluginResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLiveNoticeWidgetResponseBody {
    /// `result`.
    pub result: Option<AddLiveNoticeWidgetResponseBodyResult>,
}
rt::impl_deserialize! {
    AddLiveNoticeWidgetResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLiveNoticeWidgetResponseBody { "result" => optional(result) }
}
/// `AddShareCidListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddShareCidListResponseBody {
    /// `hasShareSuccess`.
    pub has_share_success: Option<bool>,
    /// `shareSuccessGroupList`.
    pub share_success_group_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AddShareCidListResponseBody { "hasShareSuccess" => read_field(has_share_success),
    "shareSuccessGroupList" => read_field(share_success_group_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddShareCidListResponseBody { "hasShareSuccess" => optional(has_share_success),
    "shareSuccessGroupList" => optional(share_success_group_list) }
}
/// `CreateCloudFeedResponseBody`, a model several operations share: also named [`EditFeedReplayResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCloudFeedResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    CreateCloudFeedResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCloudFeedResponseBody { "result" => optional(result) }
}
/// `CreateLiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateLiveResponseBody {
    /// `result`.
    pub result: Option<CreateLiveResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateLiveResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateLiveResponseBody { "result" => optional(result) }
}
/// `DelLiveInteractionPluginResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type DelLiveInteractionPluginResponseBody = AddLiveNoticeWidgetResponseBody;
/// `DelLiveNoticeWidgetResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type DelLiveNoticeWidgetResponseBody = AddLiveNoticeWidgetResponseBody;
/// `DeleteLiveResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type DeleteLiveResponseBody = AddLiveNoticeWidgetResponseBody;
/// `DeleteLiveFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteLiveFeedResponseBody {
    /// `hasDelete`.
    pub has_delete: Option<bool>,
}
rt::impl_deserialize! {
    DeleteLiveFeedResponseBody { "hasDelete" => read_field(has_delete) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteLiveFeedResponseBody { "hasDelete" => optional(has_delete) }
}
/// `EditFeedReplayResponseBody`: the same model as [`CreateCloudFeedResponseBody`].
pub type EditFeedReplayResponseBody = CreateCloudFeedResponseBody;
/// `GetGroupLiveListRequestRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupLiveListRequestRequestBody {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl GetGroupLiveListRequestRequestBody {
    /// An empty `GetGroupLiveListRequestRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetGroupLiveListRequestRequestBody { "endTime" => optional(end_time),
    "openConversationId" => optional(open_conversation_id), "startTime" =>
    optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupLiveListRequestRequestBody { "endTime" => read_field(end_time),
    "openConversationId" => read_field(open_conversation_id), "startTime" =>
    read_field(start_time) }
}
/// `GetGroupLiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupLiveListResponseBody {
    /// `result`.
    pub result: Option<GetGroupLiveListResponseBodyResult>,
}
rt::impl_deserialize! {
    GetGroupLiveListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupLiveListResponseBody { "result" => optional(result) }
}
/// `GetLiveReplayUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLiveReplayUrlResponseBody {
    /// `result`.
    pub result: Option<GetLiveReplayUrlResponseBodyResult>,
}
rt::impl_deserialize! {
    GetLiveReplayUrlResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLiveReplayUrlResponseBody { "result" => optional(result) }
}
/// `GetOrgLiveListRequestRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOrgLiveListRequestRequestBody {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
/// The required fields of [`GetOrgLiveListRequestRequestBody`], each named where it is set: `GetOrgLiveListRequestRequestBody::new(GetOrgLiveListRequestRequestBodyRequired { .. })`.
pub struct GetOrgLiveListRequestRequestBodyRequired {
    /// `pageNumber`: see [`GetOrgLiveListRequestRequestBody::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetOrgLiveListRequestRequestBody::page_size`].
    pub page_size: i64,
}
impl GetOrgLiveListRequestRequestBody {
    /// A `GetOrgLiveListRequestRequestBody` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetOrgLiveListRequestRequestBodyRequired) -> Self {
        let GetOrgLiveListRequestRequestBodyRequired { page_number, page_size } = required;
        Self {
            end_time: None,
            page_number,
            page_size,
            start_time: None,
            union_id: None,
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
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetOrgLiveListRequestRequestBody { "endTime" => optional(end_time), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "startTime" =>
    optional(start_time), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgLiveListRequestRequestBody { "endTime" => read_field(end_time), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id) }
}
/// `GetOrgLiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgLiveListResponseBody {
    /// `result`.
    pub result: Option<GetOrgLiveListResponseBodyResult>,
}
rt::impl_deserialize! {
    GetOrgLiveListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgLiveListResponseBody { "result" => optional(result) }
}
/// `GetUserAllLiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAllLiveListResponseBody {
    /// `result`.
    pub result: Option<GetUserAllLiveListResponseBodyResult>,
}
rt::impl_deserialize! {
    GetUserAllLiveListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAllLiveListResponseBody { "result" => optional(result) }
}
/// `GetUserCreateLiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserCreateLiveListResponseBody {
    /// `result`.
    pub result: Option<GetUserCreateLiveListResponseBodyResult>,
}
rt::impl_deserialize! {
    GetUserCreateLiveListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserCreateLiveListResponseBody { "result" => optional(result) }
}
/// `GetUserWatchLiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserWatchLiveListResponseBody {
    /// `result`.
    pub result: Option<GetUserWatchLiveListResponseBodyResult>,
}
rt::impl_deserialize! {
    GetUserWatchLiveListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserWatchLiveListResponseBody { "result" => optional(result) }
}
/// `ModifyFeedWhiteListResponseBody`, a model several operations share: also named [`QueryFeedWhiteListResponseBody`], [`StartCloudFeedResponseBody`], [`StopCloudFeedResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifyFeedWhiteListResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ModifyFeedWhiteListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ModifyFeedWhiteListResponseBody { "result" => optional(result) }
}
/// `QueryFeedWhiteListResponseBody`: the same model as [`ModifyFeedWhiteListResponseBody`].
pub type QueryFeedWhiteListResponseBody = ModifyFeedWhiteListResponseBody;
/// `QueryLiveInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInfoResponseBody {
    /// `result`.
    pub result: Option<QueryLiveInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryLiveInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInfoResponseBody { "result" => optional(result) }
}
/// `QueryLiveInteractionPluginResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInteractionPluginResponseBody {
    /// `result`.
    pub result: Option<QueryLiveInteractionPluginResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryLiveInteractionPluginResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInteractionPluginResponseBody { "result" => optional(result) }
}
/// `QueryLiveWatchDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchDetailResponseBody {
    /// `result`.
    pub result: Option<QueryLiveWatchDetailResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryLiveWatchDetailResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchDetailResponseBody { "result" => optional(result) }
}
/// `QueryLiveWatchUserListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchUserListResponseBody {
    /// `result`.
    pub result: Option<QueryLiveWatchUserListResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryLiveWatchUserListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchUserListResponseBody { "result" => optional(result) }
}
/// `QuerySubscribeStatusRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubscribeStatusRequestBody {
    /// `liveIds`.
    pub live_ids: Option<Vec<String>>,
}
impl QuerySubscribeStatusRequestBody {
    /// An empty `QuerySubscribeStatusRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `liveIds`.
    pub fn live_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.live_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    QuerySubscribeStatusRequestBody { "liveIds" => optional(live_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySubscribeStatusRequestBody { "liveIds" => read_field(live_ids) }
}
/// `QuerySubscribeStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubscribeStatusResponseBody {
    /// `result`.
    pub result: Option<QuerySubscribeStatusResponseBodyResult>,
}
rt::impl_deserialize! {
    QuerySubscribeStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubscribeStatusResponseBody { "result" => optional(result) }
}
/// `SendLiveInteractionPluginEffectsMsgResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type SendLiveInteractionPluginEffectsMsgResponseBody = AddLiveNoticeWidgetResponseBody;
/// `SendLivePluginUserActionMsgRequestPluginEffectsMessage`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendLivePluginUserActionMsgRequestPluginEffectsMessage {
    /// `count`.
    pub count: i64,
    /// `lottieFileUrl`.
    pub lottie_file_url: Option<String>,
    /// `msgIconUrl`.
    pub msg_icon_url: String,
    /// `msgText`.
    pub msg_text: String,
    /// `pluginSubId`.
    pub plugin_sub_id: String,
    /// `senderUnionId`.
    pub sender_union_id: String,
}
/// The required fields of [`SendLivePluginUserActionMsgRequestPluginEffectsMessage`], each named where it is set: `SendLivePluginUserActionMsgRequestPluginEffectsMessage::new(SendLivePluginUserActionMsgRequestPluginEffectsMessageRequired { .. })`.
pub struct SendLivePluginUserActionMsgRequestPluginEffectsMessageRequired {
    /// `count`: see [`SendLivePluginUserActionMsgRequestPluginEffectsMessage::count`].
    pub count: i64,
    /// `msgIconUrl`: see [`SendLivePluginUserActionMsgRequestPluginEffectsMessage::msg_icon_url`].
    pub msg_icon_url: String,
    /// `msgText`: see [`SendLivePluginUserActionMsgRequestPluginEffectsMessage::msg_text`].
    pub msg_text: String,
    /// `pluginSubId`: see [`SendLivePluginUserActionMsgRequestPluginEffectsMessage::plugin_sub_id`].
    pub plugin_sub_id: String,
    /// `senderUnionId`: see [`SendLivePluginUserActionMsgRequestPluginEffectsMessage::sender_union_id`].
    pub sender_union_id: String,
}
impl SendLivePluginUserActionMsgRequestPluginEffectsMessage {
    /// A `SendLivePluginUserActionMsgRequestPluginEffectsMessage` with its required fields (`count`, `msgIconUrl`, `msgText`, `pluginSubId`, `senderUnionId`); set the others with the methods named after them.
    pub fn new(
        required: SendLivePluginUserActionMsgRequestPluginEffectsMessageRequired,
    ) -> Self {
        let SendLivePluginUserActionMsgRequestPluginEffectsMessageRequired {
            count,
            msg_icon_url,
            msg_text,
            plugin_sub_id,
            sender_union_id,
        } = required;
        Self {
            count,
            lottie_file_url: None,
            msg_icon_url,
            msg_text,
            plugin_sub_id,
            sender_union_id,
        }
    }
    /// Sets `lottieFileUrl`.
    pub fn lottie_file_url(mut self, value: impl Into<String>) -> Self {
        self.lottie_file_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendLivePluginUserActionMsgRequestPluginEffectsMessage { "count" => field(count),
    "lottieFileUrl" => optional(lottie_file_url), "msgIconUrl" => field(msg_icon_url),
    "msgText" => field(msg_text), "pluginSubId" => field(plugin_sub_id), "senderUnionId"
    => field(sender_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendLivePluginUserActionMsgRequestPluginEffectsMessage { "count" =>
    read_field(count), "lottieFileUrl" => read_field(lottie_file_url), "msgIconUrl" =>
    read_field(msg_icon_url), "msgText" => read_field(msg_text), "pluginSubId" =>
    read_field(plugin_sub_id), "senderUnionId" => read_field(sender_union_id) }
}
/// `SendLivePluginUserActionMsgResponseBody`, a model several operations share: also named [`AddLiveNoticeWidgetResponseBodyResult`], [`DelLiveInteractionPluginResponseBodyResult`], [`DelLiveNoticeWidgetResponseBodyResult`], [`DeleteLiveResponseBodyResult`], [`SendLiveInteractionPluginEffectsMsgResponseBodyResult`], [`SubscribeLiveResponseBodyResult`], [`UpdateLiveResponseBodyResult`], [`UpdateLiveInteractionPluginResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendLivePluginUserActionMsgResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SendLivePluginUserActionMsgResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendLivePluginUserActionMsgResponseBody { "success" => optional(success) }
}
/// `StartCloudFeedResponseBody`: the same model as [`ModifyFeedWhiteListResponseBody`].
pub type StartCloudFeedResponseBody = ModifyFeedWhiteListResponseBody;
/// `StopCloudFeedResponseBody`: the same model as [`ModifyFeedWhiteListResponseBody`].
pub type StopCloudFeedResponseBody = ModifyFeedWhiteListResponseBody;
/// `SubscribeLiveResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type SubscribeLiveResponseBody = AddLiveNoticeWidgetResponseBody;
/// `UpdateLiveResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type UpdateLiveResponseBody = AddLiveNoticeWidgetResponseBody;
/// `UpdateLiveFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateLiveFeedResponseBody {
    /// `hasUpdate`.
    pub has_update: Option<bool>,
}
rt::impl_deserialize! {
    UpdateLiveFeedResponseBody { "hasUpdate" => read_field(has_update) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateLiveFeedResponseBody { "hasUpdate" => optional(has_update) }
}
/// `UpdateLiveInteractionPluginResponseBody`: the same model as [`AddLiveNoticeWidgetResponseBody`].
pub type UpdateLiveInteractionPluginResponseBody = AddLiveNoticeWidgetResponseBody;
/// `AddLiveInteractionPluginResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddLiveInteractionPluginResponseBodyResult {
    /// `pluginId`.
    pub plugin_id: Option<String>,
}
rt::impl_deserialize! {
    AddLiveInteractionPluginResponseBodyResult { "pluginId" => read_field(plugin_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddLiveInteractionPluginResponseBodyResult { "pluginId" => optional(plugin_id) }
}
/// `AddLiveNoticeWidgetResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type AddLiveNoticeWidgetResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `CreateLiveResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateLiveResponseBodyResult {
    /// `liveId`.
    pub live_id: Option<String>,
}
rt::impl_deserialize! {
    CreateLiveResponseBodyResult { "liveId" => read_field(live_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateLiveResponseBodyResult { "liveId" => optional(live_id) }
}
/// `DelLiveInteractionPluginResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type DelLiveInteractionPluginResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `DelLiveNoticeWidgetResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type DelLiveNoticeWidgetResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `DeleteLiveResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type DeleteLiveResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `GetGroupLiveListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupLiveListResponseBodyResult {
    /// `groupLiveList`.
    pub group_live_list: Option<Vec<GetGroupLiveListResponseBodyResultGroupLiveList>>,
}
rt::impl_deserialize! {
    GetGroupLiveListResponseBodyResult { "groupLiveList" => read_field(group_live_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupLiveListResponseBodyResult { "groupLiveList" => optional(group_live_list) }
}
/// `GetLiveReplayUrlResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLiveReplayUrlResponseBodyResult {
    /// `replayUrl`.
    pub replay_url: Option<String>,
}
rt::impl_deserialize! {
    GetLiveReplayUrlResponseBodyResult { "replayUrl" => read_field(replay_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLiveReplayUrlResponseBodyResult { "replayUrl" => optional(replay_url) }
}
/// `GetOrgLiveListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgLiveListResponseBodyResult {
    /// `newLive`.
    pub new_live: Option<GetOrgLiveListResponseBodyResultNewLive>,
    /// `updateLive`.
    pub update_live: Option<GetOrgLiveListResponseBodyResultUpdateLive>,
}
rt::impl_deserialize! {
    GetOrgLiveListResponseBodyResult { "newLive" => read_field(new_live), "updateLive" =>
    read_field(update_live) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgLiveListResponseBodyResult { "newLive" => optional(new_live), "updateLive" =>
    optional(update_live) }
}
/// `GetUserAllLiveListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAllLiveListResponseBodyResult {
    /// `hasFinish`.
    pub has_finish: Option<bool>,
    /// `liveInfoPopModelList`.
    pub live_info_pop_model_list: Option<
        Vec<GetUserAllLiveListResponseBodyResultLiveInfoPopModelList>,
    >,
}
rt::impl_deserialize! {
    GetUserAllLiveListResponseBodyResult { "hasFinish" => read_field(has_finish),
    "liveInfoPopModelList" => read_field(live_info_pop_model_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAllLiveListResponseBodyResult { "hasFinish" => optional(has_finish),
    "liveInfoPopModelList" => optional(live_info_pop_model_list) }
}
/// `GetUserCreateLiveListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserCreateLiveListResponseBodyResult {
    /// `hasFinish`.
    pub has_finish: Option<bool>,
    /// `liveInfoPopModelList`.
    pub live_info_pop_model_list: Option<
        Vec<GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList>,
    >,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetUserCreateLiveListResponseBodyResult { "hasFinish" => read_field(has_finish),
    "liveInfoPopModelList" => read_field(live_info_pop_model_list), "nextToken" =>
    read_field(next_token), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserCreateLiveListResponseBodyResult { "hasFinish" => optional(has_finish),
    "liveInfoPopModelList" => optional(live_info_pop_model_list), "nextToken" =>
    optional(next_token), "total" => optional(total) }
}
/// `GetUserWatchLiveListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserWatchLiveListResponseBodyResult {
    /// `hasFinish`.
    pub has_finish: Option<bool>,
    /// `liveInfoPopModelList`.
    pub live_info_pop_model_list: Option<
        Vec<GetUserWatchLiveListResponseBodyResultLiveInfoPopModelList>,
    >,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetUserWatchLiveListResponseBodyResult { "hasFinish" => read_field(has_finish),
    "liveInfoPopModelList" => read_field(live_info_pop_model_list), "nextToken" =>
    read_field(next_token), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserWatchLiveListResponseBodyResult { "hasFinish" => optional(has_finish),
    "liveInfoPopModelList" => optional(live_info_pop_model_list), "nextToken" =>
    optional(next_token), "total" => optional(total) }
}
/// `QueryLiveInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInfoResponseBodyResult {
    /// `liveInfo`.
    pub live_info: Option<QueryLiveInfoResponseBodyResultLiveInfo>,
}
rt::impl_deserialize! {
    QueryLiveInfoResponseBodyResult { "liveInfo" => read_field(live_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInfoResponseBodyResult { "liveInfo" => optional(live_info) }
}
/// `QueryLiveInteractionPluginResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInteractionPluginResponseBodyResult {
    /// `livePluginList`.
    pub live_plugin_list: Option<
        Vec<QueryLiveInteractionPluginResponseBodyResultLivePluginList>,
    >,
}
rt::impl_deserialize! {
    QueryLiveInteractionPluginResponseBodyResult { "livePluginList" =>
    read_field(live_plugin_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInteractionPluginResponseBodyResult { "livePluginList" =>
    optional(live_plugin_list) }
}
/// `QueryLiveWatchDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchDetailResponseBodyResult {
    /// `avgWatchTime`.
    pub avg_watch_time: Option<i64>,
    /// `liveUv`.
    pub live_uv: Option<i64>,
    /// `msgCount`.
    pub msg_count: Option<i64>,
    /// `playbackUv`.
    pub playback_uv: Option<i64>,
    /// `praiseCount`.
    pub praise_count: Option<i64>,
    /// `pv`.
    pub pv: Option<i64>,
    /// `totalWatchTime`.
    pub total_watch_time: Option<i64>,
    /// `uv`.
    pub uv: Option<i64>,
}
rt::impl_deserialize! {
    QueryLiveWatchDetailResponseBodyResult { "avgWatchTime" =>
    read_field(avg_watch_time), "liveUv" => read_field(live_uv), "msgCount" =>
    read_field(msg_count), "playbackUv" => read_field(playback_uv), "praiseCount" =>
    read_field(praise_count), "pv" => read_field(pv), "totalWatchTime" =>
    read_field(total_watch_time), "uv" => read_field(uv) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchDetailResponseBodyResult { "avgWatchTime" => optional(avg_watch_time),
    "liveUv" => optional(live_uv), "msgCount" => optional(msg_count), "playbackUv" =>
    optional(playback_uv), "praiseCount" => optional(praise_count), "pv" => optional(pv),
    "totalWatchTime" => optional(total_watch_time), "uv" => optional(uv) }
}
/// `QueryLiveWatchUserListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchUserListResponseBodyResult {
    /// `orgUsesList`.
    pub org_uses_list: Option<Vec<QueryLiveWatchUserListResponseBodyResultOrgUsesList>>,
    /// `outOrgUserList`.
    pub out_org_user_list: Option<
        Vec<QueryLiveWatchUserListResponseBodyResultOutOrgUserList>,
    >,
}
rt::impl_deserialize! {
    QueryLiveWatchUserListResponseBodyResult { "orgUsesList" =>
    read_field(org_uses_list), "outOrgUserList" => read_field(out_org_user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchUserListResponseBodyResult { "orgUsesList" => optional(org_uses_list),
    "outOrgUserList" => optional(out_org_user_list) }
}
/// `QuerySubscribeStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubscribeStatusResponseBodyResult {
    /// `subscribeStatusDTOS`.
    pub subscribe_status_dtos: Option<
        Vec<QuerySubscribeStatusResponseBodyResultSubscribeStatusDTOS>,
    >,
}
rt::impl_deserialize! {
    QuerySubscribeStatusResponseBodyResult { "subscribeStatusDTOS" =>
    read_field(subscribe_status_dtos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubscribeStatusResponseBodyResult { "subscribeStatusDTOS" =>
    optional(subscribe_status_dtos) }
}
/// `SendLiveInteractionPluginEffectsMsgResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type SendLiveInteractionPluginEffectsMsgResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `SubscribeLiveResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type SubscribeLiveResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `UpdateLiveResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type UpdateLiveResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `UpdateLiveInteractionPluginResponseBodyResult`: the same model as [`SendLivePluginUserActionMsgResponseBody`].
pub type UpdateLiveInteractionPluginResponseBodyResult = SendLivePluginUserActionMsgResponseBody;
/// `GetGroupLiveListResponseBodyResultGroupLiveList`, a model several operations share: also named [`GetOrgLiveListResponseBodyResultUpdateLiveLiveList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupLiveListResponseBodyResultGroupLiveList {
    /// `anchorNickname`.
    pub anchor_nickname: Option<String>,
    /// `anchorUnionId`.
    pub anchor_union_id: Option<String>,
    /// `liveEndTime`.
    pub live_end_time: Option<i64>,
    /// `liveStartTime`.
    pub live_start_time: Option<i64>,
    /// `liveUuid`.
    pub live_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetGroupLiveListResponseBodyResultGroupLiveList { "anchorNickname" =>
    read_field(anchor_nickname), "anchorUnionId" => read_field(anchor_union_id),
    "liveEndTime" => read_field(live_end_time), "liveStartTime" =>
    read_field(live_start_time), "liveUuid" => read_field(live_uuid), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupLiveListResponseBodyResultGroupLiveList { "anchorNickname" =>
    optional(anchor_nickname), "anchorUnionId" => optional(anchor_union_id),
    "liveEndTime" => optional(live_end_time), "liveStartTime" =>
    optional(live_start_time), "liveUuid" => optional(live_uuid), "title" =>
    optional(title) }
}
/// `GetOrgLiveListResponseBodyResultNewLive`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgLiveListResponseBodyResultNewLive {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `liveList`.
    pub live_list: Option<Vec<GetOrgLiveListResponseBodyResultNewLiveLiveList>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetOrgLiveListResponseBodyResultNewLive { "hasMore" => read_field(has_more),
    "liveList" => read_field(live_list), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgLiveListResponseBodyResultNewLive { "hasMore" => optional(has_more), "liveList"
    => optional(live_list), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "totalCount" => optional(total_count) }
}
/// `GetOrgLiveListResponseBodyResultUpdateLive`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgLiveListResponseBodyResultUpdateLive {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `liveList`.
    pub live_list: Option<Vec<GetOrgLiveListResponseBodyResultUpdateLiveLiveList>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetOrgLiveListResponseBodyResultUpdateLive { "hasMore" => read_field(has_more),
    "liveList" => read_field(live_list), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgLiveListResponseBodyResultUpdateLive { "hasMore" => optional(has_more),
    "liveList" => optional(live_list), "pageNumber" => optional(page_number), "pageSize"
    => optional(page_size), "totalCount" => optional(total_count) }
}
/// `GetUserAllLiveListResponseBodyResultLiveInfoPopModelList`, a model several operations share: also named [`GetUserWatchLiveListResponseBodyResultLiveInfoPopModelList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAllLiveListResponseBodyResultLiveInfoPopModelList {
    /// `extraInfo`.
    pub extra_info: Option<
        GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo,
    >,
    /// `liveBasicInfo`.
    pub live_basic_info: Option<
        GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo,
    >,
}
rt::impl_deserialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelList { "extraInfo" =>
    read_field(extra_info), "liveBasicInfo" => read_field(live_basic_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelList { "extraInfo" =>
    optional(extra_info), "liveBasicInfo" => optional(live_basic_info) }
}
/// `GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList {
    /// `hasSubscribed`.
    pub has_subscribed: Option<
        GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListHasSubscribed,
    >,
    /// `liveBasicInfo`.
    pub live_basic_info: Option<
        GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo,
    >,
}
rt::impl_deserialize! {
    GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList { "hasSubscribed" =>
    read_field(has_subscribed), "liveBasicInfo" => read_field(live_basic_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserCreateLiveListResponseBodyResultLiveInfoPopModelList { "hasSubscribed" =>
    optional(has_subscribed), "liveBasicInfo" => optional(live_basic_info) }
}
/// `GetUserWatchLiveListResponseBodyResultLiveInfoPopModelList`: the same model as [`GetUserAllLiveListResponseBodyResultLiveInfoPopModelList`].
pub type GetUserWatchLiveListResponseBodyResultLiveInfoPopModelList = GetUserAllLiveListResponseBodyResultLiveInfoPopModelList;
/// `QueryLiveInfoResponseBodyResultLiveInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInfoResponseBodyResultLiveInfo {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `liveId`.
    pub live_id: Option<String>,
    /// `livePlayUrl`.
    pub live_play_url: Option<String>,
    /// `liveStatus`.
    pub live_status: Option<i64>,
    /// `playbackDuration`.
    pub playback_duration: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subscribeCount`.
    pub subscribe_count: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `uv`.
    pub uv: Option<i64>,
}
rt::impl_deserialize! {
    QueryLiveInfoResponseBodyResultLiveInfo { "coverUrl" => read_field(cover_url),
    "duration" => read_field(duration), "endTime" => read_field(end_time), "introduction"
    => read_field(introduction), "liveId" => read_field(live_id), "livePlayUrl" =>
    read_field(live_play_url), "liveStatus" => read_field(live_status),
    "playbackDuration" => read_field(playback_duration), "startTime" =>
    read_field(start_time), "subscribeCount" => read_field(subscribe_count), "title" =>
    read_field(title), "unionId" => read_field(union_id), "uv" => read_field(uv) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInfoResponseBodyResultLiveInfo { "coverUrl" => optional(cover_url),
    "duration" => optional(duration), "endTime" => optional(end_time), "introduction" =>
    optional(introduction), "liveId" => optional(live_id), "livePlayUrl" =>
    optional(live_play_url), "liveStatus" => optional(live_status), "playbackDuration" =>
    optional(playback_duration), "startTime" => optional(start_time), "subscribeCount" =>
    optional(subscribe_count), "title" => optional(title), "unionId" =>
    optional(union_id), "uv" => optional(uv) }
}
/// `QueryLiveInteractionPluginResponseBodyResultLivePluginList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveInteractionPluginResponseBodyResultLivePluginList {
    /// `anchorJumpUrl`.
    pub anchor_jump_url: Option<String>,
    /// `pluginIconUrl`.
    pub plugin_icon_url: Option<String>,
    /// `pluginId`.
    pub plugin_id: Option<String>,
    /// `pluginName`.
    pub plugin_name: Option<String>,
    /// `pluginNameEn`.
    pub plugin_name_en: Option<String>,
    /// `viewerJumpUrl`.
    pub viewer_jump_url: Option<String>,
}
rt::impl_deserialize! {
    QueryLiveInteractionPluginResponseBodyResultLivePluginList { "anchorJumpUrl" =>
    read_field(anchor_jump_url), "pluginIconUrl" => read_field(plugin_icon_url),
    "pluginId" => read_field(plugin_id), "pluginName" => read_field(plugin_name),
    "pluginNameEn" => read_field(plugin_name_en), "viewerJumpUrl" =>
    read_field(viewer_jump_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveInteractionPluginResponseBodyResultLivePluginList { "anchorJumpUrl" =>
    optional(anchor_jump_url), "pluginIconUrl" => optional(plugin_icon_url), "pluginId"
    => optional(plugin_id), "pluginName" => optional(plugin_name), "pluginNameEn" =>
    optional(plugin_name_en), "viewerJumpUrl" => optional(viewer_jump_url) }
}
/// `QueryLiveWatchUserListResponseBodyResultOrgUsesList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchUserListResponseBodyResultOrgUsesList {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `firstWatchTime`.
    pub first_watch_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `watchLiveTime`.
    pub watch_live_time: Option<i64>,
    /// `watchPlaybackTime`.
    pub watch_playback_time: Option<i64>,
    /// `watchProgressMs`.
    pub watch_progress_ms: Option<i64>,
}
rt::impl_deserialize! {
    QueryLiveWatchUserListResponseBodyResultOrgUsesList { "deptName" =>
    read_field(dept_name), "firstWatchTime" => read_field(first_watch_time), "name" =>
    read_field(name), "unionId" => read_field(union_id), "userId" => read_field(user_id),
    "watchLiveTime" => read_field(watch_live_time), "watchPlaybackTime" =>
    read_field(watch_playback_time), "watchProgressMs" => read_field(watch_progress_ms) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchUserListResponseBodyResultOrgUsesList { "deptName" =>
    optional(dept_name), "firstWatchTime" => optional(first_watch_time), "name" =>
    optional(name), "unionId" => optional(union_id), "userId" => optional(user_id),
    "watchLiveTime" => optional(watch_live_time), "watchPlaybackTime" =>
    optional(watch_playback_time), "watchProgressMs" => optional(watch_progress_ms) }
}
/// `QueryLiveWatchUserListResponseBodyResultOutOrgUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryLiveWatchUserListResponseBodyResultOutOrgUserList {
    /// `firstWatchTime`.
    pub first_watch_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `watchLiveTime`.
    pub watch_live_time: Option<i64>,
    /// `watchPlaybackTime`.
    pub watch_playback_time: Option<i64>,
    /// `watchProgressMs`.
    pub watch_progress_ms: Option<i64>,
}
rt::impl_deserialize! {
    QueryLiveWatchUserListResponseBodyResultOutOrgUserList { "firstWatchTime" =>
    read_field(first_watch_time), "name" => read_field(name), "watchLiveTime" =>
    read_field(watch_live_time), "watchPlaybackTime" => read_field(watch_playback_time),
    "watchProgressMs" => read_field(watch_progress_ms) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryLiveWatchUserListResponseBodyResultOutOrgUserList { "firstWatchTime" =>
    optional(first_watch_time), "name" => optional(name), "watchLiveTime" =>
    optional(watch_live_time), "watchPlaybackTime" => optional(watch_playback_time),
    "watchProgressMs" => optional(watch_progress_ms) }
}
/// `QuerySubscribeStatusResponseBodyResultSubscribeStatusDTOS`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySubscribeStatusResponseBodyResultSubscribeStatusDTOS {
    /// `liveId`.
    pub live_id: Option<String>,
    /// `subscribe`.
    pub subscribe: Option<bool>,
}
rt::impl_deserialize! {
    QuerySubscribeStatusResponseBodyResultSubscribeStatusDTOS { "liveId" =>
    read_field(live_id), "subscribe" => read_field(subscribe) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySubscribeStatusResponseBodyResultSubscribeStatusDTOS { "liveId" =>
    optional(live_id), "subscribe" => optional(subscribe) }
}
/// `GetOrgLiveListResponseBodyResultNewLiveLiveList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgLiveListResponseBodyResultNewLiveLiveList {
    /// `anchorNickname`.
    pub anchor_nickname: Option<String>,
    /// `anchorUnionId`.
    pub anchor_union_id: Option<String>,
    /// `liveEndTime`.
    pub live_end_time: Option<i64>,
    /// `liveStartTime`.
    pub live_start_time: Option<i64>,
    /// `liveUuid`.
    pub live_uuid: Option<String>,
    /// `shareOpenConversationIds`.
    pub share_open_conversation_ids: Option<Vec<String>>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetOrgLiveListResponseBodyResultNewLiveLiveList { "anchorNickname" =>
    read_field(anchor_nickname), "anchorUnionId" => read_field(anchor_union_id),
    "liveEndTime" => read_field(live_end_time), "liveStartTime" =>
    read_field(live_start_time), "liveUuid" => read_field(live_uuid),
    "shareOpenConversationIds" => read_field(share_open_conversation_ids), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgLiveListResponseBodyResultNewLiveLiveList { "anchorNickname" =>
    optional(anchor_nickname), "anchorUnionId" => optional(anchor_union_id),
    "liveEndTime" => optional(live_end_time), "liveStartTime" =>
    optional(live_start_time), "liveUuid" => optional(live_uuid),
    "shareOpenConversationIds" => optional(share_open_conversation_ids), "title" =>
    optional(title) }
}
/// `GetOrgLiveListResponseBodyResultUpdateLiveLiveList`: the same model as [`GetGroupLiveListResponseBodyResultGroupLiveList`].
pub type GetOrgLiveListResponseBodyResultUpdateLiveLiveList = GetGroupLiveListResponseBodyResultGroupLiveList;
/// `GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo`, a model several operations share: also named [`GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListHasSubscribed`], [`GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListExtraInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo {
    /// `hasSubscribed`.
    pub has_subscribed: Option<bool>,
    /// `isForecastExpired`.
    pub is_forecast_expired: Option<bool>,
    /// `watchProgressMs`.
    pub watch_progress_ms: Option<i64>,
}
rt::impl_deserialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo { "hasSubscribed"
    => read_field(has_subscribed), "isForecastExpired" =>
    read_field(is_forecast_expired), "watchProgressMs" => read_field(watch_progress_ms) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo { "hasSubscribed"
    => optional(has_subscribed), "isForecastExpired" => optional(is_forecast_expired),
    "watchProgressMs" => optional(watch_progress_ms) }
}
/// `GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`, a model several operations share: also named [`GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`], [`GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `liveId`.
    pub live_id: Option<String>,
    /// `livePlayUrl`.
    pub live_play_url: Option<String>,
    /// `liveStatus`.
    pub live_status: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subscribeCount`.
    pub subscribe_count: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `uv`.
    pub uv: Option<i64>,
}
rt::impl_deserialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo { "coverUrl" =>
    read_field(cover_url), "duration" => read_field(duration), "endTime" =>
    read_field(end_time), "introduction" => read_field(introduction), "liveId" =>
    read_field(live_id), "livePlayUrl" => read_field(live_play_url), "liveStatus" =>
    read_field(live_status), "startTime" => read_field(start_time), "subscribeCount" =>
    read_field(subscribe_count), "title" => read_field(title), "unionId" =>
    read_field(union_id), "uv" => read_field(uv) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo { "coverUrl" =>
    optional(cover_url), "duration" => optional(duration), "endTime" =>
    optional(end_time), "introduction" => optional(introduction), "liveId" =>
    optional(live_id), "livePlayUrl" => optional(live_play_url), "liveStatus" =>
    optional(live_status), "startTime" => optional(start_time), "subscribeCount" =>
    optional(subscribe_count), "title" => optional(title), "unionId" =>
    optional(union_id), "uv" => optional(uv) }
}
/// `GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListHasSubscribed`: the same model as [`GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo`].
pub type GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListHasSubscribed = GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo;
/// `GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`: the same model as [`GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`].
pub type GetUserCreateLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo = GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo;
/// `GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListExtraInfo`: the same model as [`GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo`].
pub type GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListExtraInfo = GetUserAllLiveListResponseBodyResultLiveInfoPopModelListExtraInfo;
/// `GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`: the same model as [`GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo`].
pub type GetUserWatchLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo = GetUserAllLiveListResponseBodyResultLiveInfoPopModelListLiveBasicInfo;
/// The request of [`Api::add_live_interaction_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddLiveInteractionPluginRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `anchorJumpUrl`.
    pub anchor_jump_url: String,
    /// `pluginIconUrl`.
    pub plugin_icon_url: String,
    /// `pluginName`.
    pub plugin_name: String,
    /// `pluginNameEn`.
    pub plugin_name_en: Option<String>,
    /// `viewerJumpUrl`.
    pub viewer_jump_url: String,
}
/// The required fields of [`AddLiveInteractionPluginRequest`], each named where it is set: `AddLiveInteractionPluginRequest::new(AddLiveInteractionPluginRequired { .. })`.
pub struct AddLiveInteractionPluginRequired {
    /// `liveId`: see [`AddLiveInteractionPluginRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`AddLiveInteractionPluginRequest::union_id`].
    pub union_id: String,
    /// `anchorJumpUrl`: see [`AddLiveInteractionPluginRequest::anchor_jump_url`].
    pub anchor_jump_url: String,
    /// `pluginIconUrl`: see [`AddLiveInteractionPluginRequest::plugin_icon_url`].
    pub plugin_icon_url: String,
    /// `pluginName`: see [`AddLiveInteractionPluginRequest::plugin_name`].
    pub plugin_name: String,
    /// `viewerJumpUrl`: see [`AddLiveInteractionPluginRequest::viewer_jump_url`].
    pub viewer_jump_url: String,
}
impl AddLiveInteractionPluginRequest {
    /// A `AddLiveInteractionPluginRequest` with its required fields (`liveId`, `unionId`, `anchorJumpUrl`, `pluginIconUrl`, `pluginName`, `viewerJumpUrl`); set the others with the methods named after them.
    pub fn new(required: AddLiveInteractionPluginRequired) -> Self {
        let AddLiveInteractionPluginRequired {
            live_id,
            union_id,
            anchor_jump_url,
            plugin_icon_url,
            plugin_name,
            viewer_jump_url,
        } = required;
        Self {
            live_id,
            union_id,
            anchor_jump_url,
            plugin_icon_url,
            plugin_name,
            plugin_name_en: None,
            viewer_jump_url,
        }
    }
    /// Sets `pluginNameEn`.
    pub fn plugin_name_en(mut self, value: impl Into<String>) -> Self {
        self.plugin_name_en = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddLiveInteractionPluginRequest { "anchorJumpUrl" => field(anchor_jump_url),
    "pluginIconUrl" => field(plugin_icon_url), "pluginName" => field(plugin_name),
    "pluginNameEn" => optional(plugin_name_en), "viewerJumpUrl" => field(viewer_jump_url)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLiveInteractionPluginRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id), "anchorJumpUrl" => read_field(anchor_jump_url), "pluginIconUrl"
    => read_field(plugin_icon_url), "pluginName" => read_field(plugin_name),
    "pluginNameEn" => read_field(plugin_name_en), "viewerJumpUrl" =>
    read_field(viewer_jump_url) }
}
impl rt::WriteRequest for AddLiveInteractionPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_live_notice_widget`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddLiveNoticeWidgetRequest {
    /// `iconUrl`: a query parameter.
    pub icon_url: String,
    /// `jumpUrl`: a query parameter.
    pub jump_url: String,
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `noticeText`: a query parameter.
    pub notice_text: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`AddLiveNoticeWidgetRequest`], each named where it is set: `AddLiveNoticeWidgetRequest::new(AddLiveNoticeWidgetRequired { .. })`.
pub struct AddLiveNoticeWidgetRequired {
    /// `iconUrl`: see [`AddLiveNoticeWidgetRequest::icon_url`].
    pub icon_url: String,
    /// `jumpUrl`: see [`AddLiveNoticeWidgetRequest::jump_url`].
    pub jump_url: String,
    /// `liveId`: see [`AddLiveNoticeWidgetRequest::live_id`].
    pub live_id: String,
    /// `noticeText`: see [`AddLiveNoticeWidgetRequest::notice_text`].
    pub notice_text: String,
    /// `unionId`: see [`AddLiveNoticeWidgetRequest::union_id`].
    pub union_id: String,
}
impl AddLiveNoticeWidgetRequest {
    /// A `AddLiveNoticeWidgetRequest` with its required fields (`iconUrl`, `jumpUrl`, `liveId`, `noticeText`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddLiveNoticeWidgetRequired) -> Self {
        let AddLiveNoticeWidgetRequired {
            icon_url,
            jump_url,
            live_id,
            notice_text,
            union_id,
        } = required;
        Self {
            icon_url,
            jump_url,
            live_id,
            notice_text,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddLiveNoticeWidgetRequest { "iconUrl" => read_field(icon_url), "jumpUrl" =>
    read_field(jump_url), "liveId" => read_field(live_id), "noticeText" =>
    read_field(notice_text), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for AddLiveNoticeWidgetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("iconUrl", &self.icon_url);
        writer.query("jumpUrl", &self.jump_url);
        writer.query("liveId", &self.live_id);
        writer.query("noticeText", &self.notice_text);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::add_share_cid_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddShareCidListRequest {
    /// `groupIdType`.
    pub group_id_type: i64,
    /// `groupIds`.
    pub group_ids: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`AddShareCidListRequest`], each named where it is set: `AddShareCidListRequest::new(AddShareCidListRequired { .. })`.
pub struct AddShareCidListRequired {
    /// `groupIdType`: see [`AddShareCidListRequest::group_id_type`].
    pub group_id_type: i64,
    /// `groupIds`: see [`AddShareCidListRequest::group_ids`].
    pub group_ids: Vec<String>,
    /// `userId`: see [`AddShareCidListRequest::user_id`].
    pub user_id: String,
}
impl AddShareCidListRequest {
    /// A `AddShareCidListRequest` with its required fields (`groupIdType`, `groupIds`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddShareCidListRequired) -> Self {
        let AddShareCidListRequired { group_id_type, group_ids, user_id } = required;
        Self {
            group_id_type,
            group_ids,
            user_id,
        }
    }
}
rt::impl_serialize! {
    AddShareCidListRequest { "groupIdType" => field(group_id_type), "groupIds" =>
    field(group_ids), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddShareCidListRequest { "groupIdType" => read_field(group_id_type), "groupIds" =>
    read_field(group_ids), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddShareCidListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_cloud_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCloudFeedRequest {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `intro`.
    pub intro: Option<String>,
    /// `startTime`.
    pub start_time: i64,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
    /// `videoUrl`.
    pub video_url: String,
}
/// The required fields of [`CreateCloudFeedRequest`], each named where it is set: `CreateCloudFeedRequest::new(CreateCloudFeedRequired { .. })`.
pub struct CreateCloudFeedRequired {
    /// `startTime`: see [`CreateCloudFeedRequest::start_time`].
    pub start_time: i64,
    /// `title`: see [`CreateCloudFeedRequest::title`].
    pub title: String,
    /// `userId`: see [`CreateCloudFeedRequest::user_id`].
    pub user_id: String,
    /// `videoUrl`: see [`CreateCloudFeedRequest::video_url`].
    pub video_url: String,
}
impl CreateCloudFeedRequest {
    /// A `CreateCloudFeedRequest` with its required fields (`startTime`, `title`, `userId`, `videoUrl`); set the others with the methods named after them.
    pub fn new(required: CreateCloudFeedRequired) -> Self {
        let CreateCloudFeedRequired { start_time, title, user_id, video_url } = required;
        Self {
            cover_url: None,
            intro: None,
            start_time,
            title,
            user_id,
            video_url,
        }
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `intro`.
    pub fn intro(mut self, value: impl Into<String>) -> Self {
        self.intro = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateCloudFeedRequest { "coverUrl" => optional(cover_url), "intro" =>
    optional(intro), "startTime" => field(start_time), "title" => field(title), "userId"
    => field(user_id), "videoUrl" => field(video_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCloudFeedRequest { "coverUrl" => read_field(cover_url), "intro" =>
    read_field(intro), "startTime" => read_field(start_time), "title" =>
    read_field(title), "userId" => read_field(user_id), "videoUrl" =>
    read_field(video_url) }
}
impl rt::WriteRequest for CreateCloudFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_live`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateLiveRequest {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `enableLinkMic`.
    pub enable_link_mic: Option<bool>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `isLandscape`.
    pub is_landscape: Option<bool>,
    /// `preEndTime`.
    pub pre_end_time: i64,
    /// `preStartTime`.
    pub pre_start_time: i64,
    /// `publicType`.
    pub public_type: Option<i64>,
    /// `title`.
    pub title: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateLiveRequest`], each named where it is set: `CreateLiveRequest::new(CreateLiveRequired { .. })`.
pub struct CreateLiveRequired {
    /// `preEndTime`: see [`CreateLiveRequest::pre_end_time`].
    pub pre_end_time: i64,
    /// `preStartTime`: see [`CreateLiveRequest::pre_start_time`].
    pub pre_start_time: i64,
    /// `title`: see [`CreateLiveRequest::title`].
    pub title: String,
    /// `unionId`: see [`CreateLiveRequest::union_id`].
    pub union_id: String,
}
impl CreateLiveRequest {
    /// A `CreateLiveRequest` with its required fields (`preEndTime`, `preStartTime`, `title`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateLiveRequired) -> Self {
        let CreateLiveRequired { pre_end_time, pre_start_time, title, union_id } = required;
        Self {
            cover_url: None,
            enable_link_mic: None,
            introduction: None,
            is_landscape: None,
            pre_end_time,
            pre_start_time,
            public_type: None,
            title,
            union_id,
        }
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `enableLinkMic`.
    pub fn enable_link_mic(mut self, value: bool) -> Self {
        self.enable_link_mic = Some(value);
        self
    }
    /// Sets `introduction`.
    pub fn introduction(mut self, value: impl Into<String>) -> Self {
        self.introduction = Some(value.into());
        self
    }
    /// Sets `isLandscape`.
    pub fn is_landscape(mut self, value: bool) -> Self {
        self.is_landscape = Some(value);
        self
    }
    /// Sets `publicType`.
    pub fn public_type(mut self, value: i64) -> Self {
        self.public_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateLiveRequest { "coverUrl" => optional(cover_url), "enableLinkMic" =>
    optional(enable_link_mic), "introduction" => optional(introduction), "isLandscape" =>
    optional(is_landscape), "preEndTime" => field(pre_end_time), "preStartTime" =>
    field(pre_start_time), "publicType" => optional(public_type), "title" =>
    field(title), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateLiveRequest { "coverUrl" => read_field(cover_url), "enableLinkMic" =>
    read_field(enable_link_mic), "introduction" => read_field(introduction),
    "isLandscape" => read_field(is_landscape), "preEndTime" => read_field(pre_end_time),
    "preStartTime" => read_field(pre_start_time), "publicType" =>
    read_field(public_type), "title" => read_field(title), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CreateLiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::del_live_interaction_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DelLiveInteractionPluginRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pluginId`: a query parameter.
    pub plugin_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DelLiveInteractionPluginRequest`], each named where it is set: `DelLiveInteractionPluginRequest::new(DelLiveInteractionPluginRequired { .. })`.
pub struct DelLiveInteractionPluginRequired {
    /// `liveId`: see [`DelLiveInteractionPluginRequest::live_id`].
    pub live_id: String,
    /// `pluginId`: see [`DelLiveInteractionPluginRequest::plugin_id`].
    pub plugin_id: String,
    /// `unionId`: see [`DelLiveInteractionPluginRequest::union_id`].
    pub union_id: String,
}
impl DelLiveInteractionPluginRequest {
    /// A `DelLiveInteractionPluginRequest` with its required fields (`liveId`, `pluginId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DelLiveInteractionPluginRequired) -> Self {
        let DelLiveInteractionPluginRequired { live_id, plugin_id, union_id } = required;
        Self {
            live_id,
            plugin_id,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DelLiveInteractionPluginRequest { "liveId" => read_field(live_id), "pluginId" =>
    read_field(plugin_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DelLiveInteractionPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("pluginId", &self.plugin_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::del_live_notice_widget`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DelLiveNoticeWidgetRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DelLiveNoticeWidgetRequest`], each named where it is set: `DelLiveNoticeWidgetRequest::new(DelLiveNoticeWidgetRequired { .. })`.
pub struct DelLiveNoticeWidgetRequired {
    /// `liveId`: see [`DelLiveNoticeWidgetRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`DelLiveNoticeWidgetRequest::union_id`].
    pub union_id: String,
}
impl DelLiveNoticeWidgetRequest {
    /// A `DelLiveNoticeWidgetRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DelLiveNoticeWidgetRequired) -> Self {
        let DelLiveNoticeWidgetRequired { live_id, union_id } = required;
        Self { live_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DelLiveNoticeWidgetRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DelLiveNoticeWidgetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_live`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteLiveRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteLiveRequest`], each named where it is set: `DeleteLiveRequest::new(DeleteLiveRequired { .. })`.
pub struct DeleteLiveRequired {
    /// `liveId`: see [`DeleteLiveRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`DeleteLiveRequest::union_id`].
    pub union_id: String,
}
impl DeleteLiveRequest {
    /// A `DeleteLiveRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteLiveRequired) -> Self {
        let DeleteLiveRequired { live_id, union_id } = required;
        Self { live_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteLiveRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DeleteLiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_live_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteLiveFeedRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteLiveFeedRequest`], each named where it is set: `DeleteLiveFeedRequest::new(DeleteLiveFeedRequired { .. })`.
pub struct DeleteLiveFeedRequired {
    /// `userId`: see [`DeleteLiveFeedRequest::user_id`].
    pub user_id: String,
}
impl DeleteLiveFeedRequest {
    /// A `DeleteLiveFeedRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: DeleteLiveFeedRequired) -> Self {
        let DeleteLiveFeedRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteLiveFeedRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteLiveFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::edit_feed_replay`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditFeedReplayRequest {
    /// `editEndTime`.
    pub edit_end_time: i64,
    /// `editStartTime`.
    pub edit_start_time: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`EditFeedReplayRequest`], each named where it is set: `EditFeedReplayRequest::new(EditFeedReplayRequired { .. })`.
pub struct EditFeedReplayRequired {
    /// `editEndTime`: see [`EditFeedReplayRequest::edit_end_time`].
    pub edit_end_time: i64,
    /// `editStartTime`: see [`EditFeedReplayRequest::edit_start_time`].
    pub edit_start_time: i64,
    /// `userId`: see [`EditFeedReplayRequest::user_id`].
    pub user_id: String,
}
impl EditFeedReplayRequest {
    /// A `EditFeedReplayRequest` with its required fields (`editEndTime`, `editStartTime`, `userId`); set the others with the methods named after them.
    pub fn new(required: EditFeedReplayRequired) -> Self {
        let EditFeedReplayRequired { edit_end_time, edit_start_time, user_id } = required;
        Self {
            edit_end_time,
            edit_start_time,
            user_id,
        }
    }
}
rt::impl_serialize! {
    EditFeedReplayRequest { "editEndTime" => field(edit_end_time), "editStartTime" =>
    field(edit_start_time), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditFeedReplayRequest { "editEndTime" => read_field(edit_end_time), "editStartTime"
    => read_field(edit_start_time), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for EditFeedReplayRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_group_live_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupLiveListRequest {
    /// `requestBody`: a query parameter, JSON-encoded.
    pub request_body: Option<GetGroupLiveListRequestRequestBody>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl GetGroupLiveListRequest {
    /// An empty `GetGroupLiveListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requestBody`.
    pub fn request_body(mut self, value: GetGroupLiveListRequestRequestBody) -> Self {
        self.request_body = Some(value);
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupLiveListRequest { "requestBody" => read_field(request_body), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetGroupLiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("requestBody", &self.request_body);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_live_replay_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetLiveReplayUrlRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetLiveReplayUrlRequest`], each named where it is set: `GetLiveReplayUrlRequest::new(GetLiveReplayUrlRequired { .. })`.
pub struct GetLiveReplayUrlRequired {
    /// `liveId`: see [`GetLiveReplayUrlRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`GetLiveReplayUrlRequest::union_id`].
    pub union_id: String,
}
impl GetLiveReplayUrlRequest {
    /// A `GetLiveReplayUrlRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetLiveReplayUrlRequired) -> Self {
        let GetLiveReplayUrlRequired { live_id, union_id } = required;
        Self { live_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetLiveReplayUrlRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetLiveReplayUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_org_live_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOrgLiveListRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `requestBody`: a query parameter, JSON-encoded.
    pub request_body: Option<GetOrgLiveListRequestRequestBody>,
}
/// The required fields of [`GetOrgLiveListRequest`], each named where it is set: `GetOrgLiveListRequest::new(GetOrgLiveListRequired { .. })`.
pub struct GetOrgLiveListRequired {
    /// `corpId`: see [`GetOrgLiveListRequest::corp_id`].
    pub corp_id: String,
}
impl GetOrgLiveListRequest {
    /// A `GetOrgLiveListRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: GetOrgLiveListRequired) -> Self {
        let GetOrgLiveListRequired { corp_id } = required;
        Self {
            corp_id,
            request_body: None,
        }
    }
    /// Sets `requestBody`.
    pub fn request_body(mut self, value: GetOrgLiveListRequestRequestBody) -> Self {
        self.request_body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgLiveListRequest { "corpId" => read_field(corp_id), "requestBody" =>
    read_field(request_body) }
}
impl rt::WriteRequest for GetOrgLiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query_json("requestBody", &self.request_body);
    }
}
/// The request of [`Api::get_user_all_live_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserAllLiveListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `statuses`.
    pub statuses: Option<Vec<i64>>,
    /// `title`.
    pub title: Option<String>,
}
/// The required fields of [`GetUserAllLiveListRequest`], each named where it is set: `GetUserAllLiveListRequest::new(GetUserAllLiveListRequired { .. })`.
pub struct GetUserAllLiveListRequired {
    /// `pageNumber`: see [`GetUserAllLiveListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetUserAllLiveListRequest::page_size`].
    pub page_size: i64,
    /// `unionId`: see [`GetUserAllLiveListRequest::union_id`].
    pub union_id: String,
}
impl GetUserAllLiveListRequest {
    /// A `GetUserAllLiveListRequest` with its required fields (`pageNumber`, `pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserAllLiveListRequired) -> Self {
        let GetUserAllLiveListRequired { page_number, page_size, union_id } = required;
        Self {
            page_number,
            page_size,
            union_id,
            end_time: None,
            start_time: None,
            statuses: None,
            title: None,
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
    /// Sets `statuses`.
    pub fn statuses(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.statuses = Some(value.into_iter().collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserAllLiveListRequest { "endTime" => optional(end_time), "startTime" =>
    optional(start_time), "statuses" => optional(statuses), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserAllLiveListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "unionId" => read_field(union_id), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "statuses" =>
    read_field(statuses), "title" => read_field(title) }
}
impl rt::WriteRequest for GetUserAllLiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_create_live_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserCreateLiveListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `statuses`.
    pub statuses: Option<Vec<i64>>,
    /// `title`.
    pub title: Option<String>,
}
/// The required fields of [`GetUserCreateLiveListRequest`], each named where it is set: `GetUserCreateLiveListRequest::new(GetUserCreateLiveListRequired { .. })`.
pub struct GetUserCreateLiveListRequired {
    /// `maxResults`: see [`GetUserCreateLiveListRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`GetUserCreateLiveListRequest::union_id`].
    pub union_id: String,
}
impl GetUserCreateLiveListRequest {
    /// A `GetUserCreateLiveListRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserCreateLiveListRequired) -> Self {
        let GetUserCreateLiveListRequired { max_results, union_id } = required;
        Self {
            max_results,
            next_token: None,
            union_id,
            end_time: None,
            start_time: None,
            statuses: None,
            title: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
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
    /// Sets `statuses`.
    pub fn statuses(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.statuses = Some(value.into_iter().collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserCreateLiveListRequest { "endTime" => optional(end_time), "startTime" =>
    optional(start_time), "statuses" => optional(statuses), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserCreateLiveListRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "unionId" => read_field(union_id), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "statuses" =>
    read_field(statuses), "title" => read_field(title) }
}
impl rt::WriteRequest for GetUserCreateLiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_watch_live_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserWatchLiveListRequest {
    /// `filterType`: a query parameter.
    pub filter_type: i64,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetUserWatchLiveListRequest`], each named where it is set: `GetUserWatchLiveListRequest::new(GetUserWatchLiveListRequired { .. })`.
pub struct GetUserWatchLiveListRequired {
    /// `filterType`: see [`GetUserWatchLiveListRequest::filter_type`].
    pub filter_type: i64,
    /// `maxResults`: see [`GetUserWatchLiveListRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`GetUserWatchLiveListRequest::union_id`].
    pub union_id: String,
}
impl GetUserWatchLiveListRequest {
    /// A `GetUserWatchLiveListRequest` with its required fields (`filterType`, `maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserWatchLiveListRequired) -> Self {
        let GetUserWatchLiveListRequired { filter_type, max_results, union_id } = required;
        Self {
            filter_type,
            max_results,
            next_token: None,
            union_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserWatchLiveListRequest { "filterType" => read_field(filter_type), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetUserWatchLiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("filterType", &self.filter_type);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::modify_feed_white_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ModifyFeedWhiteListRequest {
    /// `action`: a query parameter.
    pub action: i64,
    /// `modifyUserList`: a query parameter, JSON-encoded.
    pub modify_user_list: Option<Vec<String>>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ModifyFeedWhiteListRequest`], each named where it is set: `ModifyFeedWhiteListRequest::new(ModifyFeedWhiteListRequired { .. })`.
pub struct ModifyFeedWhiteListRequired {
    /// `action`: see [`ModifyFeedWhiteListRequest::action`].
    pub action: i64,
    /// `userId`: see [`ModifyFeedWhiteListRequest::user_id`].
    pub user_id: String,
}
impl ModifyFeedWhiteListRequest {
    /// A `ModifyFeedWhiteListRequest` with its required fields (`action`, `userId`); set the others with the methods named after them.
    pub fn new(required: ModifyFeedWhiteListRequired) -> Self {
        let ModifyFeedWhiteListRequired { action, user_id } = required;
        Self {
            action,
            modify_user_list: None,
            user_id,
        }
    }
    /// Sets `modifyUserList`.
    pub fn modify_user_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.modify_user_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifyFeedWhiteListRequest { "action" => read_field(action), "modifyUserList" =>
    read_field(modify_user_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ModifyFeedWhiteListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("action", &self.action);
        writer.query_json("modifyUserList", &self.modify_user_list);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_feed_white_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryFeedWhiteListRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryFeedWhiteListRequest`], each named where it is set: `QueryFeedWhiteListRequest::new(QueryFeedWhiteListRequired { .. })`.
pub struct QueryFeedWhiteListRequired {
    /// `userId`: see [`QueryFeedWhiteListRequest::user_id`].
    pub user_id: String,
}
impl QueryFeedWhiteListRequest {
    /// A `QueryFeedWhiteListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: QueryFeedWhiteListRequired) -> Self {
        let QueryFeedWhiteListRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFeedWhiteListRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryFeedWhiteListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_live_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryLiveInfoRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryLiveInfoRequest`], each named where it is set: `QueryLiveInfoRequest::new(QueryLiveInfoRequired { .. })`.
pub struct QueryLiveInfoRequired {
    /// `liveId`: see [`QueryLiveInfoRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`QueryLiveInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryLiveInfoRequest {
    /// A `QueryLiveInfoRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryLiveInfoRequired) -> Self {
        let QueryLiveInfoRequired { live_id, union_id } = required;
        Self { live_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryLiveInfoRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryLiveInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_live_interaction_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryLiveInteractionPluginRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pluginId`: a query parameter.
    pub plugin_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryLiveInteractionPluginRequest`], each named where it is set: `QueryLiveInteractionPluginRequest::new(QueryLiveInteractionPluginRequired { .. })`.
pub struct QueryLiveInteractionPluginRequired {
    /// `liveId`: see [`QueryLiveInteractionPluginRequest::live_id`].
    pub live_id: String,
    /// `pluginId`: see [`QueryLiveInteractionPluginRequest::plugin_id`].
    pub plugin_id: String,
    /// `unionId`: see [`QueryLiveInteractionPluginRequest::union_id`].
    pub union_id: String,
}
impl QueryLiveInteractionPluginRequest {
    /// A `QueryLiveInteractionPluginRequest` with its required fields (`liveId`, `pluginId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryLiveInteractionPluginRequired) -> Self {
        let QueryLiveInteractionPluginRequired { live_id, plugin_id, union_id } = required;
        Self {
            live_id,
            plugin_id,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryLiveInteractionPluginRequest { "liveId" => read_field(live_id), "pluginId" =>
    read_field(plugin_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryLiveInteractionPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("pluginId", &self.plugin_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_live_watch_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryLiveWatchDetailRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryLiveWatchDetailRequest`], each named where it is set: `QueryLiveWatchDetailRequest::new(QueryLiveWatchDetailRequired { .. })`.
pub struct QueryLiveWatchDetailRequired {
    /// `liveId`: see [`QueryLiveWatchDetailRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`QueryLiveWatchDetailRequest::union_id`].
    pub union_id: String,
}
impl QueryLiveWatchDetailRequest {
    /// A `QueryLiveWatchDetailRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryLiveWatchDetailRequired) -> Self {
        let QueryLiveWatchDetailRequired { live_id, union_id } = required;
        Self { live_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryLiveWatchDetailRequest { "liveId" => read_field(live_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryLiveWatchDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_live_watch_user_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryLiveWatchUserListRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryLiveWatchUserListRequest`], each named where it is set: `QueryLiveWatchUserListRequest::new(QueryLiveWatchUserListRequired { .. })`.
pub struct QueryLiveWatchUserListRequired {
    /// `liveId`: see [`QueryLiveWatchUserListRequest::live_id`].
    pub live_id: String,
    /// `pageSize`: see [`QueryLiveWatchUserListRequest::page_size`].
    pub page_size: i64,
    /// `unionId`: see [`QueryLiveWatchUserListRequest::union_id`].
    pub union_id: String,
}
impl QueryLiveWatchUserListRequest {
    /// A `QueryLiveWatchUserListRequest` with its required fields (`liveId`, `pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryLiveWatchUserListRequired) -> Self {
        let QueryLiveWatchUserListRequired { live_id, page_size, union_id } = required;
        Self {
            live_id,
            page_number: None,
            page_size,
            union_id,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryLiveWatchUserListRequest { "liveId" => read_field(live_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryLiveWatchUserListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_subscribe_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySubscribeStatusRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<QuerySubscribeStatusRequestBody>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QuerySubscribeStatusRequest {
    /// An empty `QuerySubscribeStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: QuerySubscribeStatusRequestBody) -> Self {
        self.body = Some(value);
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySubscribeStatusRequest { "body" => read_field(body), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QuerySubscribeStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::send_live_interaction_plugin_effects_msg`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendLiveInteractionPluginEffectsMsgRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pluginId`: a query parameter.
    pub plugin_id: String,
    /// `count`.
    pub count: i64,
    /// `lottieFileUrl`.
    pub lottie_file_url: Option<String>,
    /// `msgIconUrl`.
    pub msg_icon_url: String,
    /// `msgText`.
    pub msg_text: String,
    /// `pluginSubId`.
    pub plugin_sub_id: String,
    /// `senderUnionId`.
    pub sender_union_id: String,
}
/// The required fields of [`SendLiveInteractionPluginEffectsMsgRequest`], each named where it is set: `SendLiveInteractionPluginEffectsMsgRequest::new(SendLiveInteractionPluginEffectsMsgRequired { .. })`.
pub struct SendLiveInteractionPluginEffectsMsgRequired {
    /// `liveId`: see [`SendLiveInteractionPluginEffectsMsgRequest::live_id`].
    pub live_id: String,
    /// `pluginId`: see [`SendLiveInteractionPluginEffectsMsgRequest::plugin_id`].
    pub plugin_id: String,
    /// `count`: see [`SendLiveInteractionPluginEffectsMsgRequest::count`].
    pub count: i64,
    /// `msgIconUrl`: see [`SendLiveInteractionPluginEffectsMsgRequest::msg_icon_url`].
    pub msg_icon_url: String,
    /// `msgText`: see [`SendLiveInteractionPluginEffectsMsgRequest::msg_text`].
    pub msg_text: String,
    /// `pluginSubId`: see [`SendLiveInteractionPluginEffectsMsgRequest::plugin_sub_id`].
    pub plugin_sub_id: String,
    /// `senderUnionId`: see [`SendLiveInteractionPluginEffectsMsgRequest::sender_union_id`].
    pub sender_union_id: String,
}
impl SendLiveInteractionPluginEffectsMsgRequest {
    /// A `SendLiveInteractionPluginEffectsMsgRequest` with its required fields (`liveId`, `pluginId`, `count`, `msgIconUrl`, `msgText`, `pluginSubId`, `senderUnionId`); set the others with the methods named after them.
    pub fn new(required: SendLiveInteractionPluginEffectsMsgRequired) -> Self {
        let SendLiveInteractionPluginEffectsMsgRequired {
            live_id,
            plugin_id,
            count,
            msg_icon_url,
            msg_text,
            plugin_sub_id,
            sender_union_id,
        } = required;
        Self {
            live_id,
            plugin_id,
            count,
            lottie_file_url: None,
            msg_icon_url,
            msg_text,
            plugin_sub_id,
            sender_union_id,
        }
    }
    /// Sets `lottieFileUrl`.
    pub fn lottie_file_url(mut self, value: impl Into<String>) -> Self {
        self.lottie_file_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendLiveInteractionPluginEffectsMsgRequest { "count" => field(count), "lottieFileUrl"
    => optional(lottie_file_url), "msgIconUrl" => field(msg_icon_url), "msgText" =>
    field(msg_text), "pluginSubId" => field(plugin_sub_id), "senderUnionId" =>
    field(sender_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendLiveInteractionPluginEffectsMsgRequest { "liveId" => read_field(live_id),
    "pluginId" => read_field(plugin_id), "count" => read_field(count), "lottieFileUrl" =>
    read_field(lottie_file_url), "msgIconUrl" => read_field(msg_icon_url), "msgText" =>
    read_field(msg_text), "pluginSubId" => read_field(plugin_sub_id), "senderUnionId" =>
    read_field(sender_union_id) }
}
impl rt::WriteRequest for SendLiveInteractionPluginEffectsMsgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("pluginId", &self.plugin_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_live_plugin_user_action_msg`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendLivePluginUserActionMsgRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pluginEffectsMessage`: a query parameter, JSON-encoded.
    pub plugin_effects_message: SendLivePluginUserActionMsgRequestPluginEffectsMessage,
    /// `pluginId`: a query parameter.
    pub plugin_id: String,
}
/// The required fields of [`SendLivePluginUserActionMsgRequest`], each named where it is set: `SendLivePluginUserActionMsgRequest::new(SendLivePluginUserActionMsgRequired { .. })`.
pub struct SendLivePluginUserActionMsgRequired {
    /// `liveId`: see [`SendLivePluginUserActionMsgRequest::live_id`].
    pub live_id: String,
    /// `pluginEffectsMessage`: see [`SendLivePluginUserActionMsgRequest::plugin_effects_message`].
    pub plugin_effects_message: SendLivePluginUserActionMsgRequestPluginEffectsMessage,
    /// `pluginId`: see [`SendLivePluginUserActionMsgRequest::plugin_id`].
    pub plugin_id: String,
}
impl SendLivePluginUserActionMsgRequest {
    /// A `SendLivePluginUserActionMsgRequest` with its required fields (`liveId`, `pluginEffectsMessage`, `pluginId`); set the others with the methods named after them.
    pub fn new(required: SendLivePluginUserActionMsgRequired) -> Self {
        let SendLivePluginUserActionMsgRequired {
            live_id,
            plugin_effects_message,
            plugin_id,
        } = required;
        Self {
            live_id,
            plugin_effects_message,
            plugin_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendLivePluginUserActionMsgRequest { "liveId" => read_field(live_id),
    "pluginEffectsMessage" => read_field(plugin_effects_message), "pluginId" =>
    read_field(plugin_id) }
}
impl rt::WriteRequest for SendLivePluginUserActionMsgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query_json("pluginEffectsMessage", &self.plugin_effects_message);
        writer.query("pluginId", &self.plugin_id);
    }
}
/// The request of [`Api::start_cloud_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StartCloudFeedRequest {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`StartCloudFeedRequest`], each named where it is set: `StartCloudFeedRequest::new(StartCloudFeedRequired { .. })`.
pub struct StartCloudFeedRequired {
    /// `userId`: see [`StartCloudFeedRequest::user_id`].
    pub user_id: String,
}
impl StartCloudFeedRequest {
    /// A `StartCloudFeedRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: StartCloudFeedRequired) -> Self {
        let StartCloudFeedRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    StartCloudFeedRequest { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartCloudFeedRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for StartCloudFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_cloud_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StopCloudFeedRequest {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`StopCloudFeedRequest`], each named where it is set: `StopCloudFeedRequest::new(StopCloudFeedRequired { .. })`.
pub struct StopCloudFeedRequired {
    /// `userId`: see [`StopCloudFeedRequest::user_id`].
    pub user_id: String,
}
impl StopCloudFeedRequest {
    /// A `StopCloudFeedRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: StopCloudFeedRequired) -> Self {
        let StopCloudFeedRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    StopCloudFeedRequest { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StopCloudFeedRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for StopCloudFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::subscribe_live`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubscribeLiveRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `subscribe`: a query parameter.
    pub subscribe: bool,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`SubscribeLiveRequest`], each named where it is set: `SubscribeLiveRequest::new(SubscribeLiveRequired { .. })`.
pub struct SubscribeLiveRequired {
    /// `liveId`: see [`SubscribeLiveRequest::live_id`].
    pub live_id: String,
    /// `subscribe`: see [`SubscribeLiveRequest::subscribe`].
    pub subscribe: bool,
    /// `unionId`: see [`SubscribeLiveRequest::union_id`].
    pub union_id: String,
}
impl SubscribeLiveRequest {
    /// A `SubscribeLiveRequest` with its required fields (`liveId`, `subscribe`, `unionId`); set the others with the methods named after them.
    pub fn new(required: SubscribeLiveRequired) -> Self {
        let SubscribeLiveRequired { live_id, subscribe, union_id } = required;
        Self {
            live_id,
            subscribe,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubscribeLiveRequest { "liveId" => read_field(live_id), "subscribe" =>
    read_field(subscribe), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for SubscribeLiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("subscribe", &self.subscribe);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::update_live`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateLiveRequest {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `liveId`.
    pub live_id: String,
    /// `preEndTime`.
    pub pre_end_time: Option<i64>,
    /// `preStartTime`.
    pub pre_start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateLiveRequest`], each named where it is set: `UpdateLiveRequest::new(UpdateLiveRequired { .. })`.
pub struct UpdateLiveRequired {
    /// `liveId`: see [`UpdateLiveRequest::live_id`].
    pub live_id: String,
    /// `unionId`: see [`UpdateLiveRequest::union_id`].
    pub union_id: String,
}
impl UpdateLiveRequest {
    /// A `UpdateLiveRequest` with its required fields (`liveId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateLiveRequired) -> Self {
        let UpdateLiveRequired { live_id, union_id } = required;
        Self {
            cover_url: None,
            introduction: None,
            live_id,
            pre_end_time: None,
            pre_start_time: None,
            title: None,
            union_id,
        }
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `introduction`.
    pub fn introduction(mut self, value: impl Into<String>) -> Self {
        self.introduction = Some(value.into());
        self
    }
    /// Sets `preEndTime`.
    pub fn pre_end_time(mut self, value: i64) -> Self {
        self.pre_end_time = Some(value);
        self
    }
    /// Sets `preStartTime`.
    pub fn pre_start_time(mut self, value: i64) -> Self {
        self.pre_start_time = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateLiveRequest { "coverUrl" => optional(cover_url), "introduction" =>
    optional(introduction), "liveId" => field(live_id), "preEndTime" =>
    optional(pre_end_time), "preStartTime" => optional(pre_start_time), "title" =>
    optional(title), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateLiveRequest { "coverUrl" => read_field(cover_url), "introduction" =>
    read_field(introduction), "liveId" => read_field(live_id), "preEndTime" =>
    read_field(pre_end_time), "preStartTime" => read_field(pre_start_time), "title" =>
    read_field(title), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateLiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_live_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateLiveFeedRequest {
    /// `coverUrl`: a query parameter.
    pub cover_url: Option<String>,
    /// `introduction`: a query parameter.
    pub introduction: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `title`: a query parameter.
    pub title: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`UpdateLiveFeedRequest`], each named where it is set: `UpdateLiveFeedRequest::new(UpdateLiveFeedRequired { .. })`.
pub struct UpdateLiveFeedRequired {
    /// `userId`: see [`UpdateLiveFeedRequest::user_id`].
    pub user_id: String,
}
impl UpdateLiveFeedRequest {
    /// A `UpdateLiveFeedRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: UpdateLiveFeedRequired) -> Self {
        let UpdateLiveFeedRequired { user_id } = required;
        Self {
            cover_url: None,
            introduction: None,
            start_time: None,
            title: None,
            user_id,
        }
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `introduction`.
    pub fn introduction(mut self, value: impl Into<String>) -> Self {
        self.introduction = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateLiveFeedRequest { "coverUrl" => read_field(cover_url), "introduction" =>
    read_field(introduction), "startTime" => read_field(start_time), "title" =>
    read_field(title), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateLiveFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("coverUrl", &self.cover_url);
        writer.query("introduction", &self.introduction);
        writer.query("startTime", &self.start_time);
        writer.query("title", &self.title);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_live_interaction_plugin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateLiveInteractionPluginRequest {
    /// `liveId`: a query parameter.
    pub live_id: String,
    /// `pluginId`: a query parameter.
    pub plugin_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `anchorJumpUrl`.
    pub anchor_jump_url: Option<String>,
    /// `pluginIconUrl`.
    pub plugin_icon_url: Option<String>,
    /// `pluginName`.
    pub plugin_name: Option<String>,
    /// `pluginNameEn`.
    pub plugin_name_en: Option<String>,
    /// `viewerJumpUrl`.
    pub viewer_jump_url: Option<String>,
}
/// The required fields of [`UpdateLiveInteractionPluginRequest`], each named where it is set: `UpdateLiveInteractionPluginRequest::new(UpdateLiveInteractionPluginRequired { .. })`.
pub struct UpdateLiveInteractionPluginRequired {
    /// `liveId`: see [`UpdateLiveInteractionPluginRequest::live_id`].
    pub live_id: String,
    /// `pluginId`: see [`UpdateLiveInteractionPluginRequest::plugin_id`].
    pub plugin_id: String,
    /// `unionId`: see [`UpdateLiveInteractionPluginRequest::union_id`].
    pub union_id: String,
}
impl UpdateLiveInteractionPluginRequest {
    /// A `UpdateLiveInteractionPluginRequest` with its required fields (`liveId`, `pluginId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateLiveInteractionPluginRequired) -> Self {
        let UpdateLiveInteractionPluginRequired { live_id, plugin_id, union_id } = required;
        Self {
            live_id,
            plugin_id,
            union_id,
            anchor_jump_url: None,
            plugin_icon_url: None,
            plugin_name: None,
            plugin_name_en: None,
            viewer_jump_url: None,
        }
    }
    /// Sets `anchorJumpUrl`.
    pub fn anchor_jump_url(mut self, value: impl Into<String>) -> Self {
        self.anchor_jump_url = Some(value.into());
        self
    }
    /// Sets `pluginIconUrl`.
    pub fn plugin_icon_url(mut self, value: impl Into<String>) -> Self {
        self.plugin_icon_url = Some(value.into());
        self
    }
    /// Sets `pluginName`.
    pub fn plugin_name(mut self, value: impl Into<String>) -> Self {
        self.plugin_name = Some(value.into());
        self
    }
    /// Sets `pluginNameEn`.
    pub fn plugin_name_en(mut self, value: impl Into<String>) -> Self {
        self.plugin_name_en = Some(value.into());
        self
    }
    /// Sets `viewerJumpUrl`.
    pub fn viewer_jump_url(mut self, value: impl Into<String>) -> Self {
        self.viewer_jump_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateLiveInteractionPluginRequest { "anchorJumpUrl" => optional(anchor_jump_url),
    "pluginIconUrl" => optional(plugin_icon_url), "pluginName" => optional(plugin_name),
    "pluginNameEn" => optional(plugin_name_en), "viewerJumpUrl" =>
    optional(viewer_jump_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateLiveInteractionPluginRequest { "liveId" => read_field(live_id), "pluginId" =>
    read_field(plugin_id), "unionId" => read_field(union_id), "anchorJumpUrl" =>
    read_field(anchor_jump_url), "pluginIconUrl" => read_field(plugin_icon_url),
    "pluginName" => read_field(plugin_name), "pluginNameEn" =>
    read_field(plugin_name_en), "viewerJumpUrl" => read_field(viewer_jump_url) }
}
impl rt::WriteRequest for UpdateLiveInteractionPluginRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("liveId", &self.live_id);
        writer.query("pluginId", &self.plugin_id);
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_live_interaction_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddLiveInteractionPluginError = rt::ServiceError;
/// An error reply of [`Api::add_live_notice_widget`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddLiveNoticeWidgetError = rt::ServiceError;
/// An error reply of [`Api::add_share_cid_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddShareCidListError = rt::ServiceError;
/// An error reply of [`Api::create_cloud_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCloudFeedError = rt::ServiceError;
/// An error reply of [`Api::create_live`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateLiveError = rt::ServiceError;
/// An error reply of [`Api::del_live_interaction_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DelLiveInteractionPluginError = rt::ServiceError;
/// An error reply of [`Api::del_live_notice_widget`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DelLiveNoticeWidgetError = rt::ServiceError;
/// An error reply of [`Api::delete_live`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteLiveError = rt::ServiceError;
/// An error reply of [`Api::delete_live_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteLiveFeedError = rt::ServiceError;
/// An error reply of [`Api::edit_feed_replay`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditFeedReplayError = rt::ServiceError;
/// An error reply of [`Api::get_group_live_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupLiveListError = rt::ServiceError;
/// An error reply of [`Api::get_live_replay_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLiveReplayUrlError = rt::ServiceError;
/// An error reply of [`Api::get_org_live_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrgLiveListError = rt::ServiceError;
/// An error reply of [`Api::get_user_all_live_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserAllLiveListError = rt::ServiceError;
/// An error reply of [`Api::get_user_create_live_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserCreateLiveListError = rt::ServiceError;
/// An error reply of [`Api::get_user_watch_live_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserWatchLiveListError = rt::ServiceError;
/// An error reply of [`Api::modify_feed_white_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifyFeedWhiteListError = rt::ServiceError;
/// An error reply of [`Api::query_feed_white_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFeedWhiteListError = rt::ServiceError;
/// An error reply of [`Api::query_live_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryLiveInfoError = rt::ServiceError;
/// An error reply of [`Api::query_live_interaction_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryLiveInteractionPluginError = rt::ServiceError;
/// An error reply of [`Api::query_live_watch_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryLiveWatchDetailError = rt::ServiceError;
/// An error reply of [`Api::query_live_watch_user_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryLiveWatchUserListError = rt::ServiceError;
/// An error reply of [`Api::query_subscribe_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySubscribeStatusError = rt::ServiceError;
/// An error reply of [`Api::send_live_interaction_plugin_effects_msg`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendLiveInteractionPluginEffectsMsgError = rt::ServiceError;
/// An error reply of [`Api::send_live_plugin_user_action_msg`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendLivePluginUserActionMsgError = rt::ServiceError;
/// An error reply of [`Api::start_cloud_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartCloudFeedError = rt::ServiceError;
/// An error reply of [`Api::stop_cloud_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StopCloudFeedError = rt::ServiceError;
/// An error reply of [`Api::subscribe_live`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubscribeLiveError = rt::ServiceError;
/// An error reply of [`Api::update_live`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateLiveError = rt::ServiceError;
/// An error reply of [`Api::update_live_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateLiveFeedError = rt::ServiceError;
/// An error reply of [`Api::update_live_interaction_plugin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateLiveInteractionPluginError = rt::ServiceError;
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
        "AddLiveInteractionPlugin" => {
            rt::conformance::reply(
                    api.add_live_interaction_plugin(&inputs.request(true)?),
                )
                .await
        }
        "AddLiveNoticeWidget" => {
            rt::conformance::reply(api.add_live_notice_widget(&inputs.request(false)?))
                .await
        }
        "AddShareCidList" => {
            rt::conformance::reply(
                    api.add_share_cid_list(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateCloudFeed" => {
            rt::conformance::reply(api.create_cloud_feed(&inputs.request(true)?)).await
        }
        "CreateLive" => {
            rt::conformance::reply(api.create_live(&inputs.request(true)?)).await
        }
        "DelLiveInteractionPlugin" => {
            rt::conformance::reply(
                    api.del_live_interaction_plugin(&inputs.request(false)?),
                )
                .await
        }
        "DelLiveNoticeWidget" => {
            rt::conformance::reply(api.del_live_notice_widget(&inputs.request(false)?))
                .await
        }
        "DeleteLive" => {
            rt::conformance::reply(api.delete_live(&inputs.request(false)?)).await
        }
        "DeleteLiveFeed" => {
            rt::conformance::reply(
                    api.delete_live_feed(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "EditFeedReplay" => {
            rt::conformance::reply(
                    api.edit_feed_replay(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetGroupLiveList" => {
            rt::conformance::reply(api.get_group_live_list(&inputs.request(false)?))
                .await
        }
        "GetLiveReplayUrl" => {
            rt::conformance::reply(api.get_live_replay_url(&inputs.request(false)?))
                .await
        }
        "GetOrgLiveList" => {
            rt::conformance::reply(api.get_org_live_list(&inputs.request(false)?)).await
        }
        "GetUserAllLiveList" => {
            rt::conformance::reply(api.get_user_all_live_list(&inputs.request(true)?))
                .await
        }
        "GetUserCreateLiveList" => {
            rt::conformance::reply(api.get_user_create_live_list(&inputs.request(true)?))
                .await
        }
        "GetUserWatchLiveList" => {
            rt::conformance::reply(api.get_user_watch_live_list(&inputs.request(false)?))
                .await
        }
        "ModifyFeedWhiteList" => {
            rt::conformance::reply(
                    api
                        .modify_feed_white_list(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryFeedWhiteList" => {
            rt::conformance::reply(
                    api
                        .query_feed_white_list(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryLiveInfo" => {
            rt::conformance::reply(api.query_live_info(&inputs.request(false)?)).await
        }
        "QueryLiveInteractionPlugin" => {
            rt::conformance::reply(
                    api.query_live_interaction_plugin(&inputs.request(false)?),
                )
                .await
        }
        "QueryLiveWatchDetail" => {
            rt::conformance::reply(api.query_live_watch_detail(&inputs.request(false)?))
                .await
        }
        "QueryLiveWatchUserList" => {
            rt::conformance::reply(
                    api.query_live_watch_user_list(&inputs.request(false)?),
                )
                .await
        }
        "QuerySubscribeStatus" => {
            rt::conformance::reply(api.query_subscribe_status(&inputs.request(false)?))
                .await
        }
        "SendLiveInteractionPluginEffectsMsg" => {
            rt::conformance::reply(
                    api.send_live_interaction_plugin_effects_msg(&inputs.request(true)?),
                )
                .await
        }
        "SendLivePluginUserActionMsg" => {
            rt::conformance::reply(
                    api.send_live_plugin_user_action_msg(&inputs.request(false)?),
                )
                .await
        }
        "StartCloudFeed" => {
            rt::conformance::reply(
                    api.start_cloud_feed(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StopCloudFeed" => {
            rt::conformance::reply(
                    api.stop_cloud_feed(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "SubscribeLive" => {
            rt::conformance::reply(api.subscribe_live(&inputs.request(false)?)).await
        }
        "UpdateLive" => {
            rt::conformance::reply(api.update_live(&inputs.request(true)?)).await
        }
        "UpdateLiveFeed" => {
            rt::conformance::reply(
                    api.update_live_feed(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "UpdateLiveInteractionPlugin" => {
            rt::conformance::reply(
                    api.update_live_interaction_plugin(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
