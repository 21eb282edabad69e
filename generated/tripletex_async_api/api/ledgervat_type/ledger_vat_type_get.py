"""`GET /ledger/vatType/{id}` (LedgerVatType_get): `tx.ledger_vat_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_vat_type import ResponseWrapperVatType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/vatType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/vatType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperVatType | None:
    """The answer as `ResponseWrapperVatType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperVatType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVatType_get",
    group="ledger_vat_type",
    name="get",
    method="GET",
    path="/ledger/vatType/{id}",
    summary="Get vat type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVatType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
