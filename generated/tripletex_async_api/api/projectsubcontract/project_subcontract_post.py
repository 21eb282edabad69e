"""`POST /project/subcontract` (ProjectSubcontract_post): `tx.project_subcontract.post(...)`."""

from typing import Any

import httpx

from ...models.project_sub_contract import ProjectSubContract
from ...models.response_wrapper_project_sub_contract import ResponseWrapperProjectSubContract
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectSubContract,
) -> RequestArgs:
    """The request of `POST /project/subcontract`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/subcontract",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSubContract | None:
    """The answer as `ResponseWrapperProjectSubContract`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectSubContract.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectSubcontract_post",
    group="project_subcontract",
    name="post",
    method="POST",
    path="/project/subcontract",
    summary="Add new project sub-contract.",
    parameters=(),
    paginated=False,
    body_type="ProjectSubContract",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectSubContract"),),
    deprecated=False,
    build=build,
    parse=parse,
)
