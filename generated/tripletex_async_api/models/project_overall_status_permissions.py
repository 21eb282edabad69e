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

T = TypeVar("T", bound="ProjectOverallStatusPermissions")


@_attrs_define
class ProjectOverallStatusPermissions(Model):
    """
    Attributes:
        has_budget_access (bool | Unset):
        has_project_forecast_access (bool | Unset):
        has_reference_fee_access (bool | Unset):
        has_income_access (bool | Unset):
        has_hour_cost_access (bool | Unset):
        has_left_hours_write_access (bool | Unset):
        has_left_fee_rate_write_access (bool | Unset):
        has_left_hour_cost_rate_write_access (bool | Unset):
    """

    has_budget_access: bool | Unset = UNSET
    has_project_forecast_access: bool | Unset = UNSET
    has_reference_fee_access: bool | Unset = UNSET
    has_income_access: bool | Unset = UNSET
    has_hour_cost_access: bool | Unset = UNSET
    has_left_hours_write_access: bool | Unset = UNSET
    has_left_fee_rate_write_access: bool | Unset = UNSET
    has_left_hour_cost_rate_write_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.has_budget_access
        if _v is not UNSET and not _in_request:
            field_dict["hasBudgetAccess"] = _v
        _v = self.has_project_forecast_access
        if _v is not UNSET and not _in_request:
            field_dict["hasProjectForecastAccess"] = _v
        _v = self.has_reference_fee_access
        if _v is not UNSET and not _in_request:
            field_dict["hasReferenceFeeAccess"] = _v
        _v = self.has_income_access
        if _v is not UNSET and not _in_request:
            field_dict["hasIncomeAccess"] = _v
        _v = self.has_hour_cost_access
        if _v is not UNSET and not _in_request:
            field_dict["hasHourCostAccess"] = _v
        _v = self.has_left_hours_write_access
        if _v is not UNSET and not _in_request:
            field_dict["hasLeftHoursWriteAccess"] = _v
        _v = self.has_left_fee_rate_write_access
        if _v is not UNSET and not _in_request:
            field_dict["hasLeftFeeRateWriteAccess"] = _v
        _v = self.has_left_hour_cost_rate_write_access
        if _v is not UNSET and not _in_request:
            field_dict["hasLeftHourCostRateWriteAccess"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverallStatusPermissions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectOverallStatusPermissions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hasBudgetAccess",
                "hasProjectForecastAccess",
                "hasReferenceFeeAccess",
                "hasIncomeAccess",
                "hasHourCostAccess",
                "hasLeftHoursWriteAccess",
                "hasLeftFeeRateWriteAccess",
                "hasLeftHourCostRateWriteAccess",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "hasBudgetAccess": "has_budget_access",
            "hasProjectForecastAccess": "has_project_forecast_access",
            "hasReferenceFeeAccess": "has_reference_fee_access",
            "hasIncomeAccess": "has_income_access",
            "hasHourCostAccess": "has_hour_cost_access",
            "hasLeftHoursWriteAccess": "has_left_hours_write_access",
            "hasLeftFeeRateWriteAccess": "has_left_fee_rate_write_access",
            "hasLeftHourCostRateWriteAccess": "has_left_hour_cost_rate_write_access",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.has_budget_access = o.has_project_forecast_access = o.has_reference_fee_access = (
                        o.has_income_access
                    ) = o.has_hour_cost_access = o.has_left_hours_write_access = o.has_left_fee_rate_write_access = (
                        o.has_left_hour_cost_rate_write_access
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hasBudgetAccess")
                if v is None:
                    o.has_budget_access = u
                    if "hasBudgetAccess" not in d:
                        m += 1
                else:
                    o.has_budget_access = v
                v = g("hasProjectForecastAccess")
                if v is None:
                    o.has_project_forecast_access = u
                    if "hasProjectForecastAccess" not in d:
                        m += 1
                else:
                    o.has_project_forecast_access = v
                v = g("hasReferenceFeeAccess")
                if v is None:
                    o.has_reference_fee_access = u
                    if "hasReferenceFeeAccess" not in d:
                        m += 1
                else:
                    o.has_reference_fee_access = v
                v = g("hasIncomeAccess")
                if v is None:
                    o.has_income_access = u
                    if "hasIncomeAccess" not in d:
                        m += 1
                else:
                    o.has_income_access = v
                v = g("hasHourCostAccess")
                if v is None:
                    o.has_hour_cost_access = u
                    if "hasHourCostAccess" not in d:
                        m += 1
                else:
                    o.has_hour_cost_access = v
                v = g("hasLeftHoursWriteAccess")
                if v is None:
                    o.has_left_hours_write_access = u
                    if "hasLeftHoursWriteAccess" not in d:
                        m += 1
                else:
                    o.has_left_hours_write_access = v
                v = g("hasLeftFeeRateWriteAccess")
                if v is None:
                    o.has_left_fee_rate_write_access = u
                    if "hasLeftFeeRateWriteAccess" not in d:
                        m += 1
                else:
                    o.has_left_fee_rate_write_access = v
                v = g("hasLeftHourCostRateWriteAccess")
                if v is None:
                    o.has_left_hour_cost_rate_write_access = u
                    if "hasLeftHourCostRateWriteAccess" not in d:
                        m += 1
                else:
                    o.has_left_hour_cost_rate_write_access = v
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
            ("has_budget_access", "hasBudgetAccess"),
            ("has_project_forecast_access", "hasProjectForecastAccess"),
            ("has_reference_fee_access", "hasReferenceFeeAccess"),
            ("has_income_access", "hasIncomeAccess"),
            ("has_hour_cost_access", "hasHourCostAccess"),
            ("has_left_hours_write_access", "hasLeftHoursWriteAccess"),
            ("has_left_fee_rate_write_access", "hasLeftFeeRateWriteAccess"),
            ("has_left_hour_cost_rate_write_access", "hasLeftHourCostRateWriteAccess"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.has_budget_access
            o.has_budget_access = u if v is None else v
            v = s.has_project_forecast_access
            o.has_project_forecast_access = u if v is None else v
            v = s.has_reference_fee_access
            o.has_reference_fee_access = u if v is None else v
            v = s.has_income_access
            o.has_income_access = u if v is None else v
            v = s.has_hour_cost_access
            o.has_hour_cost_access = u if v is None else v
            v = s.has_left_hours_write_access
            o.has_left_hours_write_access = u if v is None else v
            v = s.has_left_fee_rate_write_access
            o.has_left_fee_rate_write_access = u if v is None else v
            v = s.has_left_hour_cost_rate_write_access
            o.has_left_hour_cost_rate_write_access = u if v is None else v
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
