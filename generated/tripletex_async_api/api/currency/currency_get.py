"""`GET /currency/{id}` (Currency_get): `tx.currency.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_currency import ResponseWrapperCurrency
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /currency/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/currency/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCurrency | None:
    """The answer as `ResponseWrapperCurrency`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCurrency.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Currency_get",
    group="currency",
    name="get",
    method="GET",
    path="/currency/{id}",
    summary="Get currency by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCurrency"),),
    deprecated=False,
    build=build,
    parse=parse,
)
