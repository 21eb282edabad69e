"""`POST /customer/list` (CustomerList_postList): `tx.customer.post_list(...)`."""

from typing import Any

import httpx

from ...models.customer import Customer
from ...models.list_response_customer import ListResponseCustomer
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Customer],
) -> RequestArgs:
    """The request of `POST /customer/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseCustomer.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="CustomerList_postList",
    group="customer",
    name="post_list",
    method="POST",
    path="/customer/list",
    summary="[BETA] Create multiple customers. Related supplier addresses may also be created.",
    parameters=(),
    paginated=False,
    body_type="list[Customer]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
