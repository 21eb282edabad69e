"""`POST /company/salesmodules` (CompanySalesmodules_post): `tx.company_salesmodules.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_sales_module import ResponseWrapperSalesModule
from ...models.sales_module import SalesModule
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: SalesModule,
) -> RequestArgs:
    """The request of `POST /company/salesmodules`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/company/salesmodules",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalesModule | None:
    """The answer as `ResponseWrapperSalesModule`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSalesModule.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="CompanySalesmodules_post",
    group="company_salesmodules",
    name="post",
    method="POST",
    path="/company/salesmodules",
    summary="[BETA] Add (activate) a new sales module.",
    parameters=(),
    paginated=False,
    body_type="SalesModule",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperSalesModule"),),
    deprecated=False,
    build=build,
    parse=parse,
)
