"""`GET /attestation/companyModules` (AttestationCompanyModules_get): `tx.attestation_company_modules.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_attestation_company_modules import ResponseWrapperAttestationCompanyModules
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /attestation/companyModules`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/attestation/companyModules",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAttestationCompanyModules | None:
    """The answer as `ResponseWrapperAttestationCompanyModules`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAttestationCompanyModules.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AttestationCompanyModules_get",
    group="attestation_company_modules",
    name="get",
    method="GET",
    path="/attestation/companyModules",
    summary="Get attestation company modules",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAttestationCompanyModules"),),
    deprecated=False,
    build=build,
    parse=parse,
)
