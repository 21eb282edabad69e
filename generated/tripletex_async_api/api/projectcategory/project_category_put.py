"""`PUT /project/category/{id}` (ProjectCategory_put): `tx.project_category.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_category import ProjectCategory
from ...models.response_wrapper_project_category import ResponseWrapperProjectCategory
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectCategory,
) -> RequestArgs:
    """The request of `PUT /project/category/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/category/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectCategory | None:
    """The answer as `ResponseWrapperProjectCategory`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectCategory.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectCategory_put",
    group="project_category",
    name="put",
    method="PUT",
    path="/project/category/{id}",
    summary="Update project category.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
