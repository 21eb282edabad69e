from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProjectOverallForecast")


@_attrs_define
class ProjectOverallForecast(Model):
    """
    Attributes:
        original_hours (float | Unset):
        original_fee_per_hour (float | Unset):
        original_cost_per_hour (float | Unset):
        hours (float | Unset):
        fee_per_hour (float | Unset):
        cost_per_hour (float | Unset):
    """

    original_hours: float | Unset = UNSET
    original_fee_per_hour: float | Unset = UNSET
    original_cost_per_hour: float | Unset = UNSET
    hours: float | Unset = UNSET
    fee_per_hour: float | Unset = UNSET
    cost_per_hour: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.original_hours
        if _v is not UNSET:
            field_dict["originalHours"] = _v
        _v = self.original_fee_per_hour
        if _v is not UNSET:
            field_dict["originalFeePerHour"] = _v
        _v = self.original_cost_per_hour
        if _v is not UNSET:
            field_dict["originalCostPerHour"] = _v
        _v = self.hours
        if _v is not UNSET:
            field_dict["hours"] = _v
        _v = self.fee_per_hour
        if _v is not UNSET:
            field_dict["feePerHour"] = _v
        _v = self.cost_per_hour
        if _v is not UNSET:
            field_dict["costPerHour"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverallForecast from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectOverallForecast.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "originalHours",
                "originalFeePerHour",
                "originalCostPerHour",
                "hours",
                "feePerHour",
                "costPerHour",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("originalHours")
                if v is None:
                    o.original_hours = u
                    if "originalHours" not in d:
                        m += 1
                else:
                    o.original_hours = v
                v = g("originalFeePerHour")
                if v is None:
                    o.original_fee_per_hour = u
                    if "originalFeePerHour" not in d:
                        m += 1
                else:
                    o.original_fee_per_hour = v
                v = g("originalCostPerHour")
                if v is None:
                    o.original_cost_per_hour = u
                    if "originalCostPerHour" not in d:
                        m += 1
                else:
                    o.original_cost_per_hour = v
                v = g("hours")
                if v is None:
                    o.hours = u
                    if "hours" not in d:
                        m += 1
                else:
                    o.hours = v
                v = g("feePerHour")
                if v is None:
                    o.fee_per_hour = u
                    if "feePerHour" not in d:
                        m += 1
                else:
                    o.fee_per_hour = v
                v = g("costPerHour")
                if v is None:
                    o.cost_per_hour = u
                    if "costPerHour" not in d:
                        m += 1
                else:
                    o.cost_per_hour = v
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
            ("original_hours", "originalHours"),
            ("original_fee_per_hour", "originalFeePerHour"),
            ("original_cost_per_hour", "originalCostPerHour"),
            ("hours", "hours"),
            ("fee_per_hour", "feePerHour"),
            ("cost_per_hour", "costPerHour"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.original_hours
            o.original_hours = u if v is None else v
            v = s.original_fee_per_hour
            o.original_fee_per_hour = u if v is None else v
            v = s.original_cost_per_hour
            o.original_cost_per_hour = u if v is None else v
            v = s.hours
            o.hours = u if v is None else v
            v = s.fee_per_hour
            o.fee_per_hour = u if v is None else v
            v = s.cost_per_hour
            o.cost_per_hour = u if v is None else v
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
