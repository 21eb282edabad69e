"""`GET /municipality` (Municipality_search): `tx.municipality.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_municipality import ListResponseMunicipality
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    include_payroll_tax_zones: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /municipality`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["includePayrollTaxZones"] = include_payroll_tax_zones

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/municipality",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseMunicipality | None:
    """The answer as `ListResponseMunicipality`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseMunicipality.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Municipality_search",
    group="municipality",
    name="search",
    method="GET",
    path="/municipality",
    summary="Get municipalities.",
    parameters=(
        Param("includePayrollTaxZones", "include_payroll_tax_zones", "query", False, True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseMunicipality"),),
    deprecated=False,
    build=build,
    parse=parse,
)
