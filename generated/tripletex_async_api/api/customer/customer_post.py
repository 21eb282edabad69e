"""`POST /customer` (Customer_post): `tx.customer.post(...)`."""

from typing import Any

import httpx

from ...models.customer import Customer
from ...models.response_wrapper_customer import ResponseWrapperCustomer
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Customer,
) -> RequestArgs:
    """The request of `POST /customer`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/customer",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCustomer | None:
    """The answer as `ResponseWrapperCustomer`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCustomer.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Customer_post",
    group="customer",
    name="post",
    method="POST",
    path="/customer",
    summary="Create customer. Related customer addresses may also be created.",
    parameters=(),
    paginated=False,
    body_type="Customer",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
