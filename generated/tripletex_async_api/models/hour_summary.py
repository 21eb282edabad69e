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
    serializing_request_body,
)

T = TypeVar("T", bound="HourSummary")


@_attrs_define
class HourSummary(Model):
    """
    Attributes:
        sum_hours (float | Unset):
        hours_with_pay (float | Unset):
        hourly_wage_hours_with_pay (float | Unset):
        standard_time (float | Unset):
        non_chargeable_hours (float | Unset):
        chargeable_hours (float | Unset):
        non_chargeable_hours_with_pay (float | Unset):
        budget_chargeable_hours (float | Unset):
    """

    sum_hours: float | Unset = UNSET
    hours_with_pay: float | Unset = UNSET
    hourly_wage_hours_with_pay: float | Unset = UNSET
    standard_time: float | Unset = UNSET
    non_chargeable_hours: float | Unset = UNSET
    chargeable_hours: float | Unset = UNSET
    non_chargeable_hours_with_pay: float | Unset = UNSET
    budget_chargeable_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumHours"] = _v
        _v = self.hours_with_pay
        if _v is not UNSET and not _in_request:
            field_dict["hoursWithPay"] = _v
        _v = self.hourly_wage_hours_with_pay
        if _v is not UNSET and not _in_request:
            field_dict["hourlyWageHoursWithPay"] = _v
        _v = self.standard_time
        if _v is not UNSET and not _in_request:
            field_dict["standardTime"] = _v
        _v = self.non_chargeable_hours
        if _v is not UNSET and not _in_request:
            field_dict["nonChargeableHours"] = _v
        _v = self.chargeable_hours
        if _v is not UNSET and not _in_request:
            field_dict["chargeableHours"] = _v
        _v = self.non_chargeable_hours_with_pay
        if _v is not UNSET and not _in_request:
            field_dict["nonChargeableHoursWithPay"] = _v
        _v = self.budget_chargeable_hours
        if _v is not UNSET and not _in_request:
            field_dict["budgetChargeableHours"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HourSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HourSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumHours",
                "hoursWithPay",
                "hourlyWageHoursWithPay",
                "standardTime",
                "nonChargeableHours",
                "chargeableHours",
                "nonChargeableHoursWithPay",
                "budgetChargeableHours",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumHours": "sum_hours",
            "hoursWithPay": "hours_with_pay",
            "hourlyWageHoursWithPay": "hourly_wage_hours_with_pay",
            "standardTime": "standard_time",
            "nonChargeableHours": "non_chargeable_hours",
            "chargeableHours": "chargeable_hours",
            "nonChargeableHoursWithPay": "non_chargeable_hours_with_pay",
            "budgetChargeableHours": "budget_chargeable_hours",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.sum_hours = o.hours_with_pay = o.hourly_wage_hours_with_pay = o.standard_time = (
                        o.non_chargeable_hours
                    ) = o.chargeable_hours = o.non_chargeable_hours_with_pay = o.budget_chargeable_hours = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumHours")
                if v is None:
                    o.sum_hours = u
                    if "sumHours" not in d:
                        m += 1
                else:
                    o.sum_hours = v
                v = g("hoursWithPay")
                if v is None:
                    o.hours_with_pay = u
                    if "hoursWithPay" not in d:
                        m += 1
                else:
                    o.hours_with_pay = v
                v = g("hourlyWageHoursWithPay")
                if v is None:
                    o.hourly_wage_hours_with_pay = u
                    if "hourlyWageHoursWithPay" not in d:
                        m += 1
                else:
                    o.hourly_wage_hours_with_pay = v
                v = g("standardTime")
                if v is None:
                    o.standard_time = u
                    if "standardTime" not in d:
                        m += 1
                else:
                    o.standard_time = v
                v = g("nonChargeableHours")
                if v is None:
                    o.non_chargeable_hours = u
                    if "nonChargeableHours" not in d:
                        m += 1
                else:
                    o.non_chargeable_hours = v
                v = g("chargeableHours")
                if v is None:
                    o.chargeable_hours = u
                    if "chargeableHours" not in d:
                        m += 1
                else:
                    o.chargeable_hours = v
                v = g("nonChargeableHoursWithPay")
                if v is None:
                    o.non_chargeable_hours_with_pay = u
                    if "nonChargeableHoursWithPay" not in d:
                        m += 1
                else:
                    o.non_chargeable_hours_with_pay = v
                v = g("budgetChargeableHours")
                if v is None:
                    o.budget_chargeable_hours = u
                    if "budgetChargeableHours" not in d:
                        m += 1
                else:
                    o.budget_chargeable_hours = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sum_hours", "sumHours"),
            ("hours_with_pay", "hoursWithPay"),
            ("hourly_wage_hours_with_pay", "hourlyWageHoursWithPay"),
            ("standard_time", "standardTime"),
            ("non_chargeable_hours", "nonChargeableHours"),
            ("chargeable_hours", "chargeableHours"),
            ("non_chargeable_hours_with_pay", "nonChargeableHoursWithPay"),
            ("budget_chargeable_hours", "budgetChargeableHours"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_hours
            o.sum_hours = u if v is None else v
            v = s.hours_with_pay
            o.hours_with_pay = u if v is None else v
            v = s.hourly_wage_hours_with_pay
            o.hourly_wage_hours_with_pay = u if v is None else v
            v = s.standard_time
            o.standard_time = u if v is None else v
            v = s.non_chargeable_hours
            o.non_chargeable_hours = u if v is None else v
            v = s.chargeable_hours
            o.chargeable_hours = u if v is None else v
            v = s.non_chargeable_hours_with_pay
            o.non_chargeable_hours_with_pay = u if v is None else v
            v = s.budget_chargeable_hours
            o.budget_chargeable_hours = u if v is None else v
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
