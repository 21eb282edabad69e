"""`POST /asset/upload` (AssetUpload_upload): `tx.asset.upload(...)`."""

from typing import Any

import httpx

from ...models.asset_upload_upload_body import AssetUploadUploadBody
from ...models.list_response_asset_account_row import ListResponseAssetAccountRow
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: AssetUploadUploadBody | Unset = UNSET,
    is_preview: bool,
    start_date: str,
) -> RequestArgs:
    """The request of `POST /asset/upload`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["isPreview"] = is_preview

    params["startDate"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/asset/upload",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseAssetAccountRow | None:
    """The answer as `ListResponseAssetAccountRow`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseAssetAccountRow.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="AssetUpload_upload",
    group="asset",
    name="upload",
    method="POST",
    path="/asset/upload",
    summary="[BETA] Upload Excel file with Assets in the standard Tripletex defined format.",
    parameters=(
        Param("isPreview", "is_preview", "query", True),
        Param("startDate", "start_date", "query", True),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ListResponseAssetAccountRow"),),
    deprecated=False,
    build=build,
    parse=parse,
)
