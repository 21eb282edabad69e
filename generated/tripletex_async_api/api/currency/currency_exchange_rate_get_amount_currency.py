"""`GET /currency/{fromCurrencyID}/exchangeRate` (CurrencyExchangeRate_getAmountCurrency): `tx.currency.get_amount_currency(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_number import ResponseWrapperNumber
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    from_currency_id: int,
    *,
    amount: float,
    date: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /currency/{fromCurrencyID}/exchangeRate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["amount"] = amount

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/currency/{from_currency_id}/exchangeRate".format(
            from_currency_id=quote(str(from_currency_id), safe=""),
        ),
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
    id="CurrencyExchangeRate_getAmountCurrency",
    group="currency",
    name="get_amount_currency",
    method="GET",
    path="/currency/{fromCurrencyID}/exchangeRate",
    summary="Returns the amount in the company currency, where the input amount is in fromCurrency, using the newest exchange rate available for the given date",
    parameters=(
        Param("fromCurrencyID", "from_currency_id", "path", True),
        Param("amount", "amount", "query", True),
        Param("date", "date", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperNumber"),),
    deprecated=False,
    build=build,
    parse=parse,
)
