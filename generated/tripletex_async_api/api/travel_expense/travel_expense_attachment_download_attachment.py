"""`GET /travelExpense/{travelExpenseId}/attachment` (TravelExpenseAttachment_downloadAttachment): `tx.travel_expense.download_attachment(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    travel_expense_id: int,
) -> RequestArgs:
    """The request of `GET /travelExpense/{travelExpenseId}/attachment`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/travelExpense/{travel_expense_id}/attachment".format(
            travel_expense_id=quote(str(travel_expense_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseAttachment_downloadAttachment",
    group="travel_expense",
    name="download_attachment",
    method="GET",
    path="/travelExpense/{travelExpenseId}/attachment",
    summary="Get attachment by travel expense ID.",
    parameters=(Param("travelExpenseId", "travel_expense_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
