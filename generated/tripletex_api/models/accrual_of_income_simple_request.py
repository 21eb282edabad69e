from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accrual_source_item_request import AccrualSourceItemRequest


T = TypeVar("T", bound="AccrualOfIncomeSimpleRequest")


@_attrs_define
class AccrualOfIncomeSimpleRequest:
    """
    Attributes:
        sources (list[AccrualSourceItemRequest] | Unset):
        income_account_id (int | Unset):
        accrual_account_id (int | Unset):
        month (int | Unset):
        year (int | Unset):
        number_of_periods (int | Unset):
    """

    sources: list[AccrualSourceItemRequest] | Unset = UNSET
    income_account_id: int | Unset = UNSET
    accrual_account_id: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    number_of_periods: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        income_account_id = self.income_account_id

        accrual_account_id = self.accrual_account_id

        month = self.month

        year = self.year

        number_of_periods = self.number_of_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if income_account_id is not UNSET:
            field_dict["incomeAccountId"] = income_account_id
        if accrual_account_id is not UNSET:
            field_dict["accrualAccountId"] = accrual_account_id
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if number_of_periods is not UNSET:
            field_dict["numberOfPeriods"] = number_of_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.accrual_source_item_request import AccrualSourceItemRequest  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _sources = d.pop("sources", UNSET)
        sources: list[AccrualSourceItemRequest] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                if sources_item_data is None:
                    continue
                sources_item = AccrualSourceItemRequest.from_dict(sources_item_data)

                sources.append(sources_item)

        income_account_id = d.pop("incomeAccountId", UNSET)

        accrual_account_id = d.pop("accrualAccountId", UNSET)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        number_of_periods = d.pop("numberOfPeriods", UNSET)

        _obj = cls(
            sources=sources,
            income_account_id=income_account_id,
            accrual_account_id=accrual_account_id,
            month=month,
            year=year,
            number_of_periods=number_of_periods,
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
