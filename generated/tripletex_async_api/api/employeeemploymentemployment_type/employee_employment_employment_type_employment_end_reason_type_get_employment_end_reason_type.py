"""`GET /employee/employment/employmentType/employmentEndReasonType` (EmployeeEmploymentEmploymentTypeEmploymentEndReasonType_getEmploymentEndReasonType): `tx.employee_employment_employment_type.get_employment_end_reason_type(...)`."""

from typing import Any

import httpx

from ...models.list_response_employment_type import ListResponseEmploymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/employmentType/employmentEndReasonType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/employmentType/employmentEndReasonType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmploymentType | None:
    """The answer as `ListResponseEmploymentType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseEmploymentType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentEmploymentTypeEmploymentEndReasonType_getEmploymentEndReasonType",
    group="employee_employment_employment_type",
    name="get_employment_end_reason_type",
    method="GET",
    path="/employee/employment/employmentType/employmentEndReasonType",
    summary="Find all employment end reason type IDs.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseEmploymentType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
