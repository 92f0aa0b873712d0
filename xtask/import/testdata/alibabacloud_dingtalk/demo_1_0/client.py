# A miniature of the official package's generated client, in its exact shapes.
from alibabacloud_dingtalk.demo_1_0 import models as dingtalkdemo__1__0_models


class Client(OpenApiClient):
    def list_things_with_options(
        self,
        user_id: str,
        unused_id: str,
        tmp_req: dingtalkdemo__1__0_models.ListThingsRequest,
        headers: dingtalkdemo__1__0_models.ListThingsHeaders,
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.ListThingsResponse:
        """
        @summary 列出东西
        
        @param tmp_req: ListThingsRequest
        @return: ListThingsResponse
        """
        UtilClient.validate_model(tmp_req)
        request = dingtalkdemo__1__0_models.ListThingsShrinkRequest()
        OpenApiUtilClient.convert(tmp_req, request)
        if not UtilClient.is_unset(tmp_req.corp_names):
            request.corp_names_shrink = OpenApiUtilClient.array_to_string_with_specified_style(tmp_req.corp_names, 'corpNames', 'simple')
        query = {}
        if not UtilClient.is_unset(request.corp_names_shrink):
            query['corpNames'] = request.corp_names_shrink
        if not UtilClient.is_unset(request.with_labels):
            query['withLabels'] = request.with_labels
        body = {}
        if not UtilClient.is_unset(request.node):
            body['node'] = request.node
        real_headers = {}
        if not UtilClient.is_unset(headers.common_headers):
            real_headers = headers.common_headers
        if not UtilClient.is_unset(headers.x_acs_dingtalk_access_token):
            real_headers['x-acs-dingtalk-access-token'] = UtilClient.to_jsonstring(headers.x_acs_dingtalk_access_token)
        if not UtilClient.is_unset(headers.user_agent):
            real_headers['userAgent'] = UtilClient.to_jsonstring(headers.user_agent)
        req = open_api_models.OpenApiRequest(
            headers=real_headers,
            query=OpenApiUtilClient.query(query),
            body=OpenApiUtilClient.parse_to_map(body)
        )
        params = open_api_models.Params(
            action='listThings',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/users/{user_id}things',
            method='GET',
            auth_type='AK',
            style='ROA',
            req_body_type='none',
            body_type='boolean'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.ListThingsResponse(),
            self.execute(params, req, runtime)
        )

    def list_things(self, user_id: str, unused_id: str, request) -> None:
        runtime = util_models.RuntimeOptions()
        headers = dingtalkdemo__1__0_models.ListThingsHeaders()
        return self.list_things_with_options(user_id, unused_id, request, headers, runtime)

    def add_things_with_options(
        self,
        request: dingtalkdemo__1__0_models.AddThingsRequest,
        headers: dingtalkdemo__1__0_models.ListThingsHeaders,
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.ThingsResponse:
        """
        @summary AddThings
        
        @param request: AddThingsRequest
        @return: ThingsResponse
        """
        UtilClient.validate_model(request)
        real_headers = {}
        if not UtilClient.is_unset(headers.common_headers):
            real_headers = headers.common_headers
        if not UtilClient.is_unset(headers.x_acs_dingtalk_access_token):
            real_headers['x-acs-dingtalk-access-token'] = UtilClient.to_jsonstring(headers.x_acs_dingtalk_access_token)
        req = open_api_models.OpenApiRequest(
            headers=real_headers,
            body=UtilClient.to_array(request.body)
        )
        params = open_api_models.Params(
            action='AddThings',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/things',
            method='POST',
            auth_type='AK',
            style='ROA',
            req_body_type='none',
            body_type='none'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.ThingsResponse(),
            self.execute(params, req, runtime)
        )

    def remove_things_with_options(
        self,
        request: dingtalkdemo__1__0_models.RemoveThingsRequest,
        headers: dingtalkdemo__1__0_models.ListThingsHeaders,
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.ThingsResponse:
        """
        @summary RemoveThings
        
        @param request: RemoveThingsRequest
        @return: ThingsResponse
        """
        UtilClient.validate_model(request)
        real_headers = {}
        if not UtilClient.is_unset(headers.common_headers):
            real_headers = headers.common_headers
        if not UtilClient.is_unset(headers.x_acs_dingtalk_access_token):
            real_headers['x-acs-dingtalk-access-token'] = UtilClient.to_jsonstring(headers.x_acs_dingtalk_access_token)
        req = open_api_models.OpenApiRequest(
            headers=real_headers,
            body=request.body
        )
        params = open_api_models.Params(
            action='RemoveThings',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/things/remove',
            method='POST',
            auth_type='AK',
            style='ROA',
            req_body_type='none',
            body_type='none'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.ThingsResponse(),
            self.execute(params, req, runtime)
        )
