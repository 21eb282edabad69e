"""`GET /travelExpense` (TravelExpense_search): `tx.travel_expense.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...models.travel_expense_search_state import TravelExpenseSearchState
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    departure_date_from: str | Unset = UNSET,
    return_date_to: str | Unset = UNSET,
    state: TravelExpenseSearchState | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /travelExpense`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["departmentId"] = department_id

    params["projectId"] = project_id

    params["projectManagerId"] = project_manager_id

    params["departureDateFrom"] = departure_date_from

    params["returnDateTo"] = return_date_to

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTravelExpense | None:
    """The answer as `ListResponseTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpense_search",
    group="travel_expense",
    name="search",
    method="GET",
    path="/travelExpense",
    summary="Find travel expenses corresponding with sent data.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("projectManagerId", "project_manager_id", "query", False),
        Param("departureDateFrom", "departure_date_from", "query", False),
        Param("returnDateTo", "return_date_to", "query", False),
        Param("state", "state", "query", False, "ALL"),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
