"""`POST /customer/category` (CustomerCategory_post): `tx.customer_category.post(...)`."""

from typing import Any

import httpx

from ...models.customer_category import CustomerCategory
from ...models.response_wrapper_customer_category import ResponseWrapperCustomerCategory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: CustomerCategory,
) -> RequestArgs:
    """The request of `POST /customer/category`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/customer/category",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCustomerCategory | None:
    """The answer as `ResponseWrapperCustomerCategory`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCustomerCategory.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="CustomerCategory_post",
    group="customer_category",
    name="post",
    method="POST",
    path="/customer/category",
    summary="Add new customer/supplier category.",
    parameters=(),
    paginated=False,
    body_type="CustomerCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCustomerCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
