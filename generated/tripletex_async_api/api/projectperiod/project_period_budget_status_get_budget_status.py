"""`GET /project/{id}/period/budgetStatus` (ProjectPeriodBudgetStatus_getBudgetStatus): `tx.project_period.get_budget_status(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_budget_status import ResponseWrapperProjectBudgetStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/budgetStatus`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/budgetStatus".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectBudgetStatus | None:
    """The answer as `ResponseWrapperProjectBudgetStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectBudgetStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodBudgetStatus_getBudgetStatus",
    group="project_period",
    name="get_budget_status",
    method="GET",
    path="/project/{id}/period/budgetStatus",
    summary="Get the budget status for the project period",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectBudgetStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
