from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_archive_add_to_invoice import VoucherInboxArchiveAddToInvoice
from ..models.voucher_inbox_archive_model_type import VoucherInboxArchiveModelType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VoucherInboxArchive")


@_attrs_define
class VoucherInboxArchive:
    """
    Attributes:
        ids (str | Unset): List of voucherInboxIds to move to archive
        path_id (int | Unset): Target path in archive
        archive_date (str | Unset):
        filename (str | Unset): Override filename
        model_type (VoucherInboxArchiveModelType | Unset): Add to specific archive
        model_id (int | Unset):
        add_to_invoice (VoucherInboxArchiveAddToInvoice | Unset): Add to document to invoice
    """

    ids: str | Unset = UNSET
    path_id: int | Unset = UNSET
    archive_date: str | Unset = UNSET
    filename: str | Unset = UNSET
    model_type: VoucherInboxArchiveModelType | Unset = UNSET
    model_id: int | Unset = UNSET
    add_to_invoice: VoucherInboxArchiveAddToInvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        ids = self.ids

        path_id = self.path_id

        archive_date = self.archive_date

        filename = self.filename

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        model_id = self.model_id

        add_to_invoice: str | Unset = UNSET
        if not isinstance(self.add_to_invoice, Unset):
            add_to_invoice = self.add_to_invoice.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if path_id is not UNSET:
            field_dict["pathId"] = path_id
        if archive_date is not UNSET:
            field_dict["archiveDate"] = archive_date
        if filename is not UNSET:
            field_dict["filename"] = filename
        if model_type is not UNSET:
            field_dict["modelType"] = model_type
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if add_to_invoice is not UNSET:
            field_dict["addToInvoice"] = add_to_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        ids = d.pop("ids", UNSET)

        path_id = d.pop("pathId", UNSET)

        archive_date = d.pop("archiveDate", UNSET)

        filename = d.pop("filename", UNSET)

        _model_type = d.pop("modelType", UNSET)
        model_type: VoucherInboxArchiveModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = VoucherInboxArchiveModelType(_model_type)

        model_id = d.pop("modelId", UNSET)

        _add_to_invoice = d.pop("addToInvoice", UNSET)
        add_to_invoice: VoucherInboxArchiveAddToInvoice | Unset
        if isinstance(_add_to_invoice, Unset):
            add_to_invoice = UNSET
        else:
            add_to_invoice = VoucherInboxArchiveAddToInvoice(_add_to_invoice)

        _obj = cls(
            ids=ids,
            path_id=path_id,
            archive_date=archive_date,
            filename=filename,
            model_type=model_type,
            model_id=model_id,
            add_to_invoice=add_to_invoice,
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
