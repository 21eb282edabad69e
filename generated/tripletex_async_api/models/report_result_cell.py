from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.report_result_cell_value import ReportResultCellValue


T = TypeVar("T", bound="ReportResultCell")


@_attrs_define
class ReportResultCell(Model):
    """
    Attributes:
        value (ReportResultCellValue | Unset):
        formatted (str | Unset):
        style (list[str] | Unset):
        link (str | Unset):
    """

    value: ReportResultCellValue | Unset = UNSET
    formatted: str | Unset = UNSET
    style: list[str] | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.value
        if _v is not UNSET:
            field_dict["value"] = _v.to_dict()
        _v = self.formatted
        if _v is not UNSET:
            field_dict["formatted"] = _v
        _v = self.style
        if _v is not UNSET:
            field_dict["style"] = _v
        _v = self.link
        if _v is not UNSET:
            field_dict["link"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResultCell from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportResultCell.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_result_cell_value import ReportResultCellValue  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "value",
                "formatted",
                "style",
                "link",
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
                    o.value = ReportResultCellValue._tx_parse(v)
                v = g("formatted")
                if v is None:
                    o.formatted = u
                    if "formatted" not in d:
                        m += 1
                else:
                    o.formatted = v
                k = "style"
                v = g("style")
                if v is None:
                    o.style = u
                    if "style" not in d:
                        m += 1
                else:
                    o.style = v
                v = g("link")
                if v is None:
                    o.link = u
                    if "link" not in d:
                        m += 1
                else:
                    o.link = v
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
            ("value", "value"),
            ("formatted", "formatted"),
            ("style", "style"),
            ("link", "link"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.value
            o.value = u if v is None or v is u else ReportResultCellValue._tx_parse(v)
            v = s.formatted
            o.formatted = u if v is None else v
            v = s.style
            o.style = u if v is None or v is u else v
            v = s.link
            o.link = u if v is None else v
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
