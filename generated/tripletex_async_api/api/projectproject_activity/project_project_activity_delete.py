"""`DELETE /project/projectActivity/{id}` (ProjectProjectActivity_delete): `tx.project_project_activity.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /project/projectActivity/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/project/projectActivity/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="ProjectProjectActivity_delete",
    group="project_project_activity",
    name="delete",
    method="DELETE",
    path="/project/projectActivity/{id}",
    summary="Delete project activity",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
