"""`GET /salary/settings/standardTime` (SalarySettingsStandardTime_search): `tx.salary_settings_standard_time.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_company_standard_time import ListResponseCompanyStandardTime
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings/standardTime`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings/standardTime",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCompanyStandardTime | None:
    """The answer as `ListResponseCompanyStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCompanyStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsStandardTime_search",
    group="salary_settings_standard_time",
    name="search",
    method="GET",
    path="/salary/settings/standardTime",
    summary="Get all standard times.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCompanyStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
