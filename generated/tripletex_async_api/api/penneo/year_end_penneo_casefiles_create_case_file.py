"""`POST /yearEnd/penneo/casefiles` (YearEndPenneoCasefiles_createCaseFile): `tx.penneo.create_case_file(...)`."""

from typing import Any

import httpx

from ...models.case_file_request import CaseFileRequest
from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: CaseFileRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/casefiles`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/casefiles",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoCasefiles_createCaseFile",
    group="penneo",
    name="create_case_file",
    method="POST",
    path="/yearEnd/penneo/casefiles",
    summary="Create a new case file in Penneo",
    parameters=(),
    paginated=False,
    body_type="CaseFileRequest",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
