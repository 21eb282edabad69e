"""`GET /supplier/{id}` (Supplier_get): `tx.supplier.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier import ResponseWrapperSupplier
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplier/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplier/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplier | None:
    """The answer as `ResponseWrapperSupplier`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplier.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Supplier_get",
    group="supplier",
    name="get",
    method="GET",
    path="/supplier/{id}",
    summary="Get supplier by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSupplier"),),
    deprecated=False,
    build=build,
    parse=parse,
)
