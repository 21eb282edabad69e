"""`DELETE /supplier/{id}` (Supplier_delete): `tx.supplier.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /supplier/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/supplier/{id}".format(
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
    id="Supplier_delete",
    group="supplier",
    name="delete",
    method="DELETE",
    path="/supplier/{id}",
    summary="Delete supplier by ID",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
