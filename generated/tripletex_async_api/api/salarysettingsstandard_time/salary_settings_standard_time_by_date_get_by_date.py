"""`GET /salary/settings/standardTime/byDate` (SalarySettingsStandardTimeByDate_getByDate): `tx.salary_settings_standard_time.get_by_date(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_company_standard_time import ResponseWrapperCompanyStandardTime
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings/standardTime/byDate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings/standardTime/byDate",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyStandardTime | None:
    """The answer as `ResponseWrapperCompanyStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsStandardTimeByDate_getByDate",
    group="salary_settings_standard_time",
    name="get_by_date",
    method="GET",
    path="/salary/settings/standardTime/byDate",
    summary="Find standard time by date",
    parameters=(
        Param("date", "date", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperCompanyStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
