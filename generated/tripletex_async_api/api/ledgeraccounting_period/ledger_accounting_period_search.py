from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_accounting_period import ListResponseAccountingPeriod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    start_from: str | Unset = UNSET,
    start_to: str | Unset = UNSET,
    end_from: str | Unset = UNSET,
    end_to: str | Unset = UNSET,
    count: int | Unset = 1400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["numberFrom"] = number_from

    params["numberTo"] = number_to

    params["startFrom"] = start_from

    params["startTo"] = start_to

    params["endFrom"] = end_from

    params["endTo"] = end_to

    params["count"] = count

    params["from"] = from_

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledger/accountingPeriod",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseAccountingPeriod | None:
    if response.status_code == 200:
        response_200 = ListResponseAccountingPeriod.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseAccountingPeriod]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    start_from: str | Unset = UNSET,
    start_to: str | Unset = UNSET,
    end_from: str | Unset = UNSET,
    end_to: str | Unset = UNSET,
    count: int | Unset = 1400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseAccountingPeriod]:
    """Find accounting periods corresponding with sent data.

    Args:
        id (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        start_from (str | Unset):
        start_to (str | Unset):
        end_from (str | Unset):
        end_to (str | Unset):
        count (int | Unset):  Default: 1400.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseAccountingPeriod]
    """

    kwargs = _get_kwargs(
        id=id,
        number_from=number_from,
        number_to=number_to,
        start_from=start_from,
        start_to=start_to,
        end_from=end_from,
        end_to=end_to,
        count=count,
        from_=from_,
        sorting=sorting,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    start_from: str | Unset = UNSET,
    start_to: str | Unset = UNSET,
    end_from: str | Unset = UNSET,
    end_to: str | Unset = UNSET,
    count: int | Unset = 1400,
    from_: int | Unset = 0,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseAccountingPeriod | None:
    """Find accounting periods corresponding with sent data.

    Args:
        id (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        start_from (str | Unset):
        start_to (str | Unset):
        end_from (str | Unset):
        end_to (str | Unset):
        count (int | Unset):  Default: 1400.
        from_ (int | Unset):  Default: 0.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseAccountingPeriod
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            number_from=number_from,
            number_to=number_to,
            start_from=start_from,
            start_to=start_to,
            end_from=end_from,
            end_to=end_to,
            count=count,
            from_=from_,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
