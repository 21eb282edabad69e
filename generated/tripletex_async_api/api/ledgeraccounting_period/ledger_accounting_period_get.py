"""`GET /ledger/accountingPeriod/{id}` (LedgerAccountingPeriod_get): `tx.ledger_accounting_period.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_accounting_period import ResponseWrapperAccountingPeriod
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingPeriod/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingPeriod/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccountingPeriod | None:
    """The answer as `ResponseWrapperAccountingPeriod`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccountingPeriod.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingPeriod_get",
    group="ledger_accounting_period",
    name="get",
    method="GET",
    path="/ledger/accountingPeriod/{id}",
    summary="Get accounting period by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAccountingPeriod"),),
    deprecated=False,
    build=build,
    parse=parse,
)
