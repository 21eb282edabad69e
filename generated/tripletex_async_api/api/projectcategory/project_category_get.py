"""`GET /project/category/{id}` (ProjectCategory_get): `tx.project_category.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_category import ResponseWrapperProjectCategory
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/category/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectCategory | None:
    """The answer as `ResponseWrapperProjectCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectCategory_get",
    group="project_category",
    name="get",
    method="GET",
    path="/project/category/{id}",
    summary="Find project category by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
