"""`GET /salary/settings/pensionScheme/{id}` (SalarySettingsPensionScheme_get): `tx.salary_settings_pension_scheme.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_pension_scheme import ResponseWrapperPensionScheme
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings/pensionScheme/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings/pensionScheme/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPensionScheme | None:
    """The answer as `ResponseWrapperPensionScheme`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPensionScheme.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsPensionScheme_get",
    group="salary_settings_pension_scheme",
    name="get",
    method="GET",
    path="/salary/settings/pensionScheme/{id}",
    summary="Get Pension Scheme for a specific ID",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperPensionScheme"),),
    deprecated=False,
    build=build,
    parse=parse,
)
