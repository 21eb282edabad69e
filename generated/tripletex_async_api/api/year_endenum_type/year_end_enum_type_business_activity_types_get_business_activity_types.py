"""`GET /yearEnd/enumType/businessActivityTypes` (YearEndEnumTypeBusinessActivityTypes_getBusinessActivityTypes): `tx.year_end_enum_type.get_business_activity_types(...)`."""

from typing import Any

import httpx

from ...models.list_response_business_activity_type import ListResponseBusinessActivityType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /yearEnd/enumType/businessActivityTypes`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/yearEnd/enumType/businessActivityTypes",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseBusinessActivityType | None:
    """The answer as `ListResponseBusinessActivityType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseBusinessActivityType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="YearEndEnumTypeBusinessActivityTypes_getBusinessActivityTypes",
    group="year_end_enum_type",
    name="get_business_activity_types",
    method="GET",
    path="/yearEnd/enumType/businessActivityTypes",
    summary="Get business activity types",
    parameters=(
        Param("id", "id", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseBusinessActivityType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
