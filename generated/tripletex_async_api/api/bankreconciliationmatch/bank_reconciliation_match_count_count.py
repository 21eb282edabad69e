"""`GET /bank/reconciliation/match/count` (BankReconciliationMatchCount_count): `tx.bank_reconciliation_match.count(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_integer import ResponseWrapperInteger
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    bank_reconciliation_id: int,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/reconciliation/match/count`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/reconciliation/match/count",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperInteger | None:
    """The answer as `ResponseWrapperInteger`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperInteger.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="BankReconciliationMatchCount_count",
    group="bank_reconciliation_match",
    name="count",
    method="GET",
    path="/bank/reconciliation/match/count",
    summary="Get the total number of matches",
    parameters=(
        Param("bankReconciliationId", "bank_reconciliation_id", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperInteger"),),
    deprecated=False,
    build=build,
    parse=parse,
)
