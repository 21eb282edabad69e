from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_to_document_archive_invoice_archive_relation import SendToDocumentArchiveInvoiceArchiveRelation
from ..models.send_to_document_archive_model_type import SendToDocumentArchiveModelType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="SendToDocumentArchive")


@_attrs_define
class SendToDocumentArchive(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.message_ids
        if _v is not UNSET:
            field_dict["messageIds"] = _v
        _v = self.path_id
        if _v is not UNSET:
            field_dict["pathId"] = _v
        _v = self.file_name
        if _v is not UNSET:
            field_dict["fileName"] = _v
        _v = self.model_type
        if _v is not UNSET:
            field_dict["modelType"] = _v._value_
        _v = self.model_id
        if _v is not UNSET:
            field_dict["modelId"] = _v
        _v = self.invoice_archive_relation
        if _v is not UNSET:
            field_dict["invoiceArchiveRelation"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SendToDocumentArchive from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SendToDocumentArchive.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_model_type: dict[Any, Any] = enum_members(SendToDocumentArchiveModelType)
        _e_invoice_archive_relation: dict[Any, Any] = enum_members(SendToDocumentArchiveInvoiceArchiveRelation)
        _known: frozenset[str] = frozenset(
            (
                "messageIds",
                "pathId",
                "fileName",
                "modelType",
                "modelId",
                "invoiceArchiveRelation",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "messageIds"
                v = g("messageIds")
                if v is None:
                    o.message_ids = u
                    if "messageIds" not in d:
                        m += 1
                else:
                    o.message_ids = v
                v = g("pathId")
                if v is None:
                    o.path_id = u
                    if "pathId" not in d:
                        m += 1
                else:
                    o.path_id = v
                v = g("fileName")
                if v is None:
                    o.file_name = u
                    if "fileName" not in d:
                        m += 1
                else:
                    o.file_name = v
                k = "modelType"
                v = g("modelType")
                if v is None:
                    o.model_type = u
                    if "modelType" not in d:
                        m += 1
                else:
                    o.model_type = (
                        e_
                        if (e_ := _e_model_type.get(v)) is not None
                        else enum_value(SendToDocumentArchiveModelType, v)
                    )
                v = g("modelId")
                if v is None:
                    o.model_id = u
                    if "modelId" not in d:
                        m += 1
                else:
                    o.model_id = v
                k = "invoiceArchiveRelation"
                v = g("invoiceArchiveRelation")
                if v is None:
                    o.invoice_archive_relation = u
                    if "invoiceArchiveRelation" not in d:
                        m += 1
                else:
                    o.invoice_archive_relation = (
                        e_
                        if (e_ := _e_invoice_archive_relation.get(v)) is not None
                        else enum_value(SendToDocumentArchiveInvoiceArchiveRelation, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("message_ids", "messageIds"),
            ("path_id", "pathId"),
            ("file_name", "fileName"),
            ("model_type", "modelType"),
            ("model_id", "modelId"),
            ("invoice_archive_relation", "invoiceArchiveRelation"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.message_ids
            o.message_ids = u if v is None or v is u else v
            v = s.path_id
            o.path_id = u if v is None else v
            v = s.file_name
            o.file_name = u if v is None else v
            v = s.model_type
            o.model_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_model_type.get(v)) is not None
                else enum_value(SendToDocumentArchiveModelType, v)
            )
            v = s.model_id
            o.model_id = u if v is None else v
            v = s.invoice_archive_relation
            o.invoice_archive_relation = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_archive_relation.get(v)) is not None
                else enum_value(SendToDocumentArchiveInvoiceArchiveRelation, v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
