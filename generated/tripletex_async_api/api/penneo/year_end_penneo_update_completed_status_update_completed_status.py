"""`POST /yearEnd/penneo/updateCompletedStatus` (YearEndPenneoUpdateCompletedStatus_updateCompletedStatus): `tx.penneo.update_completed_status(...)`."""

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `POST /yearEnd/penneo/updateCompletedStatus`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/updateCompletedStatus",
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoUpdateCompletedStatus_updateCompletedStatus",
    group="penneo",
    name="update_completed_status",
    method="POST",
    path="/yearEnd/penneo/updateCompletedStatus",
    summary="Update completed status for current company's casefiles from global API",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
