"""`GET /ledger/postingRules` (LedgerPostingRules_get): `tx.ledger_posting_rules.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_posting_rules import ResponseWrapperPostingRules
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/postingRules`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/postingRules",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPostingRules | None:
    """The answer as `ResponseWrapperPostingRules`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPostingRules.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerPostingRules_get",
    group="ledger_posting_rules",
    name="get",
    method="GET",
    path="/ledger/postingRules",
    summary="Get posting rules for current company.  The posting rules defined which accounts from the chart of accounts that are used for postings when the system creates postings.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPostingRules"),),
    deprecated=False,
    build=build,
    parse=parse,
)
