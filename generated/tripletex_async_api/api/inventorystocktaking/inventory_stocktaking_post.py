"""`POST /inventory/stocktaking` (InventoryStocktaking_post): `tx.inventory_stocktaking.post(...)`."""

from typing import Any

import httpx

from ...models.inventory_stocktaking_post_type_of_stocktaking import InventoryStocktakingPostTypeOfStocktaking
from ...models.response_wrapper_stocktaking import ResponseWrapperStocktaking
from ...models.stocktaking import Stocktaking
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: Stocktaking,
    type_of_stocktaking: InventoryStocktakingPostTypeOfStocktaking | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /inventory/stocktaking`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_of_stocktaking: str | Unset = UNSET
    if not isinstance(type_of_stocktaking, Unset):
        json_type_of_stocktaking = type_of_stocktaking.value

    params["typeOfStocktaking"] = json_type_of_stocktaking

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/inventory/stocktaking",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStocktaking | None:
    """The answer as `ResponseWrapperStocktaking`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperStocktaking.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="InventoryStocktaking_post",
    group="inventory_stocktaking",
    name="post",
    method="POST",
    path="/inventory/stocktaking",
    summary="Create new stocktaking.",
    parameters=(Param("typeOfStocktaking", "type_of_stocktaking", "query", False),),
    paginated=False,
    body_type="Stocktaking",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperStocktaking"),),
    deprecated=False,
    build=build,
    parse=parse,
)
