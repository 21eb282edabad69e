"""`DELETE /yearEnd/penneo/recipients/{id}` (YearEndPenneoRecipients_deleteRecipients): `tx.penneo.delete_recipients(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    id: int,
    *,
    case_file_id: int,
) -> RequestArgs:
    """The request of `DELETE /yearEnd/penneo/recipients/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["caseFileId"] = case_file_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/yearEnd/penneo/recipients/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="YearEndPenneoRecipients_deleteRecipients",
    group="penneo",
    name="delete_recipients",
    method="DELETE",
    path="/yearEnd/penneo/recipients/{id}",
    summary="Delete a recipient from a case file",
    parameters=(
        Param("id", "id", "path", True),
        Param("caseFileId", "case_file_id", "query", True),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
