"""`POST /timesheet/companyHoliday` (TimesheetCompanyHoliday_post): `tx.timesheet_company_holiday.post(...)`."""

from typing import Any

import httpx

from ...models.company_holidays import CompanyHolidays
from ...models.response_wrapper_company_holidays import ResponseWrapperCompanyHolidays
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: CompanyHolidays,
) -> RequestArgs:
    """The request of `POST /timesheet/companyHoliday`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/companyHoliday",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyHolidays | None:
    """The answer as `ResponseWrapperCompanyHolidays`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperCompanyHolidays.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetCompanyHoliday_post",
    group="timesheet_company_holiday",
    name="post",
    method="POST",
    path="/timesheet/companyHoliday",
    summary="[BETA] Create a company holiday",
    parameters=(),
    paginated=False,
    body_type="CompanyHolidays",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperCompanyHolidays"),),
    deprecated=False,
    build=build,
    parse=parse,
)
