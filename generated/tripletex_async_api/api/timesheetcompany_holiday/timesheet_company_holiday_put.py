"""`PUT /timesheet/companyHoliday/{id}` (TimesheetCompanyHoliday_put): `tx.timesheet_company_holiday.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.company_holidays import CompanyHolidays
from ...models.response_wrapper_company_holidays import ResponseWrapperCompanyHolidays
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: CompanyHolidays,
) -> RequestArgs:
    """The request of `PUT /timesheet/companyHoliday/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/companyHoliday/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyHolidays | None:
    """The answer as `ResponseWrapperCompanyHolidays`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyHolidays.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetCompanyHoliday_put",
    group="timesheet_company_holiday",
    name="put",
    method="PUT",
    path="/timesheet/companyHoliday/{id}",
    summary="[BETA] Update a company holiday",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="CompanyHolidays",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCompanyHolidays"),),
    deprecated=False,
    build=build,
    parse=parse,
)
