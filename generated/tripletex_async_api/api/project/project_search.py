"""`GET /project` (Project_search): `tx.project.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    is_offer: bool | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    customer_account_manager_id: str | Unset = UNSET,
    employee_in_project_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    start_date_from: str | Unset = UNSET,
    start_date_to: str | Unset = UNSET,
    end_date_from: str | Unset = UNSET,
    end_date_to: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_fixed_price: bool | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    external_accounts_number: str | Unset = UNSET,
    include_recently_closed: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["isOffer"] = is_offer

    params["projectManagerId"] = project_manager_id

    params["customerAccountManagerId"] = customer_account_manager_id

    params["employeeInProjectId"] = employee_in_project_id

    params["departmentId"] = department_id

    params["startDateFrom"] = start_date_from

    params["startDateTo"] = start_date_to

    params["endDateFrom"] = end_date_from

    params["endDateTo"] = end_date_to

    params["isClosed"] = is_closed

    params["isFixedPrice"] = is_fixed_price

    params["customerId"] = customer_id

    params["externalAccountsNumber"] = external_accounts_number

    params["includeRecentlyClosed"] = include_recently_closed

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProject | None:
    """The answer as `ListResponseProject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Project_search",
    group="project",
    name="search",
    method="GET",
    path="/project",
    summary="Find projects corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("number", "number", "query", False),
        Param("isOffer", "is_offer", "query", False),
        Param("projectManagerId", "project_manager_id", "query", False),
        Param("customerAccountManagerId", "customer_account_manager_id", "query", False),
        Param("employeeInProjectId", "employee_in_project_id", "query", False),
        Param("departmentId", "department_id", "query", False),
        Param("startDateFrom", "start_date_from", "query", False),
        Param("startDateTo", "start_date_to", "query", False),
        Param("endDateFrom", "end_date_from", "query", False),
        Param("endDateTo", "end_date_to", "query", False),
        Param("isClosed", "is_closed", "query", False),
        Param("isFixedPrice", "is_fixed_price", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("externalAccountsNumber", "external_accounts_number", "query", False),
        Param("includeRecentlyClosed", "include_recently_closed", "query", False, False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
