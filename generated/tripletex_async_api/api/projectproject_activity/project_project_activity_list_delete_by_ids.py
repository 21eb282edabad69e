"""`DELETE /project/projectActivity/list` (ProjectProjectActivityList_deleteByIds): `tx.project_project_activity.delete_by_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
) -> RequestArgs:
    """The request of `DELETE /project/projectActivity/list`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/project/projectActivity/list",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="ProjectProjectActivityList_deleteByIds",
    group="project_project_activity",
    name="delete_by_ids",
    method="DELETE",
    path="/project/projectActivity/list",
    summary="Delete project activities",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
