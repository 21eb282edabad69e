"""`GET /project/controlFormType/{id}` (ProjectControlFormType_get): `tx.project_control_form_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_control_form_type import ResponseWrapperProjectControlFormType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/controlFormType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/controlFormType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectControlFormType | None:
    """The answer as `ResponseWrapperProjectControlFormType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectControlFormType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectControlFormType_get",
    group="project_control_form_type",
    name="get",
    method="GET",
    path="/project/controlFormType/{id}",
    summary="[BETA] Get project control form type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectControlFormType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
