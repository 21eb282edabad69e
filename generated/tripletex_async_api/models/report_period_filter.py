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
    from ..models.report_filter_period_datum import ReportFilterPeriodDatum


T = TypeVar("T", bound="ReportPeriodFilter")


@_attrs_define
class ReportPeriodFilter(Model):
    """
    Attributes:
        type_ (int | Unset):
        start (str | Unset):
        end (str | Unset):
        duration (ReportFilterPeriodDatum | Unset):
        offset (ReportFilterPeriodDatum | Unset):
        constrain_end_to_interval (bool | Unset):
        version (int | Unset):
    """

    type_: int | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    duration: ReportFilterPeriodDatum | Unset = UNSET
    offset: ReportFilterPeriodDatum | Unset = UNSET
    constrain_end_to_interval: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.start
        if _v is not UNSET:
            field_dict["start"] = _v
        _v = self.end
        if _v is not UNSET:
            field_dict["end"] = _v
        _v = self.duration
        if _v is not UNSET:
            field_dict["duration"] = _v.to_dict()
        _v = self.offset
        if _v is not UNSET:
            field_dict["offset"] = _v.to_dict()
        _v = self.constrain_end_to_interval
        if _v is not UNSET:
            field_dict["constrainEndToInterval"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportPeriodFilter from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportPeriodFilter.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_filter_period_datum import ReportFilterPeriodDatum  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "type",
                "start",
                "end",
                "duration",
                "offset",
                "constrainEndToInterval",
                "version",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("start")
                if v is None:
                    o.start = u
                    if "start" not in d:
                        m += 1
                else:
                    o.start = v
                v = g("end")
                if v is None:
                    o.end = u
                    if "end" not in d:
                        m += 1
                else:
                    o.end = v
                k = "duration"
                v = g("duration")
                if v is None:
                    o.duration = u
                    if "duration" not in d:
                        m += 1
                else:
                    o.duration = ReportFilterPeriodDatum._tx_parse(v)
                k = "offset"
                v = g("offset")
                if v is None:
                    o.offset = u
                    if "offset" not in d:
                        m += 1
                else:
                    o.offset = ReportFilterPeriodDatum._tx_parse(v)
                v = g("constrainEndToInterval")
                if v is None:
                    o.constrain_end_to_interval = u
                    if "constrainEndToInterval" not in d:
                        m += 1
                else:
                    o.constrain_end_to_interval = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
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
            ("type_", "type"),
            ("start", "start"),
            ("end", "end"),
            ("duration", "duration"),
            ("offset", "offset"),
            ("constrain_end_to_interval", "constrainEndToInterval"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = u if v is None else v
            v = s.start
            o.start = u if v is None else v
            v = s.end
            o.end = u if v is None else v
            v = s.duration
            o.duration = u if v is None or v is u else ReportFilterPeriodDatum._tx_parse(v)
            v = s.offset
            o.offset = u if v is None or v is u else ReportFilterPeriodDatum._tx_parse(v)
            v = s.constrain_end_to_interval
            o.constrain_end_to_interval = u if v is None else v
            v = s.version
            o.version = u if v is None else v
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
