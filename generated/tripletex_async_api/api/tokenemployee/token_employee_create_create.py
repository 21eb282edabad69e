"""`PUT /token/employee/:create` (TokenEmployeeCreate_create): `tx.token_employee.create(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_employee_token import ResponseWrapperEmployeeToken
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    token_name: str,
    consumer_name: str,
    employee_id: int,
    company_owned: bool,
    expiration_date: str,
) -> RequestArgs:
    """The request of `PUT /token/employee/:create`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["tokenName"] = token_name

    params["consumerName"] = consumer_name

    params["employeeId"] = employee_id

    params["companyOwned"] = company_owned

    params["expirationDate"] = expiration_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/token/employee/:create",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeeToken | None:
    """The answer as `ResponseWrapperEmployeeToken`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeeToken.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TokenEmployeeCreate_create",
    group="token_employee",
    name="create",
    method="PUT",
    path="/token/employee/:create",
    summary="Create an employee token. Only selected consumers are allowed",
    parameters=(
        Param("tokenName", "token_name", "query", True),
        Param("consumerName", "consumer_name", "query", True),
        Param("employeeId", "employee_id", "query", True),
        Param("companyOwned", "company_owned", "query", True),
        Param("expirationDate", "expiration_date", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEmployeeToken"),),
    deprecated=False,
    build=build,
    parse=parse,
)
