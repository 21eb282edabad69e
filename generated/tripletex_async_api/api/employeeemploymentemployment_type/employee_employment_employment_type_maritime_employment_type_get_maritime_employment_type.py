"""`GET /employee/employment/employmentType/maritimeEmploymentType` (EmployeeEmploymentEmploymentTypeMaritimeEmploymentType_getMaritimeEmploymentType): `tx.employee_employment_employment_type.get_maritime_employment_type(...)`."""

from typing import Any

import httpx

from ...models.employee_employment_employment_type_maritime_employment_type_get_maritime_employment_type_type import (
    EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
)
from ...models.list_response_employment_type import ListResponseEmploymentType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    type_: EmployeeEmploymentEmploymentTypeMaritimeEmploymentTypeGetMaritimeEmploymentTypeType,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/employmentType/maritimeEmploymentType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/employmentType/maritimeEmploymentType",
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
    id="EmployeeEmploymentEmploymentTypeMaritimeEmploymentType_getMaritimeEmploymentType",
    group="employee_employment_employment_type",
    name="get_maritime_employment_type",
    method="GET",
    path="/employee/employment/employmentType/maritimeEmploymentType",
    summary="Find all maritime employment type IDs.",
    parameters=(
        Param("type", "type_", "query", True),
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
