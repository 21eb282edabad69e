"""`POST /ledger/voucher/importGbat10` (LedgerVoucherImportGbat10_importGbat10): `tx.ledger_voucher.import_gbat_10(...)`."""

from typing import Any

import httpx

from ...models.id_only_dto import IdOnlyDTO
from ...models.ledger_voucher_import_gbat_10_import_gbat_10_body import LedgerVoucherImportGbat10ImportGbat10Body
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: LedgerVoucherImportGbat10ImportGbat10Body | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /ledger/voucher/importGbat10`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/ledger/voucher/importGbat10",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> list[IdOnlyDTO] | None:
    """The answer as `list[IdOnlyDTO]`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            if response_200_item_data is None:
                continue
            response_200_item = IdOnlyDTO._tx_parse(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


OPERATION = Operation(
    id="LedgerVoucherImportGbat10_importGbat10",
    group="ledger_voucher",
    name="import_gbat_10",
    method="POST",
    path="/ledger/voucher/importGbat10",
    summary="Import GBAT10. Send as multipart form.",
    parameters=(),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((200, "list[IdOnlyDTO]"),),
    deprecated=False,
    build=build,
    parse=parse,
)
