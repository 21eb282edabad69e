"""`GET /salary/compilation/pdf` (SalaryCompilationPdf_downloadPdf): `tx.salary_compilation.download_pdf(...)`."""

from io import BytesIO
from typing import Any

import httpx

from ...types import UNSET, File, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int,
    year: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/compilation/pdf`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/compilation/pdf",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="SalaryCompilationPdf_downloadPdf",
    group="salary_compilation",
    name="download_pdf",
    method="GET",
    path="/salary/compilation/pdf",
    summary="Find salary compilation (PDF document) by employee.",
    parameters=(
        Param("employeeId", "employee_id", "query", True),
        Param("year", "year", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
