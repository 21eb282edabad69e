"""`GET /project/{id}/period/invoicingReserve` (ProjectPeriodInvoicingReserve_invoicingReserve): `tx.project_period.invoicing_reserve(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_period_invoicing_reserve import ResponseWrapperProjectPeriodInvoicingReserve
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    date_from: str,
    date_to: str,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/{id}/period/invoicingReserve`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/{id}/period/invoicingReserve".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectPeriodInvoicingReserve | None:
    """The answer as `ResponseWrapperProjectPeriodInvoicingReserve`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectPeriodInvoicingReserve.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectPeriodInvoicingReserve_invoicingReserve",
    group="project_period",
    name="invoicing_reserve",
    method="GET",
    path="/project/{id}/period/invoicingReserve",
    summary="Find invoicing reserve by project period.",
    parameters=(
        Param("id", "id", "path", True),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectPeriodInvoicingReserve"),),
    deprecated=False,
    build=build,
    parse=parse,
)
