"""`GET /product/unit/master/{id}` (ProductUnitMaster_get): `tx.product_unit_master.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_product_unit_master import ResponseWrapperProductUnitMaster
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/unit/master/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/unit/master/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProductUnitMaster | None:
    """The answer as `ResponseWrapperProductUnitMaster`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProductUnitMaster.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductUnitMaster_get",
    group="product_unit_master",
    name="get",
    method="GET",
    path="/product/unit/master/{id}",
    summary="Get product unit master by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProductUnitMaster"),),
    deprecated=False,
    build=build,
    parse=parse,
)
