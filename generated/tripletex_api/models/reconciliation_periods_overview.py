from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.ao_reconciliation_period import AOReconciliationPeriod


T = TypeVar("T", bound="ReconciliationPeriodsOverview")


@_attrs_define
class ReconciliationPeriodsOverview:
    """
    Attributes:
        year (int | Unset): [read-only] The year for this overview
        min_year (int | Unset): [read-only] The minimum year for which reconciliation terms are available Example: 2020.
        max_year (int | Unset): [read-only] The maximum year for which reconciliation terms are available Example: 2025.
        periods (list[AOReconciliationPeriod] | Unset): [read-only] The terms available for the given year
    """

    year: int | Unset = UNSET
    min_year: int | Unset = UNSET
    max_year: int | Unset = UNSET
    periods: list[AOReconciliationPeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year = self.year

        min_year = self.min_year

        max_year = self.max_year

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if min_year is not UNSET and not _in_request:
            field_dict["minYear"] = min_year
        if max_year is not UNSET and not _in_request:
            field_dict["maxYear"] = max_year
        if periods is not UNSET and not _in_request:
            field_dict["periods"] = periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.ao_reconciliation_period import AOReconciliationPeriod  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        year = d.pop("year", UNSET)

        min_year = d.pop("minYear", UNSET)

        max_year = d.pop("maxYear", UNSET)

        _periods = d.pop("periods", UNSET)
        periods: list[AOReconciliationPeriod] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                if periods_item_data is None:
                    continue
                periods_item = AOReconciliationPeriod.from_dict(periods_item_data)

                periods.append(periods_item)

        _obj = cls(
            year=year,
            min_year=min_year,
            max_year=max_year,
            periods=periods,
        )

        _obj.additional_properties = d
        return _obj

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
