"""`POST /salary/settings/holiday` (SalarySettingsHoliday_post): `tx.salary_settings_holiday.post(...)`."""

from typing import Any

import httpx

from ...models.company_holiday import CompanyHoliday
from ...models.response_wrapper_company_holiday import ResponseWrapperCompanyHoliday
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: CompanyHoliday,
) -> RequestArgs:
    """The request of `POST /salary/settings/holiday`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/settings/holiday",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyHoliday | None:
    """The answer as `ResponseWrapperCompanyHoliday`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCompanyHoliday.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalarySettingsHoliday_post",
    group="salary_settings_holiday",
    name="post",
    method="POST",
    path="/salary/settings/holiday",
    summary="Create a holiday setting of current logged in company.",
    parameters=(),
    paginated=False,
    body_type="CompanyHoliday",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCompanyHoliday"),),
    deprecated=False,
    build=build,
    parse=parse,
)
