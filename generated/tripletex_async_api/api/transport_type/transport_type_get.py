"""`GET /transportType/{id}` (TransportType_get): `tx.transport_type.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_transport_type import ResponseWrapperTransportType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /transportType/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/transportType/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTransportType | None:
    """The answer as `ResponseWrapperTransportType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTransportType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TransportType_get",
    group="transport_type",
    name="get",
    method="GET",
    path="/transportType/{id}",
    summary=" [BETA] Find transport type by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTransportType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
