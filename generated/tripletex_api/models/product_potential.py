from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_potential_row_status import ProductPotentialRowStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.product_import import ProductImport
    from ..models.product_import_row_error_message import ProductImportRowErrorMessage
    from ..models.product_row_json import ProductRowJSON


T = TypeVar("T", bound="ProductPotential")


@_attrs_define
class ProductPotential:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        product_import (ProductImport | Unset):
        row_content (ProductRowJSON | Unset): rowContent
        error_message (list[ProductImportRowErrorMessage] | Unset): errorMessage
        row_status (ProductPotentialRowStatus | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    product_import: ProductImport | Unset = UNSET
    row_content: ProductRowJSON | Unset = UNSET
    error_message: list[ProductImportRowErrorMessage] | Unset = UNSET
    row_status: ProductPotentialRowStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        product_import: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_import, Unset):
            product_import = self.product_import.to_dict()

        row_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_content, Unset):
            row_content = self.row_content.to_dict()

        error_message: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_message, Unset):
            error_message = []
            for error_message_item_data in self.error_message:
                error_message_item = error_message_item_data.to_dict()
                error_message.append(error_message_item)

        row_status: str | Unset = UNSET
        if not isinstance(self.row_status, Unset):
            row_status = self.row_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if product_import is not UNSET:
            field_dict["productImport"] = product_import
        if row_content is not UNSET:
            field_dict["rowContent"] = row_content
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if row_status is not UNSET:
            field_dict["rowStatus"] = row_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.product_import import ProductImport  # noqa: PLC0415
        from ..models.product_import_row_error_message import ProductImportRowErrorMessage  # noqa: PLC0415
        from ..models.product_row_json import ProductRowJSON  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _product_import = d.pop("productImport", UNSET)
        product_import: ProductImport | Unset
        if isinstance(_product_import, Unset):
            product_import = UNSET
        else:
            product_import = ProductImport.from_dict(_product_import)

        _row_content = d.pop("rowContent", UNSET)
        row_content: ProductRowJSON | Unset
        if isinstance(_row_content, Unset):
            row_content = UNSET
        else:
            row_content = ProductRowJSON.from_dict(_row_content)

        _error_message = d.pop("errorMessage", UNSET)
        error_message: list[ProductImportRowErrorMessage] | Unset = UNSET
        if _error_message is not UNSET:
            error_message = []
            for error_message_item_data in _error_message:
                if error_message_item_data is None:
                    continue
                error_message_item = ProductImportRowErrorMessage.from_dict(error_message_item_data)

                error_message.append(error_message_item)

        _row_status = d.pop("rowStatus", UNSET)
        row_status: ProductPotentialRowStatus | Unset
        if isinstance(_row_status, Unset):
            row_status = UNSET
        else:
            row_status = ProductPotentialRowStatus(_row_status)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            product_import=product_import,
            row_content=row_content,
            error_message=error_message,
            row_status=row_status,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
