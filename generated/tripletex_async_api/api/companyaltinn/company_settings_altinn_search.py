"""`GET /company/settings/altinn` (CompanySettingsAltinn_search): `tx.company_altinn.search(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_altinn_company_module import ResponseWrapperAltinnCompanyModule
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /company/settings/altinn`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/company/settings/altinn",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAltinnCompanyModule | None:
    """The answer as `ResponseWrapperAltinnCompanyModule`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAltinnCompanyModule.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CompanySettingsAltinn_search",
    group="company_altinn",
    name="search",
    method="GET",
    path="/company/settings/altinn",
    summary="Find Altinn id for login in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperAltinnCompanyModule"),),
    deprecated=False,
    build=build,
    parse=parse,
)
