"""`GET /accountingOffice/reconciliations/{reconciliationId}/control` (AccountingOfficeReconciliationsControl_get): `tx.accounting_office_reconciliations_control.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_reconciliation_control import ListResponseReconciliationControl
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    reconciliation_id: int,
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /accountingOffice/reconciliations/{reconciliationId}/control`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/accountingOffice/reconciliations/{reconciliation_id}/control".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseReconciliationControl | None:
    """The answer as `ListResponseReconciliationControl`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationControl.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AccountingOfficeReconciliationsControl_get",
    group="accounting_office_reconciliations_control",
    name="get",
    method="GET",
    path="/accountingOffice/reconciliations/{reconciliationId}/control",
    summary="Returns a list of reconciliation controls with the given reconciliationId",
    parameters=(
        Param("reconciliationId", "reconciliation_id", "path", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseReconciliationControl"),),
    deprecated=False,
    build=build,
    parse=parse,
)
