"""`PUT /company/settings/altinn` (CompanySettingsAltinn_put): `tx.company_altinn.put(...)`."""

from typing import Any

import httpx

from ...models.altinn_company_module import AltinnCompanyModule
from ...models.response_wrapper_altinn_company_module import ResponseWrapperAltinnCompanyModule
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AltinnCompanyModule,
) -> RequestArgs:
    """The request of `PUT /company/settings/altinn`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/company/settings/altinn",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperAltinnCompanyModule | None:
    """The answer as `ResponseWrapperAltinnCompanyModule`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperAltinnCompanyModule.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CompanySettingsAltinn_put",
    group="company_altinn",
    name="put",
    method="PUT",
    path="/company/settings/altinn",
    summary="Update AltInn id and password.",
    parameters=(),
    paginated=False,
    body_type="AltinnCompanyModule",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperAltinnCompanyModule"),),
    deprecated=False,
    build=build,
    parse=parse,
)
