"""`DELETE /project/hourlyRates/deleteByProjectIds` (ProjectHourlyRatesDeleteByProjectIds_deleteByProjectIds): `tx.project_hourly_rates.delete_by_project_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
    date: str,
) -> RequestArgs:
    """The request of `DELETE /project/hourlyRates/deleteByProjectIds`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/project/hourlyRates/deleteByProjectIds",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesDeleteByProjectIds_deleteByProjectIds",
    group="project_hourly_rates",
    name="delete_by_project_ids",
    method="DELETE",
    path="/project/hourlyRates/deleteByProjectIds",
    summary="Delete project hourly rates by project id.",
    parameters=(
        Param("ids", "ids", "query", True),
        Param("date", "date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
