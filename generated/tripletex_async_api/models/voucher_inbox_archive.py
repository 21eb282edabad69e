from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_archive_add_to_invoice import VoucherInboxArchiveAddToInvoice
from ..models.voucher_inbox_archive_model_type import VoucherInboxArchiveModelType
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

T = TypeVar("T", bound="VoucherInboxArchive")


@_attrs_define
class VoucherInboxArchive(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.ids
        if _v is not UNSET:
            field_dict["ids"] = _v
        _v = self.path_id
        if _v is not UNSET:
            field_dict["pathId"] = _v
        _v = self.archive_date
        if _v is not UNSET:
            field_dict["archiveDate"] = _v
        _v = self.filename
        if _v is not UNSET:
            field_dict["filename"] = _v
        _v = self.model_type
        if _v is not UNSET:
            field_dict["modelType"] = _v._value_
        _v = self.model_id
        if _v is not UNSET:
            field_dict["modelId"] = _v
        _v = self.add_to_invoice
        if _v is not UNSET:
            field_dict["addToInvoice"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInboxArchive from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherInboxArchive.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_model_type: dict[Any, Any] = enum_members(VoucherInboxArchiveModelType)
        _e_add_to_invoice: dict[Any, Any] = enum_members(VoucherInboxArchiveAddToInvoice)
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("ids")
                if v is None:
                    o.ids = u
                    if "ids" not in d:
                        m += 1
                else:
                    o.ids = v
                v = g("pathId")
                if v is None:
                    o.path_id = u
                    if "pathId" not in d:
                        m += 1
                else:
                    o.path_id = v
                v = g("archiveDate")
                if v is None:
                    o.archive_date = u
                    if "archiveDate" not in d:
                        m += 1
                else:
                    o.archive_date = v
                v = g("filename")
                if v is None:
                    o.filename = u
                    if "filename" not in d:
                        m += 1
                else:
                    o.filename = v
                k = "modelType"
                v = g("modelType")
                if v is None:
                    o.model_type = u
                    if "modelType" not in d:
                        m += 1
                else:
                    o.model_type = (
                        e_ if (e_ := _e_model_type.get(v)) is not None else enum_value(VoucherInboxArchiveModelType, v)
                    )
                v = g("modelId")
                if v is None:
                    o.model_id = u
                    if "modelId" not in d:
                        m += 1
                else:
                    o.model_id = v
                k = "addToInvoice"
                v = g("addToInvoice")
                if v is None:
                    o.add_to_invoice = u
                    if "addToInvoice" not in d:
                        m += 1
                else:
                    o.add_to_invoice = (
                        e_
                        if (e_ := _e_add_to_invoice.get(v)) is not None
                        else enum_value(VoucherInboxArchiveAddToInvoice, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("ids", "ids"),
            ("path_id", "pathId"),
            ("archive_date", "archiveDate"),
            ("filename", "filename"),
            ("model_type", "modelType"),
            ("model_id", "modelId"),
            ("add_to_invoice", "addToInvoice"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.ids
            o.ids = u if v is None else v
            v = s.path_id
            o.path_id = u if v is None else v
            v = s.archive_date
            o.archive_date = u if v is None else v
            v = s.filename
            o.filename = u if v is None else v
            v = s.model_type
            o.model_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_model_type.get(v)) is not None
                else enum_value(VoucherInboxArchiveModelType, v)
            )
            v = s.model_id
            o.model_id = u if v is None else v
            v = s.add_to_invoice
            o.add_to_invoice = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_add_to_invoice.get(v)) is not None
                else enum_value(VoucherInboxArchiveAddToInvoice, v)
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
