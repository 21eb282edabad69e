"""`PUT /supplier/list` (SupplierList_putList): `tx.supplier.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier import ListResponseSupplier
from ...models.supplier import Supplier
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Supplier],
) -> RequestArgs:
    """The request of `PUT /supplier/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/supplier/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplier | None:
    """The answer as `ListResponseSupplier`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplier.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierList_putList",
    group="supplier",
    name="put_list",
    method="PUT",
    path="/supplier/list",
    summary="Update multiple suppliers. Addresses can also be updated.",
    parameters=(),
    paginated=False,
    body_type="list[Supplier]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseSupplier"),),
    deprecated=False,
    build=build,
    parse=parse,
)
