"""`GET /project/batchPeriod/budgetStatusByProjectIds` (ProjectBatchPeriodBudgetStatusByProjectIds_budgetStatusByProjectIds): `tx.project_batch_period.budget_status_by_project_ids(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_budget_status import ListResponseProjectBudgetStatus
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/batchPeriod/budgetStatusByProjectIds`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/batchPeriod/budgetStatusByProjectIds",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectBudgetStatus | None:
    """The answer as `ListResponseProjectBudgetStatus`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectBudgetStatus.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectBatchPeriodBudgetStatusByProjectIds_budgetStatusByProjectIds",
    group="project_batch_period",
    name="budget_status_by_project_ids",
    method="GET",
    path="/project/batchPeriod/budgetStatusByProjectIds",
    summary="Get the budget status for the projects in the specific period.",
    parameters=(
        Param("ids", "ids", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectBudgetStatus"),),
    deprecated=False,
    build=build,
    parse=parse,
)
