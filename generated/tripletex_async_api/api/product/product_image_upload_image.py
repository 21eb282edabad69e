"""`POST /product/{id}/image` (ProductImage_uploadImage): `tx.product.upload_image(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.product_image_upload_image_body import ProductImageUploadImageBody
from ...models.response_wrapper_product import ResponseWrapperProduct
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: ProductImageUploadImageBody | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /product/{id}/image`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/product/{id}/image".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProduct | None:
    """The answer as `ResponseWrapperProduct`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProduct.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProductImage_uploadImage",
    group="product",
    name="upload_image",
    method="POST",
    path="/product/{id}/image",
    summary="Upload image to product. Existing image on product will be replaced if exists",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ResponseWrapperProduct"),),
    deprecated=False,
    build=build,
    parse=parse,
)
