"""`DELETE /bank/statement/{id}` (BankStatement_delete): `tx.bank_statement.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /bank/statement/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/bank/statement/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="BankStatement_delete",
    group="bank_statement",
    name="delete",
    method="DELETE",
    path="/bank/statement/{id}",
    summary="Delete bank statement by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
