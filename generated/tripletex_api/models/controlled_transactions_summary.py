from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ControlledTransactionsSummary")


@_attrs_define
class ControlledTransactionsSummary:
    """Summary of something

    Attributes:
        sum_operational_income (float | Unset): The sum of all transactions with the category operational income
        sum_financial_income (float | Unset): The sum of all transactions with the category financial income
        total_operational_cost (float | Unset): The sum of all transactions with the category operational cost
        total_financial_cost (float | Unset): The sum of all transactions with the category financial cost
        total_extraordinary_purchases (float | Unset): The sum of all transactions with the category extraordinary
            purchase
        total_extraordinary_sales (float | Unset): The sum of all transactions with the category extraordinary sale
        total_claims (float | Unset): The sum of all outstanding with the category claim
        total_debt (float | Unset): The sum of all outstanding with the category debt
        total_guarantor_responsibility (float | Unset): The sum of all outstanding with the category guarantor
            responsibility
        total_guarantee_basis (float | Unset): The sum of all outstanding with the category guarantee basis
    """

    sum_operational_income: float | Unset = UNSET
    sum_financial_income: float | Unset = UNSET
    total_operational_cost: float | Unset = UNSET
    total_financial_cost: float | Unset = UNSET
    total_extraordinary_purchases: float | Unset = UNSET
    total_extraordinary_sales: float | Unset = UNSET
    total_claims: float | Unset = UNSET
    total_debt: float | Unset = UNSET
    total_guarantor_responsibility: float | Unset = UNSET
    total_guarantee_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        sum_operational_income = self.sum_operational_income

        sum_financial_income = self.sum_financial_income

        total_operational_cost = self.total_operational_cost

        total_financial_cost = self.total_financial_cost

        total_extraordinary_purchases = self.total_extraordinary_purchases

        total_extraordinary_sales = self.total_extraordinary_sales

        total_claims = self.total_claims

        total_debt = self.total_debt

        total_guarantor_responsibility = self.total_guarantor_responsibility

        total_guarantee_basis = self.total_guarantee_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_operational_income is not UNSET:
            field_dict["sumOperationalIncome"] = sum_operational_income
        if sum_financial_income is not UNSET:
            field_dict["sumFinancialIncome"] = sum_financial_income
        if total_operational_cost is not UNSET:
            field_dict["totalOperationalCost"] = total_operational_cost
        if total_financial_cost is not UNSET:
            field_dict["totalFinancialCost"] = total_financial_cost
        if total_extraordinary_purchases is not UNSET:
            field_dict["totalExtraordinaryPurchases"] = total_extraordinary_purchases
        if total_extraordinary_sales is not UNSET:
            field_dict["totalExtraordinarySales"] = total_extraordinary_sales
        if total_claims is not UNSET:
            field_dict["totalClaims"] = total_claims
        if total_debt is not UNSET:
            field_dict["totalDebt"] = total_debt
        if total_guarantor_responsibility is not UNSET:
            field_dict["totalGuarantorResponsibility"] = total_guarantor_responsibility
        if total_guarantee_basis is not UNSET:
            field_dict["totalGuaranteeBasis"] = total_guarantee_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sum_operational_income = d.pop("sumOperationalIncome", UNSET)

        sum_financial_income = d.pop("sumFinancialIncome", UNSET)

        total_operational_cost = d.pop("totalOperationalCost", UNSET)

        total_financial_cost = d.pop("totalFinancialCost", UNSET)

        total_extraordinary_purchases = d.pop("totalExtraordinaryPurchases", UNSET)

        total_extraordinary_sales = d.pop("totalExtraordinarySales", UNSET)

        total_claims = d.pop("totalClaims", UNSET)

        total_debt = d.pop("totalDebt", UNSET)

        total_guarantor_responsibility = d.pop("totalGuarantorResponsibility", UNSET)

        total_guarantee_basis = d.pop("totalGuaranteeBasis", UNSET)

        _obj = cls(
            sum_operational_income=sum_operational_income,
            sum_financial_income=sum_financial_income,
            total_operational_cost=total_operational_cost,
            total_financial_cost=total_financial_cost,
            total_extraordinary_purchases=total_extraordinary_purchases,
            total_extraordinary_sales=total_extraordinary_sales,
            total_claims=total_claims,
            total_debt=total_debt,
            total_guarantor_responsibility=total_guarantor_responsibility,
            total_guarantee_basis=total_guarantee_basis,
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
