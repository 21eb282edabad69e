"""`GET /project/template/{id}` (ProjectTemplate_get): `tx.project_template.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_template import ResponseWrapperProjectTemplate
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/template/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/template/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectTemplate | None:
    """The answer as `ResponseWrapperProjectTemplate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectTemplate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectTemplate_get",
    group="project_template",
    name="get",
    method="GET",
    path="/project/template/{id}",
    summary="Get project template by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, "*"),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectTemplate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
