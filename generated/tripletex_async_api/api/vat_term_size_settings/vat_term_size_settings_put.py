"""`PUT /vatTermSizeSettings/{id}` (VatTermSizeSettings_put): `tx.vat_term_size_settings.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_vat_term_size_settings import ResponseWrapperVatTermSizeSettings
from ...models.vat_term_size_settings import VatTermSizeSettings
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: VatTermSizeSettings,
) -> RequestArgs:
    """The request of `PUT /vatTermSizeSettings/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/vatTermSizeSettings/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatTermSizeSettings | None:
    """The answer as `ResponseWrapperVatTermSizeSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVatTermSizeSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VatTermSizeSettings_put",
    group="vat_term_size_settings",
    name="put",
    method="PUT",
    path="/vatTermSizeSettings/{id}",
    summary="Update VatTermSizeSettings.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="VatTermSizeSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperVatTermSizeSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
