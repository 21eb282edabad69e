"""`PUT /salary/settings` (SalarySettings_put): `tx.salary_settings.put(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_salary_settings import ResponseWrapperSalarySettings
from ...models.salary_settings import SalarySettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: SalarySettings,
) -> RequestArgs:
    """The request of `PUT /salary/settings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/salary/settings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalarySettings | None:
    """The answer as `ResponseWrapperSalarySettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSalarySettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettings_put",
    group="salary_settings",
    name="put",
    method="PUT",
    path="/salary/settings",
    summary="Update settings of logged in company.",
    parameters=(),
    paginated=False,
    body_type="SalarySettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperSalarySettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
