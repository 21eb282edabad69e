from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="ControlledTransactionsSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ControlledTransactionsSummary(LazyModel):
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
        self._tx_load()
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
        """A ControlledTransactionsSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sumOperationalIncome",
                "sumFinancialIncome",
                "totalOperationalCost",
                "totalFinancialCost",
                "totalExtraordinaryPurchases",
                "totalExtraordinarySales",
                "totalClaims",
                "totalDebt",
                "totalGuarantorResponsibility",
                "totalGuaranteeBasis",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_operational_income": ("sumOperationalIncome", None),
            "sum_financial_income": ("sumFinancialIncome", None),
            "total_operational_cost": ("totalOperationalCost", None),
            "total_financial_cost": ("totalFinancialCost", None),
            "total_extraordinary_purchases": ("totalExtraordinaryPurchases", None),
            "total_extraordinary_sales": ("totalExtraordinarySales", None),
            "total_claims": ("totalClaims", None),
            "total_debt": ("totalDebt", None),
            "total_guarantor_responsibility": ("totalGuarantorResponsibility", None),
            "total_guarantee_basis": ("totalGuaranteeBasis", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
