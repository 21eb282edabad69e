"""`GET /activity` (Activity_search): `tx.activity.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_activity import ListResponseActivity
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number: str | Unset = UNSET,
    description: str | Unset = UNSET,
    is_project_activity: bool | Unset = UNSET,
    is_general: bool | Unset = UNSET,
    is_chargeable: bool | Unset = UNSET,
    is_task: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /activity`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["number"] = number

    params["description"] = description

    params["isProjectActivity"] = is_project_activity

    params["isGeneral"] = is_general

    params["isChargeable"] = is_chargeable

    params["isTask"] = is_task

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseActivity | None:
    """The answer as `ListResponseActivity`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseActivity.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Activity_search",
    group="activity",
    name="search",
    method="GET",
    path="/activity",
    summary="Find activities corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("number", "number", "query", False),
        Param("description", "description", "query", False),
        Param("isProjectActivity", "is_project_activity", "query", False),
        Param("isGeneral", "is_general", "query", False),
        Param("isChargeable", "is_chargeable", "query", False),
        Param("isTask", "is_task", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
