"""`PUT /ledger/vatType/createRelativeVatType` (LedgerVatTypeCreateRelativeVatType_createRelativeVatType): `tx.ledger_vat_type.create_relative_vat_type(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_vat_type import ResponseWrapperVatType
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    name: str,
    vat_type_id: int,
    percentage: float,
) -> RequestArgs:
    """The request of `PUT /ledger/vatType/createRelativeVatType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["name"] = name

    params["vatTypeId"] = vat_type_id

    params["percentage"] = percentage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/ledger/vatType/createRelativeVatType",
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
    id="LedgerVatTypeCreateRelativeVatType_createRelativeVatType",
    group="ledger_vat_type",
    name="create_relative_vat_type",
    method="PUT",
    path="/ledger/vatType/createRelativeVatType",
    summary="Create a new relative VAT Type. These are used if the company has 'forholdsmessig fradrag for inngående MVA'.",
    parameters=(
        Param("name", "name", "query", True),
        Param("vatTypeId", "vat_type_id", "query", True),
        Param("percentage", "percentage", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperVatType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
