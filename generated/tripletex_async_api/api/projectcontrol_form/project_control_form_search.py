"""`GET /project/controlForm` (ProjectControlForm_search): `tx.project_control_form.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_control_form import ListResponseProjectControlForm
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    project_id: int,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/controlForm`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/controlForm",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectControlForm | None:
    """The answer as `ListResponseProjectControlForm`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectControlForm.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectControlForm_search",
    group="project_control_form",
    name="search",
    method="GET",
    path="/project/controlForm",
    summary="[BETA] Get project control forms by project ID.",
    parameters=(
        Param("projectId", "project_id", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectControlForm"),),
    deprecated=False,
    build=build,
    parse=parse,
)
