"""`POST /saft/importSAFT` (SaftImportSAFT_importSAFT): `tx.saft.import_saft(...)`."""

from typing import Any, cast

import httpx

from ...models.saft_import_saft_import_saft_body import SaftImportSaftImportSaftBody
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: SaftImportSaftImportSaftBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /saft/importSAFT`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/saft/importSAFT",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> bool | None:
    """The answer as `bool`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        return response_200

    return None


OPERATION = Operation(
    id="SaftImportSAFT_importSAFT",
    group="saft",
    name="import_saft",
    method="POST",
    path="/saft/importSAFT",
    summary="[BETA] Import SAF-T. Send XML file as multipart form.",
    parameters=(),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((200, "bool"),),
    deprecated=False,
    build=build,
    parse=parse,
)
