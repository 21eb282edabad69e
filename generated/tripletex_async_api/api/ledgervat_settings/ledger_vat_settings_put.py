"""`PUT /ledger/vatSettings` (LedgerVatSettings_put): `tx.ledger_vat_settings.put(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_vat_settings import ResponseWrapperVatSettings
from ...models.vat_settings import VatSettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: VatSettings,
) -> RequestArgs:
    """The request of `PUT /ledger/vatSettings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/vatSettings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatSettings | None:
    """The answer as `ResponseWrapperVatSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVatSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVatSettings_put",
    group="ledger_vat_settings",
    name="put",
    method="PUT",
    path="/ledger/vatSettings",
    summary="Update VAT settings for the logged in company.",
    parameters=(),
    paginated=False,
    body_type="VatSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperVatSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
