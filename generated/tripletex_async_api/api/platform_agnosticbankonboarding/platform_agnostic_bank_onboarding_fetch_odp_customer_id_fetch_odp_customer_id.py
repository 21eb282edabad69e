"""`GET /platformAgnostic/bank/onboarding/fetchOdpCustomerId` (PlatformAgnosticBankOnboardingFetchOdpCustomerId_fetchOdpCustomerId): `tx.platform_agnostic_bank_onboarding.fetch_odp_customer_id(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    company_id: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /platformAgnostic/bank/onboarding/fetchOdpCustomerId`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["companyId"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/platformAgnostic/bank/onboarding/fetchOdpCustomerId",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperString.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PlatformAgnosticBankOnboardingFetchOdpCustomerId_fetchOdpCustomerId",
    group="platform_agnostic_bank_onboarding",
    name="fetch_odp_customer_id",
    method="GET",
    path="/platformAgnostic/bank/onboarding/fetchOdpCustomerId",
    summary="",
    parameters=(Param("companyId", "company_id", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
