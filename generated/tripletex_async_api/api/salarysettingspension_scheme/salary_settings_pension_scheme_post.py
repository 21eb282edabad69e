"""`POST /salary/settings/pensionScheme` (SalarySettingsPensionScheme_post): `tx.salary_settings_pension_scheme.post(...)`."""

from typing import Any

import httpx

from ...models.pension_scheme import PensionScheme
from ...models.response_wrapper_pension_scheme import ResponseWrapperPensionScheme
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: PensionScheme,
) -> RequestArgs:
    """The request of `POST /salary/settings/pensionScheme`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/settings/pensionScheme",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPensionScheme | None:
    """The answer as `ResponseWrapperPensionScheme`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperPensionScheme.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalarySettingsPensionScheme_post",
    group="salary_settings_pension_scheme",
    name="post",
    method="POST",
    path="/salary/settings/pensionScheme",
    summary="Create a Pension Scheme.",
    parameters=(),
    paginated=False,
    body_type="PensionScheme",
    body_content_type="application/json",
    responses=((201, "ResponseWrapperPensionScheme"),),
    deprecated=False,
    build=build,
    parse=parse,
)
