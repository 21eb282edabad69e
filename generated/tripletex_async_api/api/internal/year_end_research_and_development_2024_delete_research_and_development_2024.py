"""`DELETE /yearEnd/researchAndDevelopment2024` (YearEndResearchAndDevelopment2024_deleteResearchAndDevelopment2024): `tx.internal.delete_research_and_development_2024(...)`."""

from typing import Any

import httpx

from ...models.research_and_development_2024 import ResearchAndDevelopment2024
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: ResearchAndDevelopment2024 | Unset = UNSET,
) -> RequestArgs:
    """The request of `DELETE /yearEnd/researchAndDevelopment2024`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/yearEnd/researchAndDevelopment2024",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="YearEndResearchAndDevelopment2024_deleteResearchAndDevelopment2024",
    group="internal",
    name="delete_research_and_development_2024",
    method="DELETE",
    path="/yearEnd/researchAndDevelopment2024",
    summary="Delete ResearchAndDevelopment 2024",
    parameters=(),
    paginated=False,
    body_type="ResearchAndDevelopment2024",
    body_content_type="application/json; charset=utf-8",
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
