"""`GET /country` (Country_search): `tx.country.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_country import ListResponseCountry
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    code: str | Unset = UNSET,
    is_disabled: bool | Unset = UNSET,
    supported_in_ztl: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /country`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["code"] = code

    params["isDisabled"] = is_disabled

    params["supportedInZtl"] = supported_in_ztl

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/country",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseCountry | None:
    """The answer as `ListResponseCountry`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseCountry.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Country_search",
    group="country",
    name="search",
    method="GET",
    path="/country",
    summary="Find countries corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("code", "code", "query", False),
        Param("isDisabled", "is_disabled", "query", False),
        Param("supportedInZtl", "supported_in_ztl", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseCountry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
