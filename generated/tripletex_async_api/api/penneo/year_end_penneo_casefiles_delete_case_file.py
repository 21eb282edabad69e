"""`DELETE /yearEnd/penneo/casefiles/{caseFileId}` (YearEndPenneoCasefiles_deleteCaseFile): `tx.penneo.delete_case_file(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    case_file_id: int,
) -> RequestArgs:
    """The request of `DELETE /yearEnd/penneo/casefiles/{caseFileId}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/yearEnd/penneo/casefiles/{case_file_id}".format(
            case_file_id=quote(str(case_file_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="YearEndPenneoCasefiles_deleteCaseFile",
    group="penneo",
    name="delete_case_file",
    method="DELETE",
    path="/yearEnd/penneo/casefiles/{caseFileId}",
    summary="Delete a case file from Penneo",
    parameters=(Param("caseFileId", "case_file_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
