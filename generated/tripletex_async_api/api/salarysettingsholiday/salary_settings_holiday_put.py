"""`PUT /salary/settings/holiday/{id}` (SalarySettingsHoliday_put): `tx.salary_settings_holiday.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.company_holiday import CompanyHoliday
from ...models.response_wrapper_company_holiday import ResponseWrapperCompanyHoliday
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: CompanyHoliday,
) -> RequestArgs:
    """The request of `PUT /salary/settings/holiday/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/salary/settings/holiday/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyHoliday | None:
    """The answer as `ResponseWrapperCompanyHoliday`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyHoliday.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsHoliday_put",
    group="salary_settings_holiday",
    name="put",
    method="PUT",
    path="/salary/settings/holiday/{id}",
    summary="Update a holiday setting of current logged in company.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="CompanyHoliday",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCompanyHoliday"),),
    deprecated=False,
    build=build,
    parse=parse,
)
