"""`DELETE /asset/deleteStartingBalance` (AssetDeleteStartingBalance_deleteStartingBalance): `tx.asset.delete_starting_balance(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `DELETE /asset/deleteStartingBalance`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/asset/deleteStartingBalance",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="AssetDeleteStartingBalance_deleteStartingBalance",
    group="asset",
    name="delete_starting_balance",
    method="DELETE",
    path="/asset/deleteStartingBalance",
    summary="[BETA] Delete the asset starting balance.",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
