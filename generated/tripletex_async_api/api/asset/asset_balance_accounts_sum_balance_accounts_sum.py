"""`GET /asset/balanceAccountsSum` (AssetBalanceAccountsSum_balanceAccountsSum): `tx.asset.balance_accounts_sum(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_number import ResponseWrapperNumber
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /asset/balanceAccountsSum`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/asset/balanceAccountsSum",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperNumber | None:
    """The answer as `ResponseWrapperNumber`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperNumber.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AssetBalanceAccountsSum_balanceAccountsSum",
    group="asset",
    name="balance_accounts_sum",
    method="GET",
    path="/asset/balanceAccountsSum",
    summary="Get balanceAccountsSum.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperNumber"),),
    deprecated=False,
    build=build,
    parse=parse,
)
