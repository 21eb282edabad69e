"""`GET /product/external` (ProductExternal_search): `tx.product_external.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_external_product import ListResponseExternalProduct
from ...models.product_external_search_wholesaler import ProductExternalSearchWholesaler
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    name: str | Unset = UNSET,
    wholesaler: ProductExternalSearchWholesaler | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    el_number: str | Unset = UNSET,
    nrf_number: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /product/external`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["name"] = name

    json_wholesaler: str | Unset = UNSET
    if not isinstance(wholesaler, Unset):
        json_wholesaler = wholesaler.value

    params["wholesaler"] = json_wholesaler

    params["organizationNumber"] = organization_number

    params["elNumber"] = el_number

    params["nrfNumber"] = nrf_number

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/product/external",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseExternalProduct | None:
    """The answer as `ListResponseExternalProduct`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseExternalProduct.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProductExternal_search",
    group="product_external",
    name="search",
    method="GET",
    path="/product/external",
    summary="[BETA] Find external products corresponding with sent data. The sorting-field is not in use on this endpoint.",
    parameters=(
        Param("name", "name", "query", False),
        Param("wholesaler", "wholesaler", "query", False),
        Param("organizationNumber", "organization_number", "query", False),
        Param("elNumber", "el_number", "query", False),
        Param("nrfNumber", "nrf_number", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseExternalProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
