from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_upload_upload_body import AssetUploadUploadBody
from ...models.list_response_asset_account_row import ListResponseAssetAccountRow
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: AssetUploadUploadBody | Unset = UNSET,
    is_preview: bool,
    start_date: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["isPreview"] = is_preview

    params["startDate"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/asset/upload",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseAssetAccountRow | None:
    if response.status_code == 201:
        response_201 = ListResponseAssetAccountRow.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseAssetAccountRow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssetUploadUploadBody | Unset = UNSET,
    is_preview: bool,
    start_date: str,
) -> Response[ListResponseAssetAccountRow]:
    """[BETA] Upload Excel file with Assets in the standard Tripletex defined format.

    Args:
        is_preview (bool):
        start_date (str):
        body (AssetUploadUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseAssetAccountRow]
    """

    kwargs = _get_kwargs(
        body=body,
        is_preview=is_preview,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssetUploadUploadBody | Unset = UNSET,
    is_preview: bool,
    start_date: str,
) -> ListResponseAssetAccountRow | None:
    """[BETA] Upload Excel file with Assets in the standard Tripletex defined format.

    Args:
        is_preview (bool):
        start_date (str):
        body (AssetUploadUploadBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseAssetAccountRow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            is_preview=is_preview,
            start_date=start_date,
        )
    ).parsed
