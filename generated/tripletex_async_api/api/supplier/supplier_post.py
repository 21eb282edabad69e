"""`POST /supplier` (Supplier_post): `tx.supplier.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_supplier import ResponseWrapperSupplier
from ...models.supplier import Supplier
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Supplier,
) -> RequestArgs:
    """The request of `POST /supplier`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/supplier",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSupplier | None:
    """The answer as `ResponseWrapperSupplier`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSupplier.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Supplier_post",
    group="supplier",
    name="post",
    method="POST",
    path="/supplier",
    summary="Create supplier. Related supplier addresses may also be created.",
    parameters=(),
    paginated=False,
    body_type="Supplier",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperSupplier"),),
    deprecated=False,
    build=build,
    parse=parse,
)
