"""`GET /project/{id}/period/monthlyStatus` (ProjectPeriodMonthlyStatus_monthlyStatus): `tx.project_period.monthly_status(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_project_period_monthly_status import ListResponseProjectPeriodMonthlyStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str,
    date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/monthlyStatus`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/monthlyStatus".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectPeriodMonthlyStatus | None:
    """The answer as `ListResponseProjectPeriodMonthlyStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectPeriodMonthlyStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodMonthlyStatus_monthlyStatus",
    group="project_period",
    name="monthly_status",
    method="GET",
    path="/project/{id}/period/monthlyStatus",
    summary="Find overall status by project period.",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectPeriodMonthlyStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
