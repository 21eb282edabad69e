"""`GET /project/category` (ProjectCategory_search): `tx.project_category.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_category import ListResponseProjectCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/category`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["description"] = description

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/category",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectCategory | None:
    """The answer as `ListResponseProjectCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectCategory_search",
    group="project_category",
    name="search",
    method="GET",
    path="/project/category",
    summary="Find project categories corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("number", "number", "query", False),
        Param("description", "description", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
