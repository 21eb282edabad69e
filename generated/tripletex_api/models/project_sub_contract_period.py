from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectSubContractPeriod")


@_attrs_define
class ProjectSubContractPeriod:
    """ProjectSubContractPeriod

    Attributes:
        total_income_currency (float | Unset):
        total_fee_currency (float | Unset):
        total_expenses_currency (float | Unset):
        total_net_amount_currency (float | Unset):
    """

    total_income_currency: float | Unset = UNSET
    total_fee_currency: float | Unset = UNSET
    total_expenses_currency: float | Unset = UNSET
    total_net_amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        total_income_currency = self.total_income_currency

        total_fee_currency = self.total_fee_currency

        total_expenses_currency = self.total_expenses_currency

        total_net_amount_currency = self.total_net_amount_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_income_currency is not UNSET:
            field_dict["totalIncomeCurrency"] = total_income_currency
        if total_fee_currency is not UNSET:
            field_dict["totalFeeCurrency"] = total_fee_currency
        if total_expenses_currency is not UNSET:
            field_dict["totalExpensesCurrency"] = total_expenses_currency
        if total_net_amount_currency is not UNSET:
            field_dict["totalNetAmountCurrency"] = total_net_amount_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        total_income_currency = d.pop("totalIncomeCurrency", UNSET)

        total_fee_currency = d.pop("totalFeeCurrency", UNSET)

        total_expenses_currency = d.pop("totalExpensesCurrency", UNSET)

        total_net_amount_currency = d.pop("totalNetAmountCurrency", UNSET)

        _obj = cls(
            total_income_currency=total_income_currency,
            total_fee_currency=total_fee_currency,
            total_expenses_currency=total_expenses_currency,
            total_net_amount_currency=total_net_amount_currency,
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
