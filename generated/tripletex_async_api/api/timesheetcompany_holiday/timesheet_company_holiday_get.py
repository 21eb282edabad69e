"""`GET /timesheet/companyHoliday/{id}` (TimesheetCompanyHoliday_get): `tx.timesheet_company_holiday.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_company_holidays import ResponseWrapperCompanyHolidays
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/companyHoliday/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/companyHoliday/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyHolidays | None:
    """The answer as `ResponseWrapperCompanyHolidays`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyHolidays.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetCompanyHoliday_get",
    group="timesheet_company_holiday",
    name="get",
    method="GET",
    path="/timesheet/companyHoliday/{id}",
    summary="[BETA] Get company holiday by its ID",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCompanyHolidays"),),
    deprecated=False,
    build=build,
    parse=parse,
)
