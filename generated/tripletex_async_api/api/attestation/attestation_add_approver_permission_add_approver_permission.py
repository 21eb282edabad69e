from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attestation_add_approver_permission_add_approver_permission_attestation_type import (
    AttestationAddApproverPermissionAddApproverPermissionAttestationType,
)
from ...models.response_wrapper_add_approver_permission import ResponseWrapperAddApproverPermission
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    attestation_object_id: int,
    attestation_type: AttestationAddApproverPermissionAddApproverPermissionAttestationType,
    fields: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["attestationObjectId"] = attestation_object_id

    json_attestation_type = attestation_type.value
    params["attestationType"] = json_attestation_type

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/attestation/addApproverPermission",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseWrapperAddApproverPermission | None:
    if response.status_code == 200:
        response_200 = ResponseWrapperAddApproverPermission.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseWrapperAddApproverPermission]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    attestation_object_id: int,
    attestation_type: AttestationAddApproverPermissionAddApproverPermissionAttestationType,
    fields: str | Unset = "",
) -> Response[ResponseWrapperAddApproverPermission]:
    """
    Args:
        attestation_object_id (int):
        attestation_type (AttestationAddApproverPermissionAddApproverPermissionAttestationType):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseWrapperAddApproverPermission]
    """

    kwargs = _get_kwargs(
        attestation_object_id=attestation_object_id,
        attestation_type=attestation_type,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    attestation_object_id: int,
    attestation_type: AttestationAddApproverPermissionAddApproverPermissionAttestationType,
    fields: str | Unset = "",
) -> ResponseWrapperAddApproverPermission | None:
    """
    Args:
        attestation_object_id (int):
        attestation_type (AttestationAddApproverPermissionAddApproverPermissionAttestationType):
        fields (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseWrapperAddApproverPermission
    """

    return (
        await asyncio_detailed(
            client=client,
            attestation_object_id=attestation_object_id,
            attestation_type=attestation_type,
            fields=fields,
        )
    ).parsed
