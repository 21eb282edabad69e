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

T = TypeVar("T", bound="GeneralLedgerAccountSum")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class GeneralLedgerAccountSum(LazyModel):
    """
    Attributes:
        account_id (int | Unset): [read-only]
        balance_change (float | Unset): [read-only]
        balance_in (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        no_of_currencies (int | Unset): [read-only]
        balance_currency (str | Unset): [read-only]
        balance_currency_change (float | Unset): [read-only]
        balance_currency_in (float | Unset): [read-only]
        balance_currency_out (float | Unset): [read-only]
        no_of_quantity_1_units (int | Unset): [read-only]
        quantity_1_product_unit (str | Unset): [read-only]
        quantity_1_balance_in (float | Unset): [read-only]
        quantity_1_balance_out (float | Unset): [read-only]
        quantity_1_balance_change (float | Unset): [read-only]
        no_of_quantity_2_units (int | Unset): [read-only]
        quantity_2_product_unit (str | Unset): [read-only]
        quantity_2_balance_in (float | Unset): [read-only]
        quantity_2_balance_out (float | Unset): [read-only]
        quantity_2_balance_change (float | Unset): [read-only]
    """

    account_id: int | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    no_of_currencies: int | Unset = UNSET
    balance_currency: str | Unset = UNSET
    balance_currency_change: float | Unset = UNSET
    balance_currency_in: float | Unset = UNSET
    balance_currency_out: float | Unset = UNSET
    no_of_quantity_1_units: int | Unset = UNSET
    quantity_1_product_unit: str | Unset = UNSET
    quantity_1_balance_in: float | Unset = UNSET
    quantity_1_balance_out: float | Unset = UNSET
    quantity_1_balance_change: float | Unset = UNSET
    no_of_quantity_2_units: int | Unset = UNSET
    quantity_2_product_unit: str | Unset = UNSET
    quantity_2_balance_in: float | Unset = UNSET
    quantity_2_balance_out: float | Unset = UNSET
    quantity_2_balance_change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account_id = self.account_id

        balance_change = self.balance_change

        balance_in = self.balance_in

        balance_out = self.balance_out

        no_of_currencies = self.no_of_currencies

        balance_currency = self.balance_currency

        balance_currency_change = self.balance_currency_change

        balance_currency_in = self.balance_currency_in

        balance_currency_out = self.balance_currency_out

        no_of_quantity_1_units = self.no_of_quantity_1_units

        quantity_1_product_unit = self.quantity_1_product_unit

        quantity_1_balance_in = self.quantity_1_balance_in

        quantity_1_balance_out = self.quantity_1_balance_out

        quantity_1_balance_change = self.quantity_1_balance_change

        no_of_quantity_2_units = self.no_of_quantity_2_units

        quantity_2_product_unit = self.quantity_2_product_unit

        quantity_2_balance_in = self.quantity_2_balance_in

        quantity_2_balance_out = self.quantity_2_balance_out

        quantity_2_balance_change = self.quantity_2_balance_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if no_of_currencies is not UNSET and not _in_request:
            field_dict["noOfCurrencies"] = no_of_currencies
        if balance_currency is not UNSET and not _in_request:
            field_dict["balanceCurrency"] = balance_currency
        if balance_currency_change is not UNSET and not _in_request:
            field_dict["balanceCurrencyChange"] = balance_currency_change
        if balance_currency_in is not UNSET and not _in_request:
            field_dict["balanceCurrencyIn"] = balance_currency_in
        if balance_currency_out is not UNSET and not _in_request:
            field_dict["balanceCurrencyOut"] = balance_currency_out
        if no_of_quantity_1_units is not UNSET and not _in_request:
            field_dict["noOfQuantity1Units"] = no_of_quantity_1_units
        if quantity_1_product_unit is not UNSET and not _in_request:
            field_dict["quantity1ProductUnit"] = quantity_1_product_unit
        if quantity_1_balance_in is not UNSET and not _in_request:
            field_dict["quantity1BalanceIn"] = quantity_1_balance_in
        if quantity_1_balance_out is not UNSET and not _in_request:
            field_dict["quantity1BalanceOut"] = quantity_1_balance_out
        if quantity_1_balance_change is not UNSET and not _in_request:
            field_dict["quantity1BalanceChange"] = quantity_1_balance_change
        if no_of_quantity_2_units is not UNSET and not _in_request:
            field_dict["noOfQuantity2Units"] = no_of_quantity_2_units
        if quantity_2_product_unit is not UNSET and not _in_request:
            field_dict["quantity2ProductUnit"] = quantity_2_product_unit
        if quantity_2_balance_in is not UNSET and not _in_request:
            field_dict["quantity2BalanceIn"] = quantity_2_balance_in
        if quantity_2_balance_out is not UNSET and not _in_request:
            field_dict["quantity2BalanceOut"] = quantity_2_balance_out
        if quantity_2_balance_change is not UNSET and not _in_request:
            field_dict["quantity2BalanceChange"] = quantity_2_balance_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerAccountSum from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "balanceChange",
                "balanceIn",
                "balanceOut",
                "noOfCurrencies",
                "balanceCurrency",
                "balanceCurrencyChange",
                "balanceCurrencyIn",
                "balanceCurrencyOut",
                "noOfQuantity1Units",
                "quantity1ProductUnit",
                "quantity1BalanceIn",
                "quantity1BalanceOut",
                "quantity1BalanceChange",
                "noOfQuantity2Units",
                "quantity2ProductUnit",
                "quantity2BalanceIn",
                "quantity2BalanceOut",
                "quantity2BalanceChange",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "balance_change": ("balanceChange", None),
            "balance_in": ("balanceIn", None),
            "balance_out": ("balanceOut", None),
            "no_of_currencies": ("noOfCurrencies", None),
            "balance_currency": ("balanceCurrency", None),
            "balance_currency_change": ("balanceCurrencyChange", None),
            "balance_currency_in": ("balanceCurrencyIn", None),
            "balance_currency_out": ("balanceCurrencyOut", None),
            "no_of_quantity_1_units": ("noOfQuantity1Units", None),
            "quantity_1_product_unit": ("quantity1ProductUnit", None),
            "quantity_1_balance_in": ("quantity1BalanceIn", None),
            "quantity_1_balance_out": ("quantity1BalanceOut", None),
            "quantity_1_balance_change": ("quantity1BalanceChange", None),
            "no_of_quantity_2_units": ("noOfQuantity2Units", None),
            "quantity_2_product_unit": ("quantity2ProductUnit", None),
            "quantity_2_balance_in": ("quantity2BalanceIn", None),
            "quantity_2_balance_out": ("quantity2BalanceOut", None),
            "quantity_2_balance_change": ("quantity2BalanceChange", None),
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
