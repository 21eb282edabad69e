"""`GET /project/controlForm/{id}` (ProjectControlForm_get): `tx.project_control_form.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_control_form import ResponseWrapperProjectControlForm
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/controlForm/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/controlForm/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectControlForm | None:
    """The answer as `ResponseWrapperProjectControlForm`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectControlForm.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectControlForm_get",
    group="project_control_form",
    name="get",
    method="GET",
    path="/project/controlForm/{id}",
    summary="[BETA] Get project control form by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectControlForm"),),
    deprecated=False,
    build=build,
    parse=parse,
)
