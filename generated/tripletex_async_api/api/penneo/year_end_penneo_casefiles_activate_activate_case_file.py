"""`POST /yearEnd/penneo/casefiles/{caseFileId}/activate` (YearEndPenneoCasefilesActivate_activateCaseFile): `tx.penneo.activate_case_file(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    case_file_id: int,
    *,
    year: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/casefiles/{caseFileId}/activate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/casefiles/{case_file_id}/activate".format(
            case_file_id=quote(str(case_file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoCasefilesActivate_activateCaseFile",
    group="penneo",
    name="activate_case_file",
    method="POST",
    path="/yearEnd/penneo/casefiles/{caseFileId}/activate",
    summary="Fully activate a case file for signing (links signers, configures emails, and activates)",
    parameters=(
        Param("caseFileId", "case_file_id", "path", True),
        Param("year", "year", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
