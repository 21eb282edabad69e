"""`DELETE /asset/deleteImport` (AssetDeleteImport_deleteImport): `tx.asset.delete_import(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `DELETE /asset/deleteImport`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/asset/deleteImport",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="AssetDeleteImport_deleteImport",
    group="asset",
    name="delete_import",
    method="DELETE",
    path="/asset/deleteImport",
    summary="[BETA] Delete most recent assets import.",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
