"""`GET /supportDashboard/bankruptAndExcludedCustomers` (SupportDashboardBankruptAndExcludedCustomers_getBankruptAndExcludedCustomers): `tx.support_dashboard.get_bankrupt_and_excluded_customers(...)`."""

from typing import Any

import httpx

from ...models.list_response_support_dashboard_customer import ListResponseSupportDashboardCustomer
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supportDashboard/bankruptAndExcludedCustomers`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supportDashboard/bankruptAndExcludedCustomers",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupportDashboardCustomer | None:
    """The answer as `ListResponseSupportDashboardCustomer`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupportDashboardCustomer.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupportDashboardBankruptAndExcludedCustomers_getBankruptAndExcludedCustomers",
    group="support_dashboard",
    name="get_bankrupt_and_excluded_customers",
    method="GET",
    path="/supportDashboard/bankruptAndExcludedCustomers",
    summary="Returns the customers for support dashboard.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupportDashboardCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
