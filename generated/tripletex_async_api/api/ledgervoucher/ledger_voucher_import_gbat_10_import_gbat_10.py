from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id_only_dto import IdOnlyDTO
from ...models.ledger_voucher_import_gbat_10_import_gbat_10_body import LedgerVoucherImportGbat10ImportGbat10Body
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: LedgerVoucherImportGbat10ImportGbat10Body | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledger/voucher/importGbat10",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[IdOnlyDTO] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            if response_200_item_data is None:
                continue
            response_200_item = IdOnlyDTO.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[IdOnlyDTO]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherImportGbat10ImportGbat10Body | Unset = UNSET,
) -> Response[list[IdOnlyDTO]]:
    """Import GBAT10. Send as multipart form.

    Args:
        body (LedgerVoucherImportGbat10ImportGbat10Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[IdOnlyDTO]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LedgerVoucherImportGbat10ImportGbat10Body | Unset = UNSET,
) -> list[IdOnlyDTO] | None:
    """Import GBAT10. Send as multipart form.

    Args:
        body (LedgerVoucherImportGbat10ImportGbat10Body | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[IdOnlyDTO]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
