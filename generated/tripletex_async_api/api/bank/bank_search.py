"""`GET /bank` (Bank_search): `tx.bank.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_bank import ListResponseBank
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    register_numbers: str | Unset = UNSET,
    is_bank_reconciliation_support: bool | Unset = UNSET,
    is_auto_pay_supported: bool | Unset = UNSET,
    is_ztl_supported: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["registerNumbers"] = register_numbers

    params["isBankReconciliationSupport"] = is_bank_reconciliation_support

    params["isAutoPaySupported"] = is_auto_pay_supported

    params["isZtlSupported"] = is_ztl_supported

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBank | None:
    """The answer as `ListResponseBank`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBank.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Bank_search",
    group="bank",
    name="search",
    method="GET",
    path="/bank",
    summary="Find bank corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("registerNumbers", "register_numbers", "query", False),
        Param("isBankReconciliationSupport", "is_bank_reconciliation_support", "query", False),
        Param("isAutoPaySupported", "is_auto_pay_supported", "query", False),
        Param("isZtlSupported", "is_ztl_supported", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBank"),),
    deprecated=False,
    build=build,
    parse=parse,
)
