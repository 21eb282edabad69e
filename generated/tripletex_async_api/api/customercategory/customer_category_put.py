"""`PUT /customer/category/{id}` (CustomerCategory_put): `tx.customer_category.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.customer_category import CustomerCategory
from ...models.response_wrapper_customer_category import ResponseWrapperCustomerCategory
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: CustomerCategory,
) -> RequestArgs:
    """The request of `PUT /customer/category/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/customer/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCustomerCategory | None:
    """The answer as `ResponseWrapperCustomerCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCustomerCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CustomerCategory_put",
    group="customer_category",
    name="put",
    method="PUT",
    path="/customer/category/{id}",
    summary="Update customer/supplier category.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="CustomerCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCustomerCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
