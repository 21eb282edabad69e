"""`PUT /project/hourlyRates/updateOrAddHourRates` (ProjectHourlyRatesUpdateOrAddHourRates_updateOrAddHourRates): `tx.project_hourly_rates.update_or_add_hour_rates(...)`."""

from typing import Any

import httpx

from ...models.hourly_rate import HourlyRate
from ...models.list_response_project_hourly_rate import ListResponseProjectHourlyRate
from ...types import UNSET, Operation, Param, RequestArgs, request_body_serialization


def build(
    *,
    body: HourlyRate,
    ids: str,
) -> RequestArgs:
    """The request of `PUT /project/hourlyRates/updateOrAddHourRates`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/hourlyRates/updateOrAddHourRates",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectHourlyRate | None:
    """The answer as `ListResponseProjectHourlyRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectHourlyRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesUpdateOrAddHourRates_updateOrAddHourRates",
    group="project_hourly_rates",
    name="update_or_add_hour_rates",
    method="PUT",
    path="/project/hourlyRates/updateOrAddHourRates",
    summary="Update or add the same project hourly rate from project overview.",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type="HourlyRate",
    body_content_type="application/json",
    responses=((200, "ListResponseProjectHourlyRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
