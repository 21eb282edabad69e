"""`GET /crm/prospect/{id}` (CrmProspect_get): `tx.crm_prospect.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_object import ResponseWrapperObject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /crm/prospect/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/crm/prospect/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperObject | None:
    """The answer as `ResponseWrapperObject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperObject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CrmProspect_get",
    group="crm_prospect",
    name="get",
    method="GET",
    path="/crm/prospect/{id}",
    summary="Get prospect by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperObject"),),
    deprecated=True,
    build=build,
    parse=parse,
)
