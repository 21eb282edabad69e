"""`GET /crm/prospect` (CrmProspect_search): `tx.crm_prospect.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_object import ListResponseObject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    created_date_from: str | Unset = UNSET,
    created_date_to: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    sales_employee_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    closed_reason: str | Unset = UNSET,
    closed_date_from: str | Unset = UNSET,
    closed_date_to: str | Unset = UNSET,
    competitor: str | Unset = UNSET,
    prospect_type: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_offer_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /crm/prospect`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["name"] = name

    params["description"] = description

    params["createdDateFrom"] = created_date_from

    params["createdDateTo"] = created_date_to

    params["customerId"] = customer_id

    params["salesEmployeeId"] = sales_employee_id

    params["isClosed"] = is_closed

    params["closedReason"] = closed_reason

    params["closedDateFrom"] = closed_date_from

    params["closedDateTo"] = closed_date_to

    params["competitor"] = competitor

    params["prospectType"] = prospect_type

    params["projectId"] = project_id

    params["projectOfferId"] = project_offer_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/crm/prospect",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseObject | None:
    """The answer as `ListResponseObject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseObject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CrmProspect_search",
    group="crm_prospect",
    name="search",
    method="GET",
    path="/crm/prospect",
    summary="Find prospects corresponding with sent data.",
    parameters=(
        Param("name", "name", "query", False),
        Param("description", "description", "query", False),
        Param("createdDateFrom", "created_date_from", "query", False),
        Param("createdDateTo", "created_date_to", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("salesEmployeeId", "sales_employee_id", "query", False),
        Param("isClosed", "is_closed", "query", False),
        Param("closedReason", "closed_reason", "query", False),
        Param("closedDateFrom", "closed_date_from", "query", False),
        Param("closedDateTo", "closed_date_to", "query", False),
        Param("competitor", "competitor", "query", False),
        Param("prospectType", "prospect_type", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("projectOfferId", "project_offer_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseObject"),),
    deprecated=True,
    build=build,
    parse=parse,
)
