"""`GET /project/projectActivity/{id}` (ProjectProjectActivity_get): `tx.project_project_activity.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_activity import ResponseWrapperProjectActivity
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/projectActivity/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/projectActivity/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectActivity | None:
    """The answer as `ResponseWrapperProjectActivity`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectActivity.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectProjectActivity_get",
    group="project_project_activity",
    name="get",
    method="GET",
    path="/project/projectActivity/{id}",
    summary="Find project activity by id",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
