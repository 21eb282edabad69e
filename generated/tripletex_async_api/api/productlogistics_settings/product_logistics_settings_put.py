"""`PUT /product/logisticsSettings` (ProductLogisticsSettings_put): `tx.product_logistics_settings.put(...)`."""

from typing import Any

import httpx

from ...models.logistics_settings import LogisticsSettings
from ...models.response_wrapper_logistics_settings import ResponseWrapperLogisticsSettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: LogisticsSettings,
) -> RequestArgs:
    """The request of `PUT /product/logisticsSettings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/product/logisticsSettings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLogisticsSettings | None:
    """The answer as `ResponseWrapperLogisticsSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperLogisticsSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductLogisticsSettings_put",
    group="product_logistics_settings",
    name="put",
    method="PUT",
    path="/product/logisticsSettings",
    summary="Update logistics settings for the logged in company.",
    parameters=(),
    paginated=False,
    body_type="LogisticsSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperLogisticsSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
