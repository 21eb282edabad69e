from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_creation_report_type import VatReturns2022CreationReportType
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

T = TypeVar("T", bound="VatReturns2022Creation")


@_attrs_define
class VatReturns2022Creation(Model):
    """
    Attributes:
        year (int | Unset): The year of creating the vatReturns
        term (int | Unset): The term of the vatReturns. Must be according to the terms the company have.
        report_type (VatReturns2022CreationReportType | Unset): Vat report type
    """

    year: int | Unset = UNSET
    term: int | Unset = UNSET
    report_type: VatReturns2022CreationReportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.term
        if _v is not UNSET:
            field_dict["term"] = _v
        _v = self.report_type
        if _v is not UNSET:
            field_dict["reportType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022Creation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturns2022Creation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_report_type: dict[Any, Any] = enum_members(VatReturns2022CreationReportType)
        _known: frozenset[str] = frozenset(
            (
                "year",
                "term",
                "reportType",
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
                v = g("term")
                if v is None:
                    o.term = u
                    if "term" not in d:
                        m += 1
                else:
                    o.term = v
                k = "reportType"
                v = g("reportType")
                if v is None:
                    o.report_type = u
                    if "reportType" not in d:
                        m += 1
                else:
                    o.report_type = (
                        e_
                        if (e_ := _e_report_type.get(v)) is not None
                        else enum_value(VatReturns2022CreationReportType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year", "year"),
            ("term", "term"),
            ("report_type", "reportType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.term
            o.term = u if v is None else v
            v = s.report_type
            o.report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_report_type.get(v)) is not None
                else enum_value(VatReturns2022CreationReportType, v)
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
