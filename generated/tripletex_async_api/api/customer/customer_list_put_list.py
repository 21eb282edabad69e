"""`PUT /customer/list` (CustomerList_putList): `tx.customer.put_list(...)`."""

from typing import Any

import httpx

from ...models.customer import Customer
from ...models.list_response_customer import ListResponseCustomer
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Customer],
) -> RequestArgs:
    """The request of `PUT /customer/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/customer/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseCustomer | None:
    """The answer as `ListResponseCustomer`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCustomer.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CustomerList_putList",
    group="customer",
    name="put_list",
    method="PUT",
    path="/customer/list",
    summary="[BETA] Update multiple customers. Addresses can also be updated.",
    parameters=(),
    paginated=False,
    body_type="list[Customer]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
