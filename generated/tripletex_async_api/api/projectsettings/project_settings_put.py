"""`PUT /project/settings` (ProjectSettings_put): `tx.project_settings.put(...)`."""

from typing import Any

import httpx

from ...models.project_settings import ProjectSettings
from ...models.response_wrapper_project_settings import ResponseWrapperProjectSettings
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectSettings,
) -> RequestArgs:
    """The request of `PUT /project/settings`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/settings",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSettings | None:
    """The answer as `ResponseWrapperProjectSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectSettings_put",
    group="project_settings",
    name="put",
    method="PUT",
    path="/project/settings",
    summary="Update project settings for company",
    parameters=(),
    paginated=False,
    body_type="ProjectSettings",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
