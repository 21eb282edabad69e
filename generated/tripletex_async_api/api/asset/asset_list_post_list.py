"""`POST /asset/list` (AssetList_postList): `tx.asset.post_list(...)`."""

from typing import Any

import httpx

from ...models.asset import Asset
from ...models.list_response_asset import ListResponseAsset
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Asset],
) -> RequestArgs:
    """The request of `POST /asset/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/asset/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseAsset | None:
    """The answer as `ListResponseAsset`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseAsset.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="AssetList_postList",
    group="asset",
    name="post_list",
    method="POST",
    path="/asset/list",
    summary="Create several assets.",
    parameters=(),
    paginated=False,
    body_type="list[Asset]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseAsset"),),
    deprecated=False,
    build=build,
    parse=parse,
)
