# A miniature of the official package's generated models, in its exact shapes.
from Tea.model import TeaModel
from typing import Dict, List, Any, BinaryIO


class ListThingsHeaders(TeaModel):
    def __init__(
        self,
        common_headers: Dict[str, str] = None,
        x_acs_dingtalk_access_token: str = None,
        user_agent: str = None,
    ):
        self.common_headers = common_headers
        self.x_acs_dingtalk_access_token = x_acs_dingtalk_access_token
        self.user_agent = user_agent

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.common_headers is not None:
            result['commonHeaders'] = self.common_headers
        if self.x_acs_dingtalk_access_token is not None:
            result['x-acs-dingtalk-access-token'] = self.x_acs_dingtalk_access_token
        if self.user_agent is not None:
            result['userAgent'] = self.user_agent
        return result


class ListThingsRequestNode(TeaModel):
    def __init__(
        self,
        children: List['ListThingsRequestNode'] = None,
        file: BinaryIO = None,
        extra: dict = None,
    ):
        self.children = children
        self.file = file
        self.extra = extra

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        result['children'] = []
        if self.children is not None:
            for k in self.children:
                result['children'].append(k.to_map() if k else None)
        if self.file is not None:
            result['file'] = self.file
        if self.extra is not None:
            result['extra'] = self.extra
        return result


class ListThingsRequest(TeaModel):
    def __init__(
        self,
        corp_names: List[str] = None,
        node: ListThingsRequestNode = None,
        with_labels: bool = None,
    ):
        # This parameter is required.
        self.corp_names = corp_names
        self.node = node
        self.with_labels = with_labels

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.corp_names is not None:
            result['corpNames'] = self.corp_names
        if self.node is not None:
            result['node'] = self.node.to_map()
        if self.with_labels is not None:
            result['withLabels'] = self.with_labels
        return result


class ListThingsShrinkRequest(TeaModel):
    def __init__(
        self,
        corp_names_shrink: str = None,
        node: ListThingsRequestNode = None,
        with_labels: bool = None,
    ):
        # This parameter is required.
        self.corp_names_shrink = corp_names_shrink
        self.node = node
        self.with_labels = with_labels

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.corp_names_shrink is not None:
            result['corpNames'] = self.corp_names_shrink
        if self.node is not None:
            result['node'] = self.node.to_map()
        if self.with_labels is not None:
            result['withLabels'] = self.with_labels
        return result


class ListThingsResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
        body: bool = None,
    ):
        self.headers = headers
        self.status_code = status_code
        self.body = body

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.headers is not None:
            result['headers'] = self.headers
        if self.status_code is not None:
            result['statusCode'] = self.status_code
        if self.body is not None:
            result['body'] = self.body
        return result


class RemoveThingsRequest(TeaModel):
    def __init__(
        self,
        body: List[str] = None,
    ):
        self.body = body

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.body is not None:
            result['body'] = self.body
        return result


class AddThingsRequest(TeaModel):
    def __init__(
        self,
        body: List[ListThingsRequestNode] = None,
    ):
        self.body = body

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        result['body'] = []
        if self.body is not None:
            for k in self.body:
                result['body'].append(k.to_map() if k else None)
        return result


class ThingsResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
    ):
        self.headers = headers
        self.status_code = status_code

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.headers is not None:
            result['headers'] = self.headers
        if self.status_code is not None:
            result['statusCode'] = self.status_code
        return result
