"""`PUT /company` (Company_put): `tx.company.put(...)`."""

from typing import Any

import httpx

from ...models.company import Company
from ...models.response_wrapper_company import ResponseWrapperCompany
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Company,
) -> RequestArgs:
    """The request of `PUT /company`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/company",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompany | None:
    """The answer as `ResponseWrapperCompany`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompany.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Company_put",
    group="company",
    name="put",
    method="PUT",
    path="/company",
    summary="Update company information.",
    parameters=(),
    paginated=False,
    body_type="Company",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCompany"),),
    deprecated=False,
    build=build,
    parse=parse,
)
