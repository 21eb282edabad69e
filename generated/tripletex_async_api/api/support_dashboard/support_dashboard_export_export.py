"""`GET /supportDashboard/export` (SupportDashboardExport_export): `tx.support_dashboard.export(...)`."""

from io import BytesIO
from typing import Any

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs


def build(
    *,
    type_: str,
    filter_: str,
    start_date_range: str,
    end_date_range: str,
) -> RequestArgs:
    """The request of `GET /supportDashboard/export`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["type"] = type_

    params["filter"] = filter_

    params["startDateRange"] = start_date_range

    params["endDateRange"] = end_date_range

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supportDashboard/export",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="SupportDashboardExport_export",
    group="support_dashboard",
    name="export",
    method="GET",
    path="/supportDashboard/export",
    summary="Export the customers table to a specific format",
    parameters=(
        Param("type", "type_", "query", True),
        Param("filter", "filter_", "query", True),
        Param("startDateRange", "start_date_range", "query", True),
        Param("endDateRange", "end_date_range", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
