"""`GET /asset/canDelete/{id}` (AssetCanDelete_canDelete): `tx.asset.can_delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_boolean import ResponseWrapperBoolean
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /asset/canDelete/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/asset/canDelete/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBoolean | None:
    """The answer as `ResponseWrapperBoolean`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBoolean.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AssetCanDelete_canDelete",
    group="asset",
    name="can_delete",
    method="GET",
    path="/asset/canDelete/{id}",
    summary="Validate delete asset",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBoolean"),),
    deprecated=False,
    build=build,
    parse=parse,
)
