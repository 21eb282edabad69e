"""`GET /timesheet/companyHoliday` (TimesheetCompanyHoliday_search): `tx.timesheet_company_holiday.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_company_holidays import ListResponseCompanyHolidays
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    years: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/companyHoliday`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["years"] = years

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/companyHoliday",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCompanyHolidays | None:
    """The answer as `ListResponseCompanyHolidays`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCompanyHolidays.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetCompanyHoliday_search",
    group="timesheet_company_holiday",
    name="search",
    method="GET",
    path="/timesheet/companyHoliday",
    summary="[BETA] Search for company holidays by id or year.",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("years", "years", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCompanyHolidays"),),
    deprecated=False,
    build=build,
    parse=parse,
)
