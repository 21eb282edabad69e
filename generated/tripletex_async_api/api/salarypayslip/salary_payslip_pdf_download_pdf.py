"""`GET /salary/payslip/{id}/pdf` (SalaryPayslipPdf_downloadPdf): `tx.salary_payslip.download_pdf(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `GET /salary/payslip/{id}/pdf`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/payslip/{id}/pdf".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="SalaryPayslipPdf_downloadPdf",
    group="salary_payslip",
    name="download_pdf",
    method="GET",
    path="/salary/payslip/{id}/pdf",
    summary="Find payslip (PDF document) by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
