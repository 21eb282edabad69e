"""`GET /vatReturns/comment` (VatReturnsComment_query): `tx.vat_returns_comment.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_vat_returns_vat_code_comment import ListResponseVatReturnsVatCodeComment
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /vatReturns/comment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/vatReturns/comment",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseVatReturnsVatCodeComment | None:
    """The answer as `ListResponseVatReturnsVatCodeComment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseVatReturnsVatCodeComment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="VatReturnsComment_query",
    group="vat_returns_comment",
    name="query",
    method="GET",
    path="/vatReturns/comment",
    summary="[BETA] - Get all structured comments related to a given vatCode",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseVatReturnsVatCodeComment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
