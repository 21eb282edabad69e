"""`PUT /salary/settings/holiday/list` (SalarySettingsHolidayList_putList): `tx.salary_settings_holiday.put_list(...)`."""

from typing import Any

import httpx

from ...models.company_holiday import CompanyHoliday
from ...models.list_response_company_holiday import ListResponseCompanyHoliday
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[CompanyHoliday],
) -> RequestArgs:
    """The request of `PUT /salary/settings/holiday/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseCompanyHoliday.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsHolidayList_putList",
    group="salary_settings_holiday",
    name="put_list",
    method="PUT",
    path="/salary/settings/holiday/list",
    summary="Update multiple holiday settings of current logged in company.",
    parameters=(),
    paginated=False,
    body_type="list[CompanyHoliday]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseCompanyHoliday"),),
    deprecated=False,
    build=build,
    parse=parse,
)
