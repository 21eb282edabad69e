"""`GET /employee/standardTime` (EmployeeStandardTime_search): `tx.employee_standard_time.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_standard_time import ListResponseStandardTime
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/standardTime`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/standardTime",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseStandardTime | None:
    """The answer as `ListResponseStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeStandardTime_search",
    group="employee_standard_time",
    name="search",
    method="GET",
    path="/employee/standardTime",
    summary="Find all standard times for employee.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
