"""`PUT /accountingOffice/reconciliations/{reconciliationId}/control/:controlReconciliation` (AccountingOfficeReconciliationsControlControlReconciliation_controlReconciliation): `tx.accounting_office_reconciliations_control.control_reconciliation(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_reconciliation_control import ResponseWrapperReconciliationControl
from ...types import Operation, Param, RequestArgs


def build(
    reconciliation_id: int,
) -> RequestArgs:
    """The request of `PUT /accountingOffice/reconciliations/{reconciliationId}/control/:controlReconciliation`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/accountingOffice/reconciliations/{reconciliation_id}/control/:controlReconciliation".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperReconciliationControl | None:
    """The answer as `ResponseWrapperReconciliationControl`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperReconciliationControl.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AccountingOfficeReconciliationsControlControlReconciliation_controlReconciliation",
    group="accounting_office_reconciliations_control",
    name="control_reconciliation",
    method="PUT",
    path="/accountingOffice/reconciliations/{reconciliationId}/control/:controlReconciliation",
    summary="Mark a reconciliation as controlled",
    parameters=(Param("reconciliationId", "reconciliation_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperReconciliationControl"),),
    deprecated=False,
    build=build,
    parse=parse,
)
