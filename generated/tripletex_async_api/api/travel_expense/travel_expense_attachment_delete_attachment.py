"""`DELETE /travelExpense/{travelExpenseId}/attachment` (TravelExpenseAttachment_deleteAttachment): `tx.travel_expense.delete_attachment(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    travel_expense_id: int,
    *,
    version: int | Unset = UNSET,
    send_to_inbox: bool | Unset = UNSET,
    split: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `DELETE /travelExpense/{travelExpenseId}/attachment`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["version"] = version

    params["sendToInbox"] = send_to_inbox

    params["split"] = split

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/travelExpense/{travel_expense_id}/attachment".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
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
    id="TravelExpenseAttachment_deleteAttachment",
    group="travel_expense",
    name="delete_attachment",
    method="DELETE",
    path="/travelExpense/{travelExpenseId}/attachment",
    summary="Delete attachment.",
    parameters=(
        Param("travelExpenseId", "travel_expense_id", "path", True),
        Param("version", "version", "query", False),
        Param("sendToInbox", "send_to_inbox", "query", False, False),
        Param("split", "split", "query", False, False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
