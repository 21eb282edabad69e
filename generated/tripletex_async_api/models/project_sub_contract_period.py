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

T = TypeVar("T", bound="ProjectSubContractPeriod")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectSubContractPeriod(LazyModel):
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
        self._tx_load()
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
        """A ProjectSubContractPeriod from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "totalIncomeCurrency",
                "totalFeeCurrency",
                "totalExpensesCurrency",
                "totalNetAmountCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "total_income_currency": ("totalIncomeCurrency", None),
            "total_fee_currency": ("totalFeeCurrency", None),
            "total_expenses_currency": ("totalExpensesCurrency", None),
            "total_net_amount_currency": ("totalNetAmountCurrency", None),
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
