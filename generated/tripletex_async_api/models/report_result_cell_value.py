from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_result_cell_value_type import ReportResultCellValueType
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

if TYPE_CHECKING:
    from ..models.report_result_cell_value_value import ReportResultCellValueValue


T = TypeVar("T", bound="ReportResultCellValue")


@_attrs_define
class ReportResultCellValue(Model):
    """
    Attributes:
        value (ReportResultCellValueValue | Unset):
        type_ (ReportResultCellValueType | Unset):
    """

    value: ReportResultCellValueValue | Unset = UNSET
    type_: ReportResultCellValueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.value
        if _v is not UNSET:
            field_dict["value"] = _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResultCellValue from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportResultCellValue.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_result_cell_value_value import ReportResultCellValueValue  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ReportResultCellValueType)
        _known: frozenset[str] = frozenset(
            (
                "value",
                "type",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "value"
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = ReportResultCellValueValue._tx_parse(v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ReportResultCellValueType, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("value", "value"),
            ("type_", "type"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.value
            o.value = u if v is None or v is u else ReportResultCellValueValue._tx_parse(v)
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ReportResultCellValueType, v)
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
