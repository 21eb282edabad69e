"""`PUT /employee/entitlement/:grantEntitlementsByTemplate` (EmployeeEntitlementGrantEntitlementsByTemplate_grantEntitlementsByTemplate): `tx.employee_entitlement.grant_entitlements_by_template(...)`."""

from typing import Any

import httpx

from ...models.employee_entitlement_grant_entitlements_by_template_grant_entitlements_by_template_template import (
    EmployeeEntitlementGrantEntitlementsByTemplateGrantEntitlementsByTemplateTemplate,
)
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    employee_id: int,
    template: EmployeeEntitlementGrantEntitlementsByTemplateGrantEntitlementsByTemplateTemplate,
) -> RequestArgs:
    """The request of `PUT /employee/entitlement/:grantEntitlementsByTemplate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    json_template = template.value
    params["template"] = json_template

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/entitlement/:grantEntitlementsByTemplate",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="EmployeeEntitlementGrantEntitlementsByTemplate_grantEntitlementsByTemplate",
    group="employee_entitlement",
    name="grant_entitlements_by_template",
    method="PUT",
    path="/employee/entitlement/:grantEntitlementsByTemplate",
    summary="[BETA] Update employee entitlements.",
    parameters=(
        Param("employeeId", "employee_id", "query", True),
        Param("template", "template", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
