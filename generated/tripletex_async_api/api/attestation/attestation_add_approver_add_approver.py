"""`PUT /attestation/:addApprover` (AttestationAddApprover_addApprover): `tx.attestation.add_approver(...)`."""

from typing import Any

import httpx

from ...models.new_approver_body import NewApproverBody
from ...models.response_wrapper_attestation import ResponseWrapperAttestation
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: NewApproverBody,
) -> RequestArgs:
    """The request of `PUT /attestation/:addApprover`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/attestation/:addApprover",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAttestation | None:
    """The answer as `ResponseWrapperAttestation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAttestation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AttestationAddApprover_addApprover",
    group="attestation",
    name="add_approver",
    method="PUT",
    path="/attestation/:addApprover",
    summary="",
    parameters=(),
    paginated=False,
    body_type="NewApproverBody",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAttestation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
