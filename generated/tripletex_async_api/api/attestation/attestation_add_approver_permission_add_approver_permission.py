"""`GET /attestation/addApproverPermission` (AttestationAddApproverPermission_addApproverPermission): `tx.attestation.add_approver_permission(...)`."""

from typing import Any

import httpx

from ...models.attestation_add_approver_permission_add_approver_permission_attestation_type import (
    AttestationAddApproverPermissionAddApproverPermissionAttestationType,
)
from ...models.response_wrapper_add_approver_permission import ResponseWrapperAddApproverPermission
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    attestation_object_id: int,
    attestation_type: AttestationAddApproverPermissionAddApproverPermissionAttestationType,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /attestation/addApproverPermission`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["attestationObjectId"] = attestation_object_id

    json_attestation_type = attestation_type.value
    params["attestationType"] = json_attestation_type

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/attestation/addApproverPermission",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAddApproverPermission | None:
    """The answer as `ResponseWrapperAddApproverPermission`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAddApproverPermission.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AttestationAddApproverPermission_addApproverPermission",
    group="attestation",
    name="add_approver_permission",
    method="GET",
    path="/attestation/addApproverPermission",
    summary="",
    parameters=(
        Param("attestationObjectId", "attestation_object_id", "query", True),
        Param("attestationType", "attestation_type", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAddApproverPermission"),),
    deprecated=False,
    build=build,
    parse=parse,
)
