"""`GET /salary/settings` (SalarySettings_get): `tx.salary_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_salary_settings import ResponseWrapperSalarySettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalarySettings | None:
    """The answer as `ResponseWrapperSalarySettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSalarySettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettings_get",
    group="salary_settings",
    name="get",
    method="GET",
    path="/salary/settings",
    summary="Get salary settings of logged in company.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperSalarySettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
