from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_cost_participant import ResponseWrapperCostParticipant
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    display_name: str | Unset = UNSET,
    cost_id: int,
    employee_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["displayName"] = display_name

    params["costId"] = cost_id

    params["employeeId"] = employee_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/travelExpense/costParticipant/createCostParticipantAdvanced",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperCostParticipant | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperCostParticipant.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperCostParticipant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    display_name: str | Unset = UNSET,
    cost_id: int,
    employee_id: int,
) -> Response[ResponseWrapperCostParticipant]:
    """Create participant on cost using explicit parameters

    Args:
        display_name (str | Unset):
        cost_id (int):
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperCostParticipant]
    """

    kwargs = _get_kwargs(
        display_name=display_name,
        cost_id=cost_id,
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    display_name: str | Unset = UNSET,
    cost_id: int,
    employee_id: int,
) -> ResponseWrapperCostParticipant | None:
    """Create participant on cost using explicit parameters

    Args:
        display_name (str | Unset):
        cost_id (int):
        employee_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperCostParticipant
    """

    return (
        await asyncio_detailed(
            client=client,
            display_name=display_name,
            cost_id=cost_id,
            employee_id=employee_id,
        )
    ).parsed
