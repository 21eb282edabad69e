from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_wrapper_holiday_allowance_summary import ResponseWrapperHolidayAllowanceSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reconciliation_id: int,
    *,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salary/holidayAllowance/reconciliation/{reconciliation_id}/holidayAllowanceSummary".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperHolidayAllowanceSummary | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperHolidayAllowanceSummary.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperHolidayAllowanceSummary]:
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
    fields: str | Unset = "",
) -> Response[ResponseWrapperHolidayAllowanceSummary]:
    """Salary holiday allowance reconciliation summary

    Args:
        reconciliation_id (int):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperHolidayAllowanceSummary]
    """

    kwargs = _get_kwargs(
        reconciliation_id=reconciliation_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reconciliation_id: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "",
) -> ResponseWrapperHolidayAllowanceSummary | None:
    """Salary holiday allowance reconciliation summary

    Args:
        reconciliation_id (int):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperHolidayAllowanceSummary
    """

    return (
        await asyncio_detailed(
            reconciliation_id=reconciliation_id,
            client=client,
            fields=fields,
        )
    ).parsed
