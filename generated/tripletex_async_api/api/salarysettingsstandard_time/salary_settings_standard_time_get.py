"""`GET /salary/settings/standardTime/{id}` (SalarySettingsStandardTime_get): `tx.salary_settings_standard_time.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_company_standard_time import ResponseWrapperCompanyStandardTime
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings/standardTime/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings/standardTime/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id="SalarySettingsStandardTime_get",
    group="salary_settings_standard_time",
    name="get",
    method="GET",
    path="/salary/settings/standardTime/{id}",
    summary="Find standard time by ID.",
    parameters=(
        Param("id", "id", "path", True),
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
