"""`GET /employee/entitlement/{id}` (EmployeeEntitlement_get): `tx.employee_entitlement.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_entitlement import ResponseWrapperEntitlement
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/entitlement/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/entitlement/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEntitlement | None:
    """The answer as `ResponseWrapperEntitlement`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEntitlement.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEntitlement_get",
    group="employee_entitlement",
    name="get",
    method="GET",
    path="/employee/entitlement/{id}",
    summary="Get entitlement by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEntitlement"),),
    deprecated=False,
    build=build,
    parse=parse,
)
