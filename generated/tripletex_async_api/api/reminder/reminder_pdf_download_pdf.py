"""`GET /reminder/{reminderId}/pdf` (ReminderPdf_downloadPdf): `tx.reminder.download_pdf(...)`."""

from io import BytesIO
from urllib.parse import quote

import httpx

from ...types import File, Operation, Param, RequestArgs


def build(
    reminder_id: int,
) -> RequestArgs:
    """The request of `GET /reminder/{reminderId}/pdf`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/reminder/{reminder_id}/pdf".format(
            reminder_id=quote(str(reminder_id), safe=""),
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
    id="ReminderPdf_downloadPdf",
    group="reminder",
    name="download_pdf",
    method="GET",
    path="/reminder/{reminderId}/pdf",
    summary="Get reminder document by reminder ID.",
    parameters=(Param("reminderId", "reminder_id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
