"""`GET /salary/payslip/{id}` (SalaryPayslip_get): `tx.salary_payslip.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_payslip import ResponseWrapperPayslip
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/payslip/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/payslip/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPayslip | None:
    """The answer as `ResponseWrapperPayslip`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPayslip.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryPayslip_get",
    group="salary_payslip",
    name="get",
    method="GET",
    path="/salary/payslip/{id}",
    summary="Find payslip by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPayslip"),),
    deprecated=False,
    build=build,
    parse=parse,
)
