"""`POST /yearEnd/penneo/sync` (YearEndPenneoSync_sync): `tx.penneo.sync(...)`."""

import httpx

from ...models.response_wrapper_string import ResponseWrapperString
from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `POST /yearEnd/penneo/sync`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/yearEnd/penneo/sync",
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperString | None:
    """The answer as `ResponseWrapperString`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperString.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="YearEndPenneoSync_sync",
    group="penneo",
    name="sync",
    method="POST",
    path="/yearEnd/penneo/sync",
    summary="Synchronize database with current Penneo casefile state",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((201, "ResponseWrapperString"),),
    deprecated=False,
    build=build,
    parse=parse,
)
