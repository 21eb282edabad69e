"""`PUT /salary/settings/standardTime/{id}` (SalarySettingsStandardTime_put): `tx.salary_settings_standard_time.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.company_standard_time import CompanyStandardTime
from ...models.response_wrapper_company_standard_time import ResponseWrapperCompanyStandardTime
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: CompanyStandardTime,
) -> RequestArgs:
    """The request of `PUT /salary/settings/standardTime/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/salary/settings/standardTime/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperCompanyStandardTime | None:
    """The answer as `ResponseWrapperCompanyStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperCompanyStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsStandardTime_put",
    group="salary_settings_standard_time",
    name="put",
    method="PUT",
    path="/salary/settings/standardTime/{id}",
    summary="Update standard time. ",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="CompanyStandardTime",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperCompanyStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
