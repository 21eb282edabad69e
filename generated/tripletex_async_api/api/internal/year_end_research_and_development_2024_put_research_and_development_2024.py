"""`PUT /yearEnd/researchAndDevelopment2024` (YearEndResearchAndDevelopment2024_putResearchAndDevelopment2024): `tx.internal.put_research_and_development_2024(...)`."""

from typing import Any

import httpx

from ...models.research_and_development_2024 import ResearchAndDevelopment2024
from ...models.response_wrapper_research_and_development_2024 import ResponseWrapperResearchAndDevelopment2024
from ...types import UNSET, Operation, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: ResearchAndDevelopment2024 | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /yearEnd/researchAndDevelopment2024`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/yearEnd/researchAndDevelopment2024",
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperResearchAndDevelopment2024 | None:
    """The answer as `ResponseWrapperResearchAndDevelopment2024`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperResearchAndDevelopment2024.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="YearEndResearchAndDevelopment2024_putResearchAndDevelopment2024",
    group="internal",
    name="put_research_and_development_2024",
    method="PUT",
    path="/yearEnd/researchAndDevelopment2024",
    summary="Update ResearchAndDevelopment 2024",
    parameters=(),
    paginated=False,
    body_type="ResearchAndDevelopment2024",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperResearchAndDevelopment2024"),),
    deprecated=False,
    build=build,
    parse=parse,
)
