"""`GET /asset/assetsExist` (AssetAssetsExist_getAssetsExist): `tx.asset.get_assets_exist(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_boolean import ResponseWrapperBoolean
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /asset/assetsExist`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/asset/assetsExist",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBoolean | None:
    """The answer as `ResponseWrapperBoolean`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBoolean.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AssetAssetsExist_getAssetsExist",
    group="asset",
    name="get_assets_exist",
    method="GET",
    path="/asset/assetsExist",
    summary="Get if AssetOverview details is empty.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBoolean"),),
    deprecated=False,
    build=build,
    parse=parse,
)
