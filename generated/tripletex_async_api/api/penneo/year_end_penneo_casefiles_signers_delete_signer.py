"""`DELETE /yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}` (YearEndPenneoCasefilesSigners_deleteSigner): `tx.penneo.delete_signer(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    case_file_id: int,
    signer_id: int,
) -> RequestArgs:
    """The request of `DELETE /yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/yearEnd/penneo/casefiles/{case_file_id}/signers/{signer_id}".format(
            case_file_id=quote(str(case_file_id), safe=""),
            signer_id=quote(str(signer_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="YearEndPenneoCasefilesSigners_deleteSigner",
    group="penneo",
    name="delete_signer",
    method="DELETE",
    path="/yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}",
    summary="Delete a signer from a case file",
    parameters=(
        Param("caseFileId", "case_file_id", "path", True),
        Param("signerId", "signer_id", "path", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
