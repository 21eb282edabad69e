"""`POST /salary/settings/holiday/list` (SalarySettingsHolidayList_postList): `tx.salary_settings_holiday.post_list(...)`."""

from typing import Any

import httpx

from ...models.company_holiday import CompanyHoliday
from ...models.list_response_company_holiday import ListResponseCompanyHoliday
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[CompanyHoliday],
) -> RequestArgs:
    """The request of `POST /salary/settings/holiday/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/settings/holiday/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseCompanyHoliday | None:
    """The answer as `ListResponseCompanyHoliday`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseCompanyHoliday.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalarySettingsHolidayList_postList",
    group="salary_settings_holiday",
    name="post_list",
    method="POST",
    path="/salary/settings/holiday/list",
    summary="Create multiple holiday settings of current logged in company.",
    parameters=(),
    paginated=False,
    body_type="list[CompanyHoliday]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseCompanyHoliday"),),
    deprecated=False,
    build=build,
    parse=parse,
)
