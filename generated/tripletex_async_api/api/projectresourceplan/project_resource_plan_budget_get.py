from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_resource_plan_budget_get_period_type import ProjectResourcePlanBudgetGetPeriodType
from ...models.response_wrapper_resource_plan_budget import ResponseWrapperResourcePlanBudget
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: int | Unset = UNSET,
    period_start: str,
    period_end: str,
    period_type: ProjectResourcePlanBudgetGetPeriodType,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["periodStart"] = period_start

    params["periodEnd"] = period_end

    json_period_type = period_type.value
    params["periodType"] = json_period_type

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/resourcePlanBudget",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperResourcePlanBudget | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperResourcePlanBudget.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperResourcePlanBudget]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    period_start: str,
    period_end: str,
    period_type: ProjectResourcePlanBudgetGetPeriodType,
    fields: str | Unset = "",
) -> Response[ResponseWrapperResourcePlanBudget]:
    """Get resource plan entries in the specified period.

    Args:
        project_id (int | Unset):
        period_start (str):
        period_end (str):
        period_type (ProjectResourcePlanBudgetGetPeriodType):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperResourcePlanBudget]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        period_start=period_start,
        period_end=period_end,
        period_type=period_type,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: int | Unset = UNSET,
    period_start: str,
    period_end: str,
    period_type: ProjectResourcePlanBudgetGetPeriodType,
    fields: str | Unset = "",
) -> ResponseWrapperResourcePlanBudget | None:
    """Get resource plan entries in the specified period.

    Args:
        project_id (int | Unset):
        period_start (str):
        period_end (str):
        period_type (ProjectResourcePlanBudgetGetPeriodType):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperResourcePlanBudget
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            period_start=period_start,
            period_end=period_end,
            period_type=period_type,
            fields=fields,
        )
    ).parsed
