"""`GET /currency/{id}/rate` (CurrencyRate_getRate): `tx.currency.get_rate(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_currency_exchange_rate import ResponseWrapperCurrencyExchangeRate
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /currency/{id}/rate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/currency/{id}/rate".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCurrencyExchangeRate | None:
    """The answer as `ResponseWrapperCurrencyExchangeRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCurrencyExchangeRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CurrencyRate_getRate",
    group="currency",
    name="get_rate",
    method="GET",
    path="/currency/{id}/rate",
    summary="Find currency exchange rate corresponding with sent data.",
    parameters=(
        Param("id", "id", "path", True),
        Param("date", "date", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCurrencyExchangeRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
