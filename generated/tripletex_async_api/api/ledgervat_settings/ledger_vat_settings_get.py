"""`GET /ledger/vatSettings` (LedgerVatSettings_get): `tx.ledger_vat_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_vat_settings import ResponseWrapperVatSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/vatSettings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/vatSettings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatSettings | None:
    """The answer as `ResponseWrapperVatSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVatSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVatSettings_get",
    group="ledger_vat_settings",
    name="get",
    method="GET",
    path="/ledger/vatSettings",
    summary="Get VAT settings for the logged in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVatSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
