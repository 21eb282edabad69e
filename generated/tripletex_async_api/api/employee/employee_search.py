"""`GET /employee` (Employee_search): `tx.employee.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_employee import ListResponseEmployee
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    allow_information_registration: bool | Unset = UNSET,
    include_contacts: bool | Unset = UNSET,
    department_id: str | Unset = UNSET,
    only_project_managers: bool | Unset = UNSET,
    only_contacts: bool | Unset = UNSET,
    assignable_project_managers: bool | Unset = UNSET,
    period_start: str | Unset = UNSET,
    period_end: str | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    only_employee_tokens: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["firstName"] = first_name

    params["lastName"] = last_name

    params["employeeNumber"] = employee_number

    params["email"] = email

    params["allowInformationRegistration"] = allow_information_registration

    params["includeContacts"] = include_contacts

    params["departmentId"] = department_id

    params["onlyProjectManagers"] = only_project_managers

    params["onlyContacts"] = only_contacts

    params["assignableProjectManagers"] = assignable_project_managers

    params["periodStart"] = period_start

    params["periodEnd"] = period_end

    params["hasSystemAccess"] = has_system_access

    params["onlyEmployeeTokens"] = only_employee_tokens

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseEmployee | None:
    """The answer as `ListResponseEmployee`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseEmployee.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Employee_search",
    group="employee",
    name="search",
    method="GET",
    path="/employee",
    summary="Find employees corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("firstName", "first_name", "query", False),
        Param("lastName", "last_name", "query", False),
        Param("employeeNumber", "employee_number", "query", False),
        Param("email", "email", "query", False),
        Param("allowInformationRegistration", "allow_information_registration", "query", False),
        Param("includeContacts", "include_contacts", "query", False, False),
        Param("departmentId", "department_id", "query", False),
        Param("onlyProjectManagers", "only_project_managers", "query", False),
        Param("onlyContacts", "only_contacts", "query", False, False),
        Param("assignableProjectManagers", "assignable_project_managers", "query", False),
        Param("periodStart", "period_start", "query", False),
        Param("periodEnd", "period_end", "query", False),
        Param("hasSystemAccess", "has_system_access", "query", False),
        Param("onlyEmployeeTokens", "only_employee_tokens", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseEmployee"),),
    deprecated=False,
    build=build,
    parse=parse,
)
