"""`PUT /asset/{id}` (Asset_put): `tx.asset.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.asset import Asset
from ...models.response_wrapper_asset import ResponseWrapperAsset
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Asset,
) -> RequestArgs:
    """The request of `PUT /asset/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/asset/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAsset | None:
    """The answer as `ResponseWrapperAsset`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAsset.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Asset_put",
    group="asset",
    name="put",
    method="PUT",
    path="/asset/{id}",
    summary="Update asset.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Asset",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAsset"),),
    deprecated=False,
    build=build,
    parse=parse,
)
