"""`POST /ledger/voucher/historical/employee` (LedgerVoucherHistoricalEmployee_postEmployee): `tx.ledger_voucher_historical.post_employee(...)`."""

from typing import Any

import httpx

from ...models.employee import Employee
from ...models.response_wrapper_employee import ResponseWrapperEmployee
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Employee,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/historical/employee`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/historical/employee",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployee | None:
    """The answer as `ResponseWrapperEmployee`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperEmployee.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="LedgerVoucherHistoricalEmployee_postEmployee",
    group="ledger_voucher_historical",
    name="post_employee",
    method="POST",
    path="/ledger/voucher/historical/employee",
    summary="[BETA] Create one employee, based on import from external system. Validation is less strict, ie. employee department isn't required.",
    parameters=(),
    paginated=False,
    body_type="Employee",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperEmployee"),),
    deprecated=False,
    build=build,
    parse=parse,
)
