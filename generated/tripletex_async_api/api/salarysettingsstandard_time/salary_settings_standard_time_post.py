"""`POST /salary/settings/standardTime` (SalarySettingsStandardTime_post): `tx.salary_settings_standard_time.post(...)`."""

from typing import Any

import httpx

from ...models.company_standard_time import CompanyStandardTime
from ...models.response_wrapper_company_standard_time import ResponseWrapperCompanyStandardTime
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: CompanyStandardTime,
) -> RequestArgs:
    """The request of `POST /salary/settings/standardTime`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/settings/standardTime",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyStandardTime | None:
    """The answer as `ResponseWrapperCompanyStandardTime`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCompanyStandardTime.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalarySettingsStandardTime_post",
    group="salary_settings_standard_time",
    name="post",
    method="POST",
    path="/salary/settings/standardTime",
    summary="Create standard time.",
    parameters=(),
    paginated=False,
    body_type="CompanyStandardTime",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCompanyStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
