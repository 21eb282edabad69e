"""`DELETE /internal/debtCollector/deactivate` (InternalDebtCollectorDeactivate_deactivate): `tx.debt_collector_internal.deactivate(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `DELETE /internal/debtCollector/deactivate`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/internal/debtCollector/deactivate",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="InternalDebtCollectorDeactivate_deactivate",
    group="debt_collector_internal",
    name="deactivate",
    method="DELETE",
    path="/internal/debtCollector/deactivate",
    summary="Deactivate debt collector relation",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
