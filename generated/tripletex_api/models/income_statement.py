from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomeStatement")


@_attrs_define
class IncomeStatement:
    """
    Attributes:
        business_income (float | Unset): [read-only]
        taxable_business_income (float | Unset): [read-only]
        total_addition (float | Unset): [read-only]
        total_deduction (float | Unset): [read-only]
        changes (float | Unset): [read-only]
        received_group_contribution (float | Unset): [read-only]
        payed_group_contribution (float | Unset): [read-only]
    """

    business_income: float | Unset = UNSET
    taxable_business_income: float | Unset = UNSET
    total_addition: float | Unset = UNSET
    total_deduction: float | Unset = UNSET
    changes: float | Unset = UNSET
    received_group_contribution: float | Unset = UNSET
    payed_group_contribution: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        business_income = self.business_income

        taxable_business_income = self.taxable_business_income

        total_addition = self.total_addition

        total_deduction = self.total_deduction

        changes = self.changes

        received_group_contribution = self.received_group_contribution

        payed_group_contribution = self.payed_group_contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_income is not UNSET and not _in_request:
            field_dict["businessIncome"] = business_income
        if taxable_business_income is not UNSET and not _in_request:
            field_dict["taxableBusinessIncome"] = taxable_business_income
        if total_addition is not UNSET and not _in_request:
            field_dict["totalAddition"] = total_addition
        if total_deduction is not UNSET and not _in_request:
            field_dict["totalDeduction"] = total_deduction
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if received_group_contribution is not UNSET and not _in_request:
            field_dict["receivedGroupContribution"] = received_group_contribution
        if payed_group_contribution is not UNSET and not _in_request:
            field_dict["payedGroupContribution"] = payed_group_contribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        business_income = d.pop("businessIncome", UNSET)

        taxable_business_income = d.pop("taxableBusinessIncome", UNSET)

        total_addition = d.pop("totalAddition", UNSET)

        total_deduction = d.pop("totalDeduction", UNSET)

        changes = d.pop("changes", UNSET)

        received_group_contribution = d.pop("receivedGroupContribution", UNSET)

        payed_group_contribution = d.pop("payedGroupContribution", UNSET)

        _obj = cls(
            business_income=business_income,
            taxable_business_income=taxable_business_income,
            total_addition=total_addition,
            total_deduction=total_deduction,
            changes=changes,
            received_group_contribution=received_group_contribution,
            payed_group_contribution=payed_group_contribution,
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
