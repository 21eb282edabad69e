"""`POST /asset/duplicate/{id}` (AssetDuplicate_postDuplicate): `tx.asset.post_duplicate(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `POST /asset/duplicate/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/asset/duplicate/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 201:
        return None

    return None


OPERATION = Operation(
    id="AssetDuplicate_postDuplicate",
    group="asset",
    name="post_duplicate",
    method="POST",
    path="/asset/duplicate/{id}",
    summary="Create copy of one asset",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
