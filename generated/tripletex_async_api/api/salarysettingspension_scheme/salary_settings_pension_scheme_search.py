"""`GET /salary/settings/pensionScheme` (SalarySettingsPensionScheme_search): `tx.salary_settings_pension_scheme.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_pension_scheme import ListResponsePensionScheme
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    number: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/settings/pensionScheme`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["number"] = number

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/settings/pensionScheme",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePensionScheme | None:
    """The answer as `ListResponsePensionScheme`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePensionScheme.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsPensionScheme_search",
    group="salary_settings_pension_scheme",
    name="search",
    method="GET",
    path="/salary/settings/pensionScheme",
    summary="Find pension schemes.",
    parameters=(
        Param("number", "number", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePensionScheme"),),
    deprecated=False,
    build=build,
    parse=parse,
)
