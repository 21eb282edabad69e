"""`GET /project/batchPeriod/invoicingReserveByProjectIds` (ProjectBatchPeriodInvoicingReserveByProjectIds_invoicingReserveByProjectIds): `tx.project_batch_period.invoicing_reserve_by_project_ids(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_period_invoicing_reserve import ListResponseProjectPeriodInvoicingReserve
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str,
    date_from: str,
    date_to: str,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/batchPeriod/invoicingReserveByProjectIds`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/batchPeriod/invoicingReserveByProjectIds",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectPeriodInvoicingReserve | None:
    """The answer as `ListResponseProjectPeriodInvoicingReserve`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectPeriodInvoicingReserve.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectBatchPeriodInvoicingReserveByProjectIds_invoicingReserveByProjectIds",
    group="project_batch_period",
    name="invoicing_reserve_by_project_ids",
    method="GET",
    path="/project/batchPeriod/invoicingReserveByProjectIds",
    summary="Get the invoicing reserve for the projects in the specific period.",
    parameters=(
        Param("ids", "ids", "query", True),
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
    responses=((200, "ListResponseProjectPeriodInvoicingReserve"),),
    deprecated=False,
    build=build,
    parse=parse,
)
