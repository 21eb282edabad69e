from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_reconciliation_control import ResponseWrapperReconciliationControl
from ...types import Response


def _get_kwargs(
    reconciliation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accountingOffice/reconciliations/{reconciliation_id}/control/:controlReconciliation".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperReconciliationControl | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperReconciliationControl.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperReconciliationControl]:
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
) -> Response[ResponseWrapperReconciliationControl]:
    """Mark a reconciliation as controlled

    Args:
        reconciliation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperReconciliationControl]
    """

    kwargs = _get_kwargs(
        reconciliation_id=reconciliation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reconciliation_id: int,
    *,
    client: AuthenticatedClient,
) -> ResponseWrapperReconciliationControl | None:
    """Mark a reconciliation as controlled

    Args:
        reconciliation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperReconciliationControl
    """

    return (
        await asyncio_detailed(
            reconciliation_id=reconciliation_id,
            client=client,
        )
    ).parsed
