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
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.data_series_point import DataSeriesPoint


T = TypeVar("T", bound="ChartDatapoint")


@_attrs_define
class ChartDatapoint(Model):
    """Chart data point

    Attributes:
        x_value (str | Unset):
        data_series_points (list[DataSeriesPoint] | Unset):
    """

    x_value: str | Unset = UNSET
    data_series_points: list[DataSeriesPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.x_value
        if _v is not UNSET:
            field_dict["xValue"] = _v
        _v = self.data_series_points
        if _v is not UNSET:
            field_dict["dataSeriesPoints"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChartDatapoint from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChartDatapoint.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.data_series_point import DataSeriesPoint  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "xValue",
                "dataSeriesPoints",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("xValue")
                if v is None:
                    o.x_value = u
                    if "xValue" not in d:
                        m += 1
                else:
                    o.x_value = v
                k = "dataSeriesPoints"
                v = g("dataSeriesPoints")
                if v is None:
                    o.data_series_points = u
                    if "dataSeriesPoints" not in d:
                        m += 1
                else:
                    o.data_series_points = (
                        ([DataSeriesPoint._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("x_value", "xValue"),
            ("data_series_points", "dataSeriesPoints"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.x_value
            o.x_value = u if v is None else v
            v = s.data_series_points
            o.data_series_points = (
                u
                if v is None or v is u
                else ([DataSeriesPoint._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
