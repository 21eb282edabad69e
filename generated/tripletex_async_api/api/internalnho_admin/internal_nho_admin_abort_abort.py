"""`PUT /internal/nhoAdmin/:abort` (InternalNhoAdminAbort_abort): `tx.internal_nho_admin.abort(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `PUT /internal/nhoAdmin/:abort`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/internal/nhoAdmin/:abort",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="InternalNhoAdminAbort_abort",
    group="internal_nho_admin",
    name="abort",
    method="PUT",
    path="/internal/nhoAdmin/:abort",
    summary="Aborts all scheduled NHO membership events",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
