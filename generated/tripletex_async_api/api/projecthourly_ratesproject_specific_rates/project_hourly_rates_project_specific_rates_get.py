"""`GET /project/hourlyRates/projectSpecificRates/{id}` (ProjectHourlyRatesProjectSpecificRates_get): `tx.project_hourly_rates_project_specific_rates.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_specific_rate import ResponseWrapperProjectSpecificRate
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/hourlyRates/projectSpecificRates/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/hourlyRates/projectSpecificRates/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSpecificRate | None:
    """The answer as `ResponseWrapperProjectSpecificRate`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSpecificRate.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectHourlyRatesProjectSpecificRates_get",
    group="project_hourly_rates_project_specific_rates",
    name="get",
    method="GET",
    path="/project/hourlyRates/projectSpecificRates/{id}",
    summary="Find project specific rate by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectSpecificRate"),),
    deprecated=False,
    build=build,
    parse=parse,
)
