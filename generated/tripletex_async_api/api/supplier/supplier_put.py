"""`PUT /supplier/{id}` (Supplier_put): `tx.supplier.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_supplier import ResponseWrapperSupplier
from ...models.supplier import Supplier
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Supplier,
) -> RequestArgs:
    """The request of `PUT /supplier/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplier/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplier | None:
    """The answer as `ResponseWrapperSupplier`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSupplier.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Supplier_put",
    group="supplier",
    name="put",
    method="PUT",
    path="/supplier/{id}",
    summary="Update supplier. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Supplier",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperSupplier"),),
    deprecated=False,
    build=build,
    parse=parse,
)
