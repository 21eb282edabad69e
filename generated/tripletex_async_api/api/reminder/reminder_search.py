from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_reminder import ListResponseReminder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    term_of_payment_to: str | Unset = UNSET,
    term_of_payment_from: str | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["termOfPaymentTo"] = term_of_payment_to

    params["termOfPaymentFrom"] = term_of_payment_from

    params["invoiceId"] = invoice_id

    params["customerId"] = customer_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reminder",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseReminder | None:
    if response.status_code == 200:
        response_200 = ListResponseReminder.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseReminder]:
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
    date_from: str,
    date_to: str,
    term_of_payment_to: str | Unset = UNSET,
    term_of_payment_from: str | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> Response[ListResponseReminder]:
    """Find reminders corresponding with sent data.

    Args:
        id (str | Unset):
        date_from (str):
        date_to (str):
        term_of_payment_to (str | Unset):
        term_of_payment_from (str | Unset):
        invoice_id (int | Unset):
        customer_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseReminder]
    """

    kwargs = _get_kwargs(
        id=id,
        date_from=date_from,
        date_to=date_to,
        term_of_payment_to=term_of_payment_to,
        term_of_payment_from=term_of_payment_from,
        invoice_id=invoice_id,
        customer_id=customer_id,
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
    id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    term_of_payment_to: str | Unset = UNSET,
    term_of_payment_from: str | Unset = UNSET,
    invoice_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    from_: int | Unset = 0,
    count: int | Unset = 1000,
    sorting: str | Unset = "",
    fields: str | Unset = "",
) -> ListResponseReminder | None:
    """Find reminders corresponding with sent data.

    Args:
        id (str | Unset):
        date_from (str):
        date_to (str):
        term_of_payment_to (str | Unset):
        term_of_payment_from (str | Unset):
        invoice_id (int | Unset):
        customer_id (int | Unset):
        from_ (int | Unset):  Default: 0.
        count (int | Unset):  Default: 1000.
        sorting (str | Unset):  Default: ''.
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseReminder
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            date_from=date_from,
            date_to=date_to,
            term_of_payment_to=term_of_payment_to,
            term_of_payment_from=term_of_payment_from,
            invoice_id=invoice_id,
            customer_id=customer_id,
            from_=from_,
            count=count,
            sorting=sorting,
            fields=fields,
        )
    ).parsed
