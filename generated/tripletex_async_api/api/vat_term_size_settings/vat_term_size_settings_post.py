"""`POST /vatTermSizeSettings` (VatTermSizeSettings_post): `tx.vat_term_size_settings.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_vat_term_size_settings import ResponseWrapperVatTermSizeSettings
from ...models.vat_term_size_settings import VatTermSizeSettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: VatTermSizeSettings,
) -> RequestArgs:
    """The request of `POST /vatTermSizeSettings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/vatTermSizeSettings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatTermSizeSettings | None:
    """The answer as `ResponseWrapperVatTermSizeSettings`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperVatTermSizeSettings.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="VatTermSizeSettings_post",
    group="vat_term_size_settings",
    name="post",
    method="POST",
    path="/vatTermSizeSettings",
    summary="Create VatTermSizeSettings",
    parameters=(),
    paginated=False,
    body_type="VatTermSizeSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperVatTermSizeSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
