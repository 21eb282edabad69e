"""`GET /vatReturns/comment/>all` (VatReturnsCommentAll_all): `tx.vat_returns_comment.all_(...)`."""

from typing import Any

import httpx

from ...models.list_response_vat_returns_comment import ListResponseVatReturnsComment
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /vatReturns/comment/>all`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/vatReturns/comment/>all",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVatReturnsComment | None:
    """The answer as `ListResponseVatReturnsComment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVatReturnsComment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VatReturnsCommentAll_all",
    group="vat_returns_comment",
    name="all_",
    method="GET",
    path="/vatReturns/comment/>all",
    summary="[BETA] - Get all structured comments available",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVatReturnsComment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
