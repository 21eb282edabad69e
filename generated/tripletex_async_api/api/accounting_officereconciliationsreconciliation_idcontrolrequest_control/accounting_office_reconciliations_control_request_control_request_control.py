from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_reconciliation_control import ListResponseReconciliationControl
from ...types import Response, request_body_serialization


def _get_kwargs(
    reconciliation_id: int,
    *,
    body: list[int],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accountingOffice/reconciliations/{reconciliation_id}/control/:requestControl".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseReconciliationControl | None:
    if response.status_code == 200:
        response_200 = ListResponseReconciliationControl.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseReconciliationControl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    reconciliation_id: int,
    *,
    client: AuthenticatedClient,
    body: list[int],
) -> Response[ListResponseReconciliationControl]:
    """Request control of a reconciliation

    Args:
        reconciliation_id (int):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseReconciliationControl]
    """

    kwargs = _get_kwargs(
        reconciliation_id=reconciliation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reconciliation_id: int,
    *,
    client: AuthenticatedClient,
    body: list[int],
) -> ListResponseReconciliationControl | None:
    """Request control of a reconciliation

    Args:
        reconciliation_id (int):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseReconciliationControl
    """

    return (
        await asyncio_detailed(
            reconciliation_id=reconciliation_id,
            client=client,
            body=body,
        )
    ).parsed
