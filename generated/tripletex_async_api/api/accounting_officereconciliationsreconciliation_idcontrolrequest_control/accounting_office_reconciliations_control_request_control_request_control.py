"""`PUT /accountingOffice/reconciliations/{reconciliationId}/control/:requestControl` (AccountingOfficeReconciliationsControlRequestControl_requestControl): `tx.accounting_office_reconciliations_control.request_control(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_reconciliation_control import ListResponseReconciliationControl
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    reconciliation_id: int,
    *,
    body: list[int],
) -> RequestArgs:
    """The request of `PUT /accountingOffice/reconciliations/{reconciliationId}/control/:requestControl`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/accountingOffice/reconciliations/{reconciliation_id}/control/:requestControl".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseReconciliationControl | None:
    """The answer as `ListResponseReconciliationControl`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseReconciliationControl.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AccountingOfficeReconciliationsControlRequestControl_requestControl",
    group="accounting_office_reconciliations_control",
    name="request_control",
    method="PUT",
    path="/accountingOffice/reconciliations/{reconciliationId}/control/:requestControl",
    summary="Request control of a reconciliation",
    parameters=(Param("reconciliationId", "reconciliation_id", "path", True),),
    paginated=False,
    body_type="list[array]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseReconciliationControl"),),
    deprecated=False,
    build=build,
    parse=parse,
)
