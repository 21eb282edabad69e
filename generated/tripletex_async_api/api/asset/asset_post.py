"""`POST /asset` (Asset_post): `tx.asset.post(...)`."""

from typing import Any

import httpx

from ...models.asset import Asset
from ...models.response_wrapper_asset import ResponseWrapperAsset
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Asset,
) -> RequestArgs:
    """The request of `POST /asset`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/asset",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAsset | None:
    """The answer as `ResponseWrapperAsset`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperAsset.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Asset_post",
    group="asset",
    name="post",
    method="POST",
    path="/asset",
    summary="Create one asset.",
    parameters=(),
    paginated=False,
    body_type="Asset",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperAsset"),),
    deprecated=False,
    build=build,
    parse=parse,
)
