"""`POST /userLicense/export` (UserLicenseExport_export): `tx.user_license.export(...)`."""

from io import BytesIO
from typing import Any

import httpx

from ...models.user_license_export import UserLicenseExport
from ...types import File, Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: UserLicenseExport,
) -> RequestArgs:
    """The request of `POST /userLicense/export`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/userLicense/export",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> File | None:
    """The answer as `File`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = File(payload=BytesIO(response.content))

        return response_201

    return None


OPERATION = Operation(
    id="UserLicenseExport_export",
    group="user_license",
    name="export",
    method="POST",
    path="/userLicense/export",
    summary="Export the user licenses table to a specific format",
    parameters=(),
    paginated=False,
    body_type="UserLicenseExport",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "File"),),
    deprecated=False,
    build=build,
    parse=parse,
)
