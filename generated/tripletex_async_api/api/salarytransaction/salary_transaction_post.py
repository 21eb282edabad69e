"""`POST /salary/transaction` (SalaryTransaction_post): `tx.salary_transaction.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_salary_transaction import ResponseWrapperSalaryTransaction
from ...models.salary_transaction import SalaryTransaction
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: SalaryTransaction,
    generate_tax_deduction: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /salary/transaction`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["generateTaxDeduction"] = generate_tax_deduction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/transaction",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSalaryTransaction | None:
    """The answer as `ResponseWrapperSalaryTransaction`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSalaryTransaction.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalaryTransaction_post",
    group="salary_transaction",
    name="post",
    method="POST",
    path="/salary/transaction",
    summary="Create a new salary transaction.",
    parameters=(Param("generateTaxDeduction", "generate_tax_deduction", "query", False, False),),
    paginated=False,
    body_type="SalaryTransaction",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperSalaryTransaction"),),
    deprecated=False,
    build=build,
    parse=parse,
)
