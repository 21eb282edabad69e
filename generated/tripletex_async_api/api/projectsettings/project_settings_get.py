"""`GET /project/settings` (ProjectSettings_get): `tx.project_settings.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_project_settings import ResponseWrapperProjectSettings
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    use_nkode: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/settings`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["useNkode"] = use_nkode

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/settings",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSettings | None:
    """The answer as `ResponseWrapperProjectSettings`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSettings.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectSettings_get",
    group="project_settings",
    name="get",
    method="GET",
    path="/project/settings",
    summary="Get project settings of logged in company.",
    parameters=(
        Param("useNkode", "use_nkode", "query", False, False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectSettings"),),
    deprecated=False,
    build=build,
    parse=parse,
)
