"""`POST /yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}/resend` (YearEndPenneoCasefilesSignersResend_resendSignLink): `tx.penneo.resend_sign_link(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import Operation, Param, RequestArgs


def build(
    case_file_id: int,
    signer_id: int,
) -> RequestArgs:
    """The request of `POST /yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}/resend`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/casefiles/{case_file_id}/signers/{signer_id}/resend".format(
            case_file_id=quote(str(case_file_id), safe=""),
            signer_id=quote(str(signer_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoCasefilesSignersResend_resendSignLink",
    group="penneo",
    name="resend_sign_link",
    method="POST",
    path="/yearEnd/penneo/casefiles/{caseFileId}/signers/{signerId}/resend",
    summary="Resend a sign link to a specific signer",
    parameters=(
        Param("caseFileId", "case_file_id", "path", True),
        Param("signerId", "signer_id", "path", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
