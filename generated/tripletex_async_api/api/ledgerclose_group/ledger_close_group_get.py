"""`GET /ledger/closeGroup/{id}` (LedgerCloseGroup_get): `tx.ledger_close_group.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_close_group import ResponseWrapperCloseGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/closeGroup/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/closeGroup/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCloseGroup | None:
    """The answer as `ResponseWrapperCloseGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCloseGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerCloseGroup_get",
    group="ledger_close_group",
    name="get",
    method="GET",
    path="/ledger/closeGroup/{id}",
    summary="Get close group by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCloseGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
