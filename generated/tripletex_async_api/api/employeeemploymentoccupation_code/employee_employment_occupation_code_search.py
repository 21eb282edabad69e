"""`GET /employee/employment/occupationCode` (EmployeeEmploymentOccupationCode_search): `tx.employee_employment_occupation_code.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_occupation_code import ListResponseOccupationCode
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name_no: str | Unset = UNSET,
    code: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/occupationCode`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["nameNO"] = name_no

    params["code"] = code

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/occupationCode",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseOccupationCode | None:
    """The answer as `ListResponseOccupationCode`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseOccupationCode.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentOccupationCode_search",
    group="employee_employment_occupation_code",
    name="search",
    method="GET",
    path="/employee/employment/occupationCode",
    summary="Find all profession codes.",
    parameters=(
        Param("id", "id", "query", False),
        Param("nameNO", "name_no", "query", False),
        Param("code", "code", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseOccupationCode"),),
    deprecated=False,
    build=build,
    parse=parse,
)
