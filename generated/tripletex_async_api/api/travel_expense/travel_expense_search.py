from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_travel_expense import ListResponseTravelExpense
from ...models.travel_expense_search_state import TravelExpenseSearchState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    departure_date_from: str | Unset = UNSET,
    return_date_to: str | Unset = UNSET,
    state: TravelExpenseSearchState | Unset = TravelExpenseSearchState.ALL,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/travelExpense",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseTravelExpense | None:
    if response.status_code == 200:
        response_200 = ListResponseTravelExpense.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseTravelExpense]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    departure_date_from: str | Unset = UNSET,
    return_date_to: str | Unset = UNSET,
    state: TravelExpenseSearchState | Unset = TravelExpenseSearchState.ALL,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseTravelExpense]:
    """Find travel expenses corresponding with sent data.

    Args:
        employee_id (str | Unset):
        department_id (str | Unset):
        project_id (str | Unset):
        project_manager_id (str | Unset):
        departure_date_from (str | Unset):
        return_date_to (str | Unset):
        state (TravelExpenseSearchState | Unset):  Default: TravelExpenseSearchState.ALL.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseTravelExpense]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        department_id=department_id,
        project_id=project_id,
        project_manager_id=project_manager_id,
        departure_date_from=departure_date_from,
        return_date_to=return_date_to,
        state=state,
        from_=from_,
        count=count,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: str | Unset = UNSET,
    department_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_manager_id: str | Unset = UNSET,
    departure_date_from: str | Unset = UNSET,
    return_date_to: str | Unset = UNSET,
    state: TravelExpenseSearchState | Unset = TravelExpenseSearchState.ALL,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseTravelExpense | None:
    """Find travel expenses corresponding with sent data.

    Args:
        employee_id (str | Unset):
        department_id (str | Unset):
        project_id (str | Unset):
        project_manager_id (str | Unset):
        departure_date_from (str | Unset):
        return_date_to (str | Unset):
        state (TravelExpenseSearchState | Unset):  Default: TravelExpenseSearchState.ALL.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseTravelExpense
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            department_id=department_id,
            project_id=project_id,
            project_manager_id=project_manager_id,
            departure_date_from=departure_date_from,
            return_date_to=return_date_to,
            state=state,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
