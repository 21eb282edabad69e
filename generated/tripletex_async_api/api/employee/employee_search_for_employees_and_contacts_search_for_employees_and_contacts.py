"""`GET /employee/searchForEmployeesAndContacts` (EmployeeSearchForEmployeesAndContacts_searchForEmployeesAndContacts): `tx.employee.search_for_employees_and_contacts(...)`."""

from typing import Any

import httpx

from ...models.list_response_employee import ListResponseEmployee
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_contacts: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    has_system_access: bool | Unset = UNSET,
    exclude_read_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/searchForEmployeesAndContacts`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["firstName"] = first_name

    params["lastName"] = last_name

    params["email"] = email

    params["includeContacts"] = include_contacts

    params["isInactive"] = is_inactive

    params["hasSystemAccess"] = has_system_access

    params["excludeReadOnly"] = exclude_read_only

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/searchForEmployeesAndContacts",
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
    id="EmployeeSearchForEmployeesAndContacts_searchForEmployeesAndContacts",
    group="employee",
    name="search_for_employees_and_contacts",
    method="GET",
    path="/employee/searchForEmployeesAndContacts",
    summary="Get employees and contacts by parameters. Include contacts by default.",
    parameters=(
        Param("id", "id", "query", False),
        Param("firstName", "first_name", "query", False),
        Param("lastName", "last_name", "query", False),
        Param("email", "email", "query", False),
        Param("includeContacts", "include_contacts", "query", False, True),
        Param("isInactive", "is_inactive", "query", False),
        Param("hasSystemAccess", "has_system_access", "query", False),
        Param("excludeReadOnly", "exclude_read_only", "query", False),
        Param("fields", "fields", "query", False, "id, employeeNumber, firstName, lastName, email, pictureId"),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseEmployee"),),
    deprecated=False,
    build=build,
    parse=parse,
)
