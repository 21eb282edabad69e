from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_to_document_archive_invoice_archive_relation import SendToDocumentArchiveInvoiceArchiveRelation
from ..models.send_to_document_archive_model_type import SendToDocumentArchiveModelType
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

T = TypeVar("T", bound="SendToDocumentArchive")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("messageIds", list, False),
    ("modelType", str, False),
    ("invoiceArchiveRelation", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SendToDocumentArchive(LazyModel):
    """
    Attributes:
        message_ids (list[int] | Unset):
        path_id (int | Unset): Target path in archive
        file_name (str | Unset): Override filename
        model_type (SendToDocumentArchiveModelType | Unset): Add to specific archive
        model_id (int | Unset): Model ID to archive
        invoice_archive_relation (SendToDocumentArchiveInvoiceArchiveRelation | Unset): Add to document to invoice
    """

    message_ids: list[int] | Unset = UNSET
    path_id: int | Unset = UNSET
    file_name: str | Unset = UNSET
    model_type: SendToDocumentArchiveModelType | Unset = UNSET
    model_id: int | Unset = UNSET
    invoice_archive_relation: SendToDocumentArchiveInvoiceArchiveRelation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        message_ids: list[int] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        path_id = self.path_id

        file_name = self.file_name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        model_id = self.model_id

        invoice_archive_relation: str | Unset = UNSET
        if not isinstance(self.invoice_archive_relation, Unset):
            invoice_archive_relation = self.invoice_archive_relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if path_id is not UNSET:
            field_dict["pathId"] = path_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if model_type is not UNSET:
            field_dict["modelType"] = model_type
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if invoice_archive_relation is not UNSET:
            field_dict["invoiceArchiveRelation"] = invoice_archive_relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SendToDocumentArchive from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_message_ids(_tx_v: Any) -> list[int] | Unset:
            message_ids = cast(list[int], _tx_v)

            return message_ids

        def _p_model_type(_tx_v: Any) -> SendToDocumentArchiveModelType | Unset:
            _model_type = _tx_v
            model_type: SendToDocumentArchiveModelType | Unset
            if isinstance(_model_type, Unset):
                model_type = UNSET
            else:
                model_type = SendToDocumentArchiveModelType(_model_type)

            return model_type

        def _p_invoice_archive_relation(_tx_v: Any) -> SendToDocumentArchiveInvoiceArchiveRelation | Unset:
            _invoice_archive_relation = _tx_v
            invoice_archive_relation: SendToDocumentArchiveInvoiceArchiveRelation | Unset
            if isinstance(_invoice_archive_relation, Unset):
                invoice_archive_relation = UNSET
            else:
                invoice_archive_relation = SendToDocumentArchiveInvoiceArchiveRelation(_invoice_archive_relation)

            return invoice_archive_relation

        _tx_known: frozenset[str] = frozenset(
            (
                "messageIds",
                "pathId",
                "fileName",
                "modelType",
                "modelId",
                "invoiceArchiveRelation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "message_ids": ("messageIds", _p_message_ids),
            "path_id": ("pathId", None),
            "file_name": ("fileName", None),
            "model_type": ("modelType", _p_model_type),
            "model_id": ("modelId", None),
            "invoice_archive_relation": ("invoiceArchiveRelation", _p_invoice_archive_relation),
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
