"""`PUT /project/subcontract/{id}` (ProjectSubcontract_put): `tx.project_subcontract.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_sub_contract import ProjectSubContract
from ...models.response_wrapper_project_sub_contract import ResponseWrapperProjectSubContract
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectSubContract,
) -> RequestArgs:
    """The request of `PUT /project/subcontract/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/subcontract/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectSubContract | None:
    """The answer as `ResponseWrapperProjectSubContract`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectSubContract.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectSubcontract_put",
    group="project_subcontract",
    name="put",
    method="PUT",
    path="/project/subcontract/{id}",
    summary="Update project sub-contract.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectSubContract",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectSubContract"),),
    deprecated=False,
    build=build,
    parse=parse,
)
