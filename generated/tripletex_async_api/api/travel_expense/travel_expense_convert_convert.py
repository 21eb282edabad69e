"""`PUT /travelExpense/{id}/convert` (TravelExpenseConvert_convert): `tx.travel_expense.convert(...)`."""

from urllib.parse import quote

import httpx

from ...models.response_wrapper_travel_expense import ResponseWrapperTravelExpense
from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /travelExpense/{id}/convert`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/travelExpense/{id}/convert".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTravelExpense | None:
    """The answer as `ResponseWrapperTravelExpense`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTravelExpense.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TravelExpenseConvert_convert",
    group="travel_expense",
    name="convert",
    method="PUT",
    path="/travelExpense/{id}/convert",
    summary="Convert travel to/from employee expense.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTravelExpense"),),
    deprecated=False,
    build=build,
    parse=parse,
)
