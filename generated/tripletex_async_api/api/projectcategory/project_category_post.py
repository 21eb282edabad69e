"""`POST /project/category` (ProjectCategory_post): `tx.project_category.post(...)`."""

from typing import Any

import httpx

from ...models.project_category import ProjectCategory
from ...models.response_wrapper_project_category import ResponseWrapperProjectCategory
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectCategory,
) -> RequestArgs:
    """The request of `POST /project/category`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/category",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectCategory | None:
    """The answer as `ResponseWrapperProjectCategory`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectCategory.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectCategory_post",
    group="project_category",
    name="post",
    method="POST",
    path="/project/category",
    summary="Add new project category.",
    parameters=(),
    paginated=False,
    body_type="ProjectCategory",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectCategory"),),
    deprecated=False,
    build=build,
    parse=parse,
)
