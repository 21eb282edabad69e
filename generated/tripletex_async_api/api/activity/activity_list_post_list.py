"""`POST /activity/list` (ActivityList_postList): `tx.activity.post_list(...)`."""

from typing import Any

import httpx

from ...models.activity import Activity
from ...models.list_response_activity import ListResponseActivity
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Activity],
) -> RequestArgs:
    """The request of `POST /activity/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/activity/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseActivity | None:
    """The answer as `ListResponseActivity`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseActivity.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ActivityList_postList",
    group="activity",
    name="post_list",
    method="POST",
    path="/activity/list",
    summary="Add multiple activities.",
    parameters=(),
    paginated=False,
    body_type="list[Activity]",
    body_content_type="application/json",
    responses=((201, "ListResponseActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
