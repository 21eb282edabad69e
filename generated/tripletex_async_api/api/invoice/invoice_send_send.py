"""`PUT /invoice/{id}/:send` (InvoiceSend_send): `tx.invoice.send(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.invoice_send_send_send_type import InvoiceSendSendSendType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    send_type: InvoiceSendSendSendType,
    override_email_address: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /invoice/{id}/:send`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_send_type = send_type.value
    params["sendType"] = json_send_type

    params["overrideEmailAddress"] = override_email_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/invoice/{id}/:send".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="InvoiceSend_send",
    group="invoice",
    name="send",
    method="PUT",
    path="/invoice/{id}/:send",
    summary="Send invoice by ID and sendType. Optionally override email recipient.",
    parameters=(
        Param("id", "id", "path", True),
        Param("sendType", "send_type", "query", True),
        Param("overrideEmailAddress", "override_email_address", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
