from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_context_vat_report_type import VatContextVatReportType
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
    serializing_request_body,
)

T = TypeVar("T", bound="VatContext")


@_attrs_define
class VatContext(Model):
    """
    Attributes:
        year (int | Unset): The year for the reconciliation context
        reconciliation_id (int | Unset): The ID of the reconciliation context
        term (int | Unset): The term for the reconciliation context
        vat_report_type (VatContextVatReportType | Unset): The type of VAT report for the VAT reconciliation context
    """

    year: int | Unset = UNSET
    reconciliation_id: int | Unset = UNSET
    term: int | Unset = UNSET
    vat_report_type: VatContextVatReportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.reconciliation_id
        if _v is not UNSET and not _in_request:
            field_dict["reconciliationId"] = _v
        _v = self.term
        if _v is not UNSET and not _in_request:
            field_dict["term"] = _v
        _v = self.vat_report_type
        if _v is not UNSET and not _in_request:
            field_dict["vatReportType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_vat_report_type: dict[Any, Any] = enum_members(VatContextVatReportType)
        _known: frozenset[str] = frozenset(
            (
                "year",
                "reconciliationId",
                "term",
                "vatReportType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("reconciliationId")
                if v is None:
                    o.reconciliation_id = u
                    if "reconciliationId" not in d:
                        m += 1
                else:
                    o.reconciliation_id = v
                v = g("term")
                if v is None:
                    o.term = u
                    if "term" not in d:
                        m += 1
                else:
                    o.term = v
                k = "vatReportType"
                v = g("vatReportType")
                if v is None:
                    o.vat_report_type = u
                    if "vatReportType" not in d:
                        m += 1
                else:
                    o.vat_report_type = (
                        e_ if (e_ := _e_vat_report_type.get(v)) is not None else enum_value(VatContextVatReportType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year", "year"),
            ("reconciliation_id", "reconciliationId"),
            ("term", "term"),
            ("vat_report_type", "vatReportType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.reconciliation_id
            o.reconciliation_id = u if v is None else v
            v = s.term
            o.term = u if v is None else v
            v = s.vat_report_type
            o.vat_report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_report_type.get(v)) is not None
                else enum_value(VatContextVatReportType, v)
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
