"""`GET /ledger/vatType` (LedgerVatType_search): `tx.ledger_vat_type.search(...)`."""

from typing import Any

import httpx

from ...models.ledger_vat_type_search_type_of_vat import LedgerVatTypeSearchTypeOfVat
from ...models.list_response_vat_type import ListResponseVatType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    type_of_vat: LedgerVatTypeSearchTypeOfVat | Unset = UNSET,
    vat_date: str | Unset = UNSET,
    should_include_specification_types: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /ledger/vatType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    json_type_of_vat: str | Unset = UNSET
    if not isinstance(type_of_vat, Unset):
        json_type_of_vat = type_of_vat.value

    params["typeOfVat"] = json_type_of_vat

    params["vatDate"] = vat_date

    params["shouldIncludeSpecificationTypes"] = should_include_specification_types

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/ledger/vatType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVatType | None:
    """The answer as `ListResponseVatType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVatType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVatType_search",
    group="ledger_vat_type",
    name="search",
    method="GET",
    path="/ledger/vatType",
    summary="Find vat types corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("number", "number", "query", False),
        Param("typeOfVat", "type_of_vat", "query", False),
        Param("vatDate", "vat_date", "query", False),
        Param("shouldIncludeSpecificationTypes", "should_include_specification_types", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVatType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
