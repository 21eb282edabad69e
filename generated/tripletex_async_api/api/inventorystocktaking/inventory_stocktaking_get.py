"""`GET /inventory/stocktaking/{id}` (InventoryStocktaking_get): `tx.inventory_stocktaking.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_stocktaking import ResponseWrapperStocktaking
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /inventory/stocktaking/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/inventory/stocktaking/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStocktaking | None:
    """The answer as `ResponseWrapperStocktaking`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperStocktaking.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktaking_get",
    group="inventory_stocktaking",
    name="get",
    method="GET",
    path="/inventory/stocktaking/{id}",
    summary="Get stocktaking by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperStocktaking"),),
    deprecated=False,
    build=build,
    parse=parse,
)
