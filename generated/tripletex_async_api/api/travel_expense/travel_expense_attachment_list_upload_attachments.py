from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.travel_expense_attachment_list_upload_attachments_body import (
    TravelExpenseAttachmentListUploadAttachmentsBody,
)
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    travel_expense_id: int,
    *,
    body: TravelExpenseAttachmentListUploadAttachmentsBody,
    create_new_cost: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["createNewCost"] = create_new_cost

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/travelExpense/{travel_expense_id}/attachment/list".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
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
    body: TravelExpenseAttachmentListUploadAttachmentsBody,
    create_new_cost: bool | Unset = False,
) -> Response[Any]:
    """Upload multiple attachments to travel expense.

    Args:
        travel_expense_id (int):
        create_new_cost (bool | Unset):  Default: False.
        body (TravelExpenseAttachmentListUploadAttachmentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        travel_expense_id=travel_expense_id,
        body=body,
        create_new_cost=create_new_cost,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
