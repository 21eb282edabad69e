"""`GET /vatTermSizeSettings/{id}` (VatTermSizeSettings_get): `tx.vat_term_size_settings.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_vat_term_size_settings import ResponseWrapperVatTermSizeSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /vatTermSizeSettings/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/vatTermSizeSettings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatTermSizeSettings | None:
    """The answer as `ResponseWrapperVatTermSizeSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVatTermSizeSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VatTermSizeSettings_get",
    group="vat_term_size_settings",
    name="get",
    method="GET",
    path="/vatTermSizeSettings/{id}",
    summary="Get VatTermSizeSettings by ID. VatTermSizeSettings is used to define VAT term lengths.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVatTermSizeSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
