"""`PUT /ledger/accountingDimensionName/{id}` (LedgerAccountingDimensionName_put): `tx.accounting_dimension_name.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.accounting_dimension_name import AccountingDimensionName
from ...models.response_wrapper_accounting_dimension_name import ResponseWrapperAccountingDimensionName
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: AccountingDimensionName | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/accountingDimensionName/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/accountingDimensionName/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAccountingDimensionName | None:
    """The answer as `ResponseWrapperAccountingDimensionName`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAccountingDimensionName.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionName_put",
    group="accounting_dimension_name",
    name="put",
    method="PUT",
    path="/ledger/accountingDimensionName/{id}",
    summary="Update an accounting dimension",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="AccountingDimensionName",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAccountingDimensionName"),),
    deprecated=False,
    build=build,
    parse=parse,
)
