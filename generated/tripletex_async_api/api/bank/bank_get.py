"""`GET /bank/{id}` (Bank_get): `tx.bank.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_bank import ResponseWrapperBank
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /bank/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/bank/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBank | None:
    """The answer as `ResponseWrapperBank`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBank.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Bank_get",
    group="bank",
    name="get",
    method="GET",
    path="/bank/{id}",
    summary="Get bank.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBank"),),
    deprecated=False,
    build=build,
    parse=parse,
)
