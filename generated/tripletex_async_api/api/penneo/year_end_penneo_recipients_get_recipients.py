"""`GET /yearEnd/penneo/recipients` (YearEndPenneoRecipients_getRecipients): `tx.penneo.get_recipients(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    case_file_id: int,
) -> RequestArgs:
    """The request of `GET /yearEnd/penneo/recipients`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["caseFileId"] = case_file_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/yearEnd/penneo/recipients",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperString.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="YearEndPenneoRecipients_getRecipients",
    group="penneo",
    name="get_recipients",
    method="GET",
    path="/yearEnd/penneo/recipients",
    summary="Get all recipients for a case file",
    parameters=(Param("caseFileId", "case_file_id", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
