from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mandatory_deduction_context_request import MandatoryDeductionContextRequest
from ...models.response_wrapper_mandatory_deduction_context import ResponseWrapperMandatoryDeductionContext
from ...types import Response, request_body_serialization


def _get_kwargs(
    *,
    body: MandatoryDeductionContextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/salary/mandatoryDeduction/reconciliation/context",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperMandatoryDeductionContext | None:
    if response.status_code == 201:
        response_201 = ResponseWrapperMandatoryDeductionContext.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperMandatoryDeductionContext]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MandatoryDeductionContextRequest,
) -> Response[ResponseWrapperMandatoryDeductionContext]:
    """Create a mandatoryDeduction reconciliation context for a customer

    Args:
        body (MandatoryDeductionContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperMandatoryDeductionContext]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MandatoryDeductionContextRequest,
) -> ResponseWrapperMandatoryDeductionContext | None:
    """Create a mandatoryDeduction reconciliation context for a customer

    Args:
        body (MandatoryDeductionContextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperMandatoryDeductionContext
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
