"""`GET /employee/employment/remunerationType` (EmployeeEmploymentRemunerationType_search): `tx.employee_employment_remuneration_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_remuneration_type import ListResponseRemunerationType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/remunerationType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/remunerationType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseRemunerationType | None:
    """The answer as `ListResponseRemunerationType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseRemunerationType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentRemunerationType_search",
    group="employee_employment_remuneration_type",
    name="search",
    method="GET",
    path="/employee/employment/remunerationType",
    summary="Find all remuneration type IDs.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseRemunerationType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
