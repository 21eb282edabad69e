from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_entitlement_grant_client_entitlements_by_template_grant_client_entitlements_by_template_template import (
    EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: int,
    customer_id: int,
    template: EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate,
    add_to_existing: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["customerId"] = customer_id

    json_template = template.value
    params["template"] = json_template

    params["addToExisting"] = add_to_existing

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/employee/entitlement/:grantClientEntitlementsByTemplate",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: int,
    customer_id: int,
    template: EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate,
    add_to_existing: bool | Unset = False,
) -> Response[Any]:
    """[BETA] Update employee entitlements in client account.

    Args:
        employee_id (int):
        customer_id (int):
        template (EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTem
            plateTemplate):
        add_to_existing (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        customer_id=customer_id,
        template=template,
        add_to_existing=add_to_existing,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
