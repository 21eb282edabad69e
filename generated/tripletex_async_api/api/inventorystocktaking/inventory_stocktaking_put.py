"""`PUT /inventory/stocktaking/{id}` (InventoryStocktaking_put): `tx.inventory_stocktaking.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_stocktaking import ResponseWrapperStocktaking
from ...models.stocktaking import Stocktaking
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Stocktaking,
) -> RequestArgs:
    """The request of `PUT /inventory/stocktaking/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/inventory/stocktaking/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStocktaking | None:
    """The answer as `ResponseWrapperStocktaking`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperStocktaking.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InventoryStocktaking_put",
    group="inventory_stocktaking",
    name="put",
    method="PUT",
    path="/inventory/stocktaking/{id}",
    summary="Update stocktaking.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Stocktaking",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperStocktaking"),),
    deprecated=False,
    build=build,
    parse=parse,
)
