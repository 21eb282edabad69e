from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_reconciliation_match import ListResponseReconciliationMatch
from ...models.reconciliation_match import ReconciliationMatch
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: list[ReconciliationMatch] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bankReconciliationId"] = bank_reconciliation_id

    params["approved"] = approved

    params["query"] = query

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bank/reconciliation/internal/match",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = []
            for body_item_data in body:
                body_item = body_item_data.to_dict()
                _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseReconciliationMatch | None:
    if response.status_code == 200:
        response_200 = ListResponseReconciliationMatch.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseReconciliationMatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ReconciliationMatch] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ListResponseReconciliationMatch]:
    """Find bank reconciliation matches corresponding with sent data.

    Args:
        bank_reconciliation_id (int | Unset):
        approved (bool | Unset):
        query (str | Unset):
        count (int | Unset):
        body (list[ReconciliationMatch] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseReconciliationMatch]
    """

    kwargs = _get_kwargs(
        body=body,
        bank_reconciliation_id=bank_reconciliation_id,
        approved=approved,
        query=query,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[ReconciliationMatch] | Unset = UNSET,
    bank_reconciliation_id: int | Unset = UNSET,
    approved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ListResponseReconciliationMatch | None:
    """Find bank reconciliation matches corresponding with sent data.

    Args:
        bank_reconciliation_id (int | Unset):
        approved (bool | Unset):
        query (str | Unset):
        count (int | Unset):
        body (list[ReconciliationMatch] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseReconciliationMatch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            bank_reconciliation_id=bank_reconciliation_id,
            approved=approved,
            query=query,
            count=count,
        )
    ).parsed
