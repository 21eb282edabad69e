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

T = TypeVar("T", bound="IncomeStatement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomeStatement(LazyModel):
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
        self._tx_load()
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
        """A IncomeStatement from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "businessIncome",
                "taxableBusinessIncome",
                "totalAddition",
                "totalDeduction",
                "changes",
                "receivedGroupContribution",
                "payedGroupContribution",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "business_income": ("businessIncome", None),
            "taxable_business_income": ("taxableBusinessIncome", None),
            "total_addition": ("totalAddition", None),
            "total_deduction": ("totalDeduction", None),
            "changes": ("changes", None),
            "received_group_contribution": ("receivedGroupContribution", None),
            "payed_group_contribution": ("payedGroupContribution", None),
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
