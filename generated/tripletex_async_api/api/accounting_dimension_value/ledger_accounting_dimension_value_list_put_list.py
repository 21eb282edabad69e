"""`PUT /ledger/accountingDimensionValue/list` (LedgerAccountingDimensionValueList_putList): `tx.accounting_dimension_value.put_list(...)`."""

from typing import Any

import httpx

from ...models.accounting_dimension_value import AccountingDimensionValue
from ...models.list_response_accounting_dimension_value import ListResponseAccountingDimensionValue
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: list[AccountingDimensionValue] | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /ledger/accountingDimensionValue/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/accountingDimensionValue/list",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for body_item_data in body:
                body_item = body_item_data.to_dict()
                _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccountingDimensionValue | None:
    """The answer as `ListResponseAccountingDimensionValue`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccountingDimensionValue.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerAccountingDimensionValueList_putList",
    group="accounting_dimension_value",
    name="put_list",
    method="PUT",
    path="/ledger/accountingDimensionValue/list",
    summary="Update accounting dimension values",
    parameters=(),
    paginated=False,
    body_type="list[AccountingDimensionValue]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseAccountingDimensionValue"),),
    deprecated=False,
    build=build,
    parse=parse,
)
