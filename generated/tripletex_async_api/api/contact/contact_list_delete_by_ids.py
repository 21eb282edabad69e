"""`DELETE /contact/list` (ContactList_deleteByIds): `tx.contact.delete_by_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
) -> RequestArgs:
    """The request of `DELETE /contact/list`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/contact/list",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="ContactList_deleteByIds",
    group="contact",
    name="delete_by_ids",
    method="DELETE",
    path="/contact/list",
    summary="[BETA] Delete multiple contacts.",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
