"""`GET /yearEnd/{yearEndReportId}/researchAndDevelopment2024` (YearEndResearchAndDevelopment2024_get): `tx.internal.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.list_response_research_and_development_2024 import ListResponseResearchAndDevelopment2024
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    year_end_report_id: int,
    *,
    fields: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /yearEnd/{yearEndReportId}/researchAndDevelopment2024`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/yearEnd/{year_end_report_id}/researchAndDevelopment2024".format(
            year_end_report_id=quote(str(year_end_report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseResearchAndDevelopment2024 | None:
    """The answer as `ListResponseResearchAndDevelopment2024`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseResearchAndDevelopment2024.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="YearEndResearchAndDevelopment2024_get",
    group="internal",
    name="get",
    method="GET",
    path="/yearEnd/{yearEndReportId}/researchAndDevelopment2024",
    summary="Get ResearchAndDevelopment by corresponding data 2024",
    parameters=(
        Param("yearEndReportId", "year_end_report_id", "path", True),
        Param(
            "fields",
            "fields",
            "query",
            False,
            "*, collaborativeBusinesses(*), workPackages(*), otherPublicSupportList(*)",
        ),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseResearchAndDevelopment2024"),),
    deprecated=False,
    build=build,
    parse=parse,
)
