"""`GET /project/number/{number}` (ProjectNumber_getByNumber): `tx.project.get_by_number(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project import ResponseWrapperProject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    number: str,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/number/{number}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/number/{number}".format(
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProject | None:
    """The answer as `ResponseWrapperProject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectNumber_getByNumber",
    group="project",
    name="get_by_number",
    method="GET",
    path="/project/number/{number}",
    summary="Find project by number.",
    parameters=(
        Param("number", "number", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
