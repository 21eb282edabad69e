"""`GET /yearEnd/penneo/casefiles` (YearEndPenneoCasefiles_getCaseFiles): `tx.penneo.get_case_files(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    year: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /yearEnd/penneo/casefiles`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/yearEnd/penneo/casefiles",
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
    id="YearEndPenneoCasefiles_getCaseFiles",
    group="penneo",
    name="get_case_files",
    method="GET",
    path="/yearEnd/penneo/casefiles",
    summary="Get case files from Penneo for a specific year",
    parameters=(Param("year", "year", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
