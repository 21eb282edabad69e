"""`GET /project/{id}/period/invoiced` (ProjectPeriodInvoiced_invoiced): `tx.project_period.invoiced(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_period_invoiced import ResponseWrapperProjectPeriodInvoiced
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str,
    date_to: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/invoiced`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/invoiced".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectPeriodInvoiced | None:
    """The answer as `ResponseWrapperProjectPeriodInvoiced`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectPeriodInvoiced.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodInvoiced_invoiced",
    group="project_period",
    name="invoiced",
    method="GET",
    path="/project/{id}/period/invoiced",
    summary="Find invoiced info by project period.",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectPeriodInvoiced"),),
    deprecated=False,
    build=build,
    parse=parse,
)
