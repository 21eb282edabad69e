"""`PUT /customer/{id}` (Customer_put): `tx.customer.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.customer import Customer
from ...models.response_wrapper_customer import ResponseWrapperCustomer
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Customer,
) -> RequestArgs:
    """The request of `PUT /customer/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/customer/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCustomer | None:
    """The answer as `ResponseWrapperCustomer`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCustomer.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Customer_put",
    group="customer",
    name="put",
    method="PUT",
    path="/customer/{id}",
    summary="Update customer. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Customer",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
