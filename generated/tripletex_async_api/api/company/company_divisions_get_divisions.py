"""`GET /company/divisions` (CompanyDivisions_getDivisions): `tx.company.get_divisions(...)`."""

from typing import Any

import httpx

from ...models.list_response_company import ListResponseCompany
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /company/divisions`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/company/divisions",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCompany | None:
    """The answer as `ListResponseCompany`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCompany.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CompanyDivisions_getDivisions",
    group="company",
    name="get_divisions",
    method="GET",
    path="/company/divisions",
    summary="[DEPRECATED] Find divisions.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCompany"),),
    deprecated=False,
    build=build,
    parse=parse,
)
