"""`GET /saft/exportSAFT` (SaftExportSAFT_exportSAFT): `tx.saft.export_saft(...)`."""

from io import BytesIO
from typing import Any

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs


def build(
    *,
    year: int,
) -> RequestArgs:
    """The request of `GET /saft/exportSAFT`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/saft/exportSAFT",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="SaftExportSAFT_exportSAFT",
    group="saft",
    name="export_saft",
    method="GET",
    path="/saft/exportSAFT",
    summary="[BETA] Create SAF-T export for the Tripletex account.",
    parameters=(Param("year", "year", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
