"""`GET /internal/debtCollector` (InternalDebtCollector_get): `tx.debt_collector_internal.get(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_debt_collector import ResponseWrapperDebtCollector
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /internal/debtCollector`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/internal/debtCollector",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDebtCollector | None:
    """The answer as `ResponseWrapperDebtCollector`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDebtCollector.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="InternalDebtCollector_get",
    group="debt_collector_internal",
    name="get",
    method="GET",
    path="/internal/debtCollector",
    summary="Get last select debt collector",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperDebtCollector"),),
    deprecated=False,
    build=build,
    parse=parse,
)
