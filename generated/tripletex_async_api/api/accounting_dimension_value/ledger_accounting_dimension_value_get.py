"""`GET /ledger/accountingDimensionValue/{id}` (LedgerAccountingDimensionValue_get): `tx.accounting_dimension_value.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_accounting_dimension_value import ResponseWrapperAccountingDimensionValue
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/accountingDimensionValue/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/accountingDimensionValue/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccountingDimensionValue | None:
    """The answer as `ResponseWrapperAccountingDimensionValue`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccountingDimensionValue.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionValue_get",
    group="accounting_dimension_value",
    name="get",
    method="GET",
    path="/ledger/accountingDimensionValue/{id}",
    summary="Find accounting dimension values by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAccountingDimensionValue"),),
    deprecated=False,
    build=build,
    parse=parse,
)
