"""`GET /project/resourcePlanBudget` (ProjectResourcePlanBudget_get): `tx.project_resourceplan.get(...)`."""

from typing import Any

import httpx

from ...models.project_resource_plan_budget_get_period_type import ProjectResourcePlanBudgetGetPeriodType
from ...models.response_wrapper_resource_plan_budget import ResponseWrapperResourcePlanBudget
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    project_id: int | Unset = UNSET,
    period_start: str,
    period_end: str,
    period_type: ProjectResourcePlanBudgetGetPeriodType,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/resourcePlanBudget`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["periodStart"] = period_start

    params["periodEnd"] = period_end

    json_period_type = period_type.value
    params["periodType"] = json_period_type

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/resourcePlanBudget",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperResourcePlanBudget | None:
    """The answer as `ResponseWrapperResourcePlanBudget`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperResourcePlanBudget.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectResourcePlanBudget_get",
    group="project_resourceplan",
    name="get",
    method="GET",
    path="/project/resourcePlanBudget",
    summary="Get resource plan entries in the specified period.",
    parameters=(
        Param("projectId", "project_id", "query", False),
        Param("periodStart", "period_start", "query", True),
        Param("periodEnd", "period_end", "query", True),
        Param("periodType", "period_type", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperResourcePlanBudget"),),
    deprecated=False,
    build=build,
    parse=parse,
)
