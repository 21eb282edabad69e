from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_object import ListResponseObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    created_date_from: str | Unset = UNSET,
    created_date_to: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sales_employee_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    closed_reason: str | Unset = UNSET,
    closed_date_from: str | Unset = UNSET,
    closed_date_to: str | Unset = UNSET,
    competitor: str | Unset = UNSET,
    prospect_type: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_offer_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["description"] = description

    params["createdDateFrom"] = created_date_from

    params["createdDateTo"] = created_date_to

    params["customerId"] = customer_id

    params["salesEmployeeId"] = sales_employee_id

    params["isClosed"] = is_closed

    params["closedReason"] = closed_reason

    params["closedDateFrom"] = closed_date_from

    params["closedDateTo"] = closed_date_to

    params["competitor"] = competitor

    params["prospectType"] = prospect_type

    params["projectId"] = project_id

    params["projectOfferId"] = project_offer_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crm/prospect",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseObject | None:
    if response.status_code == 200:
        response_200 = ListResponseObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    created_date_from: str | Unset = UNSET,
    created_date_to: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sales_employee_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    closed_reason: str | Unset = UNSET,
    closed_date_from: str | Unset = UNSET,
    closed_date_to: str | Unset = UNSET,
    competitor: str | Unset = UNSET,
    prospect_type: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_offer_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseObject]:
    """Find prospects corresponding with sent data.

    Args:
        name (str | Unset):
        description (str | Unset):
        created_date_from (str | Unset):
        created_date_to (str | Unset):
        customer_id (str | Unset):
        sales_employee_id (str | Unset):
        is_closed (bool | Unset):
        closed_reason (str | Unset):
        closed_date_from (str | Unset):
        closed_date_to (str | Unset):
        competitor (str | Unset):
        prospect_type (str | Unset):
        project_id (str | Unset):
        project_offer_id (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseObject]
    """

    kwargs = _get_kwargs(
        name=name,
        description=description,
        created_date_from=created_date_from,
        created_date_to=created_date_to,
        customer_id=customer_id,
        sales_employee_id=sales_employee_id,
        is_closed=is_closed,
        closed_reason=closed_reason,
        closed_date_from=closed_date_from,
        closed_date_to=closed_date_to,
        competitor=competitor,
        prospect_type=prospect_type,
        project_id=project_id,
        project_offer_id=project_offer_id,
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
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    created_date_from: str | Unset = UNSET,
    created_date_to: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sales_employee_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    closed_reason: str | Unset = UNSET,
    closed_date_from: str | Unset = UNSET,
    closed_date_to: str | Unset = UNSET,
    competitor: str | Unset = UNSET,
    prospect_type: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_offer_id: str | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseObject | None:
    """Find prospects corresponding with sent data.

    Args:
        name (str | Unset):
        description (str | Unset):
        created_date_from (str | Unset):
        created_date_to (str | Unset):
        customer_id (str | Unset):
        sales_employee_id (str | Unset):
        is_closed (bool | Unset):
        closed_reason (str | Unset):
        closed_date_from (str | Unset):
        closed_date_to (str | Unset):
        competitor (str | Unset):
        prospect_type (str | Unset):
        project_id (str | Unset):
        project_offer_id (str | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseObject
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            description=description,
            created_date_from=created_date_from,
            created_date_to=created_date_to,
            customer_id=customer_id,
            sales_employee_id=sales_employee_id,
            is_closed=is_closed,
            closed_reason=closed_reason,
            closed_date_from=closed_date_from,
            closed_date_to=closed_date_to,
            competitor=competitor,
            prospect_type=prospect_type,
            project_id=project_id,
            project_offer_id=project_offer_id,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
