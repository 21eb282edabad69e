"""`GET /product/logisticsSettings` (ProductLogisticsSettings_get): `tx.product_logistics_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_logistics_settings import ResponseWrapperLogisticsSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/logisticsSettings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/logisticsSettings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLogisticsSettings | None:
    """The answer as `ResponseWrapperLogisticsSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperLogisticsSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductLogisticsSettings_get",
    group="product_logistics_settings",
    name="get",
    method="GET",
    path="/product/logisticsSettings",
    summary="Get logistics settings for the logged in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperLogisticsSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
