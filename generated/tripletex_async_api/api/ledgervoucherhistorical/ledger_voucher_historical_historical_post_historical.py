from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.historical_voucher import HistoricalVoucher
from ...models.list_response_historical_voucher import ListResponseHistoricalVoucher
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: list[HistoricalVoucher],
    comment: str | Unset = UNSET,
    use_custom_number_series: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["comment"] = comment

    params["useCustomNumberSeries"] = use_custom_number_series

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/historical/historical",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseHistoricalVoucher | None:
    if response.status_code == 201:
        response_201 = ListResponseHistoricalVoucher.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseHistoricalVoucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[HistoricalVoucher],
    comment: str | Unset = UNSET,
    use_custom_number_series: bool | Unset = UNSET,
) -> Response[ListResponseHistoricalVoucher]:
    """API endpoint for creating historical vouchers. These are vouchers created outside Tripletex, and
    should be from closed accounting years. The intended usage is to get access to historical
    transcations in Tripletex. Also creates postings. All amount fields in postings will be used. VAT
    postings must be included, these are not generated automatically like they are for normal vouchers
    in Tripletex. Requires the \\"All vouchers\\" and \\"Advanced Voucher\\" permissions.

    Args:
        comment (str | Unset):
        use_custom_number_series (bool | Unset):
        body (list[HistoricalVoucher]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseHistoricalVoucher]
    """

    kwargs = _get_kwargs(
        body=body,
        comment=comment,
        use_custom_number_series=use_custom_number_series,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[HistoricalVoucher],
    comment: str | Unset = UNSET,
    use_custom_number_series: bool | Unset = UNSET,
) -> ListResponseHistoricalVoucher | None:
    """API endpoint for creating historical vouchers. These are vouchers created outside Tripletex, and
    should be from closed accounting years. The intended usage is to get access to historical
    transcations in Tripletex. Also creates postings. All amount fields in postings will be used. VAT
    postings must be included, these are not generated automatically like they are for normal vouchers
    in Tripletex. Requires the \\"All vouchers\\" and \\"Advanced Voucher\\" permissions.

    Args:
        comment (str | Unset):
        use_custom_number_series (bool | Unset):
        body (list[HistoricalVoucher]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseHistoricalVoucher
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            comment=comment,
            use_custom_number_series=use_custom_number_series,
        )
    ).parsed
