"""`PUT /employee/entitlement/:grantClientEntitlementsByTemplate` (EmployeeEntitlementGrantClientEntitlementsByTemplate_grantClientEntitlementsByTemplate): `tx.employee_entitlement.grant_client_entitlements_by_template(...)`."""

from typing import Any

import httpx

from ...models.employee_entitlement_grant_client_entitlements_by_template_grant_client_entitlements_by_template_template import (
    EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int,
    customer_id: int,
    template: EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate,
    add_to_existing: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /employee/entitlement/:grantClientEntitlementsByTemplate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["customerId"] = customer_id

    json_template = template.value
    params["template"] = json_template

    params["addToExisting"] = add_to_existing

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/entitlement/:grantClientEntitlementsByTemplate",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="EmployeeEntitlementGrantClientEntitlementsByTemplate_grantClientEntitlementsByTemplate",
    group="employee_entitlement",
    name="grant_client_entitlements_by_template",
    method="PUT",
    path="/employee/entitlement/:grantClientEntitlementsByTemplate",
    summary="[BETA] Update employee entitlements in client account.",
    parameters=(
        Param("employeeId", "employee_id", "query", True),
        Param("customerId", "customer_id", "query", True),
        Param("template", "template", "query", True),
        Param("addToExisting", "add_to_existing", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
