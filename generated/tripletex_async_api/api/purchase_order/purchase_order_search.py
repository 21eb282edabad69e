from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_purchase_order import ListResponsePurchaseOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str | Unset = UNSET,
    delivery_date_from: str | Unset = UNSET,
    delivery_date_to: str | Unset = UNSET,
    creation_date_from: str | Unset = UNSET,
    creation_date_to: str | Unset = UNSET,
    id: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    with_deviation_only: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["deliveryDateFrom"] = delivery_date_from

    params["deliveryDateTo"] = delivery_date_to

    params["creationDateFrom"] = creation_date_from

    params["creationDateTo"] = creation_date_to

    params["id"] = id

    params["supplierId"] = supplier_id

    params["projectId"] = project_id

    params["isClosed"] = is_closed

    params["withDeviationOnly"] = with_deviation_only

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchaseOrder",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponsePurchaseOrder | None:
    if response.status_code == 200:
        response_200 = ListResponsePurchaseOrder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponsePurchaseOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    number: str | Unset = UNSET,
    delivery_date_from: str | Unset = UNSET,
    delivery_date_to: str | Unset = UNSET,
    creation_date_from: str | Unset = UNSET,
    creation_date_to: str | Unset = UNSET,
    id: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    with_deviation_only: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponsePurchaseOrder]:
    """Find purchase orders with send data. Only available for Logistics Basic.

    Args:
        number (str | Unset):
        delivery_date_from (str | Unset):
        delivery_date_to (str | Unset):
        creation_date_from (str | Unset):
        creation_date_to (str | Unset):
        id (str | Unset):
        supplier_id (str | Unset):
        project_id (str | Unset):
        is_closed (bool | Unset):
        with_deviation_only (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponsePurchaseOrder]
    """

    kwargs = _get_kwargs(
        number=number,
        delivery_date_from=delivery_date_from,
        delivery_date_to=delivery_date_to,
        creation_date_from=creation_date_from,
        creation_date_to=creation_date_to,
        id=id,
        supplier_id=supplier_id,
        project_id=project_id,
        is_closed=is_closed,
        with_deviation_only=with_deviation_only,
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
    number: str | Unset = UNSET,
    delivery_date_from: str | Unset = UNSET,
    delivery_date_to: str | Unset = UNSET,
    creation_date_from: str | Unset = UNSET,
    creation_date_to: str | Unset = UNSET,
    id: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    with_deviation_only: bool | Unset = False,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponsePurchaseOrder | None:
    """Find purchase orders with send data. Only available for Logistics Basic.

    Args:
        number (str | Unset):
        delivery_date_from (str | Unset):
        delivery_date_to (str | Unset):
        creation_date_from (str | Unset):
        creation_date_to (str | Unset):
        id (str | Unset):
        supplier_id (str | Unset):
        project_id (str | Unset):
        is_closed (bool | Unset):
        with_deviation_only (bool | Unset):  Default: False.
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponsePurchaseOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            delivery_date_from=delivery_date_from,
            delivery_date_to=delivery_date_to,
            creation_date_from=creation_date_from,
            creation_date_to=creation_date_to,
            id=id,
            supplier_id=supplier_id,
            project_id=project_id,
            is_closed=is_closed,
            with_deviation_only=with_deviation_only,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
