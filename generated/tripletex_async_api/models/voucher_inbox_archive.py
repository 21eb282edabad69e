from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_archive_add_to_invoice import VoucherInboxArchiveAddToInvoice
from ..models.voucher_inbox_archive_model_type import VoucherInboxArchiveModelType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="VoucherInboxArchive")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("modelType", str, False),
    ("addToInvoice", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherInboxArchive(LazyModel):
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
        self._tx_load()
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
        """A VoucherInboxArchive from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_model_type(_tx_v: Any) -> VoucherInboxArchiveModelType | Unset:
            _model_type = _tx_v
            model_type: VoucherInboxArchiveModelType | Unset
            if isinstance(_model_type, Unset):
                model_type = UNSET
            else:
                model_type = VoucherInboxArchiveModelType(_model_type)

            return model_type

        def _p_add_to_invoice(_tx_v: Any) -> VoucherInboxArchiveAddToInvoice | Unset:
            _add_to_invoice = _tx_v
            add_to_invoice: VoucherInboxArchiveAddToInvoice | Unset
            if isinstance(_add_to_invoice, Unset):
                add_to_invoice = UNSET
            else:
                add_to_invoice = VoucherInboxArchiveAddToInvoice(_add_to_invoice)

            return add_to_invoice

        _tx_known: frozenset[str] = frozenset(
            (
                "ids",
                "pathId",
                "archiveDate",
                "filename",
                "modelType",
                "modelId",
                "addToInvoice",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "ids": ("ids", None),
            "path_id": ("pathId", None),
            "archive_date": ("archiveDate", None),
            "filename": ("filename", None),
            "model_type": ("modelType", _p_model_type),
            "model_id": ("modelId", None),
            "add_to_invoice": ("addToInvoice", _p_add_to_invoice),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
