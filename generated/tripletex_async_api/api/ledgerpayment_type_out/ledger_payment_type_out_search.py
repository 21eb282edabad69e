"""`GET /ledger/paymentTypeOut` (LedgerPaymentTypeOut_search): `tx.ledger_payment_type_out.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_payment_type_out import ListResponsePaymentTypeOut
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/paymentTypeOut`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["description"] = description

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/paymentTypeOut",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePaymentTypeOut | None:
    """The answer as `ListResponsePaymentTypeOut`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePaymentTypeOut.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPaymentTypeOut_search",
    group="ledger_payment_type_out",
    name="search",
    method="GET",
    path="/ledger/paymentTypeOut",
    summary="[BETA] Gets payment types for outgoing payments",
    parameters=(
        Param("id", "id", "query", False),
        Param("description", "description", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePaymentTypeOut"),),
    deprecated=False,
    build=build,
    parse=parse,
)
