from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    travel_expense_id: int,
    *,
    version: int | Unset = UNSET,
    send_to_inbox: bool | Unset = False,
    split: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["sendToInbox"] = send_to_inbox

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/travelExpense/{travel_expense_id}/attachment".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
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
    travel_expense_id: int,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
    send_to_inbox: bool | Unset = False,
    split: bool | Unset = False,
) -> Response[Any]:
    """Delete attachment.

    Args:
        travel_expense_id (int):
        version (int | Unset):
        send_to_inbox (bool | Unset):  Default: False.
        split (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        travel_expense_id=travel_expense_id,
        version=version,
        send_to_inbox=send_to_inbox,
        split=split,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
