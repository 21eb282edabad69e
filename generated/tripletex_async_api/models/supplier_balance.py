from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.supplier import Supplier


T = TypeVar("T", bound="SupplierBalance")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("supplier", dict, False),
    ("balanceInCurrencies", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierBalance(LazyModel):
    """
    Attributes:
        supplier (Supplier | Unset):
        balance_in (float | Unset): [read-only]
        balance_change (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        balance_in_currencies (list[Currency] | Unset): [read-only] Currencies that have been used prior to this period,
            for the given filter
        sum_amount_negative (float | Unset): [read-only]
    """

    supplier: Supplier | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    balance_in_currencies: list[Currency] | Unset = UNSET
    sum_amount_negative: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        balance_in = self.balance_in

        balance_change = self.balance_change

        balance_out = self.balance_out

        balance_in_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_in_currencies, Unset):
            balance_in_currencies = []
            for balance_in_currencies_item_data in self.balance_in_currencies:
                balance_in_currencies_item = balance_in_currencies_item_data.to_dict()
                balance_in_currencies.append(balance_in_currencies_item)

        sum_amount_negative = self.sum_amount_negative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if balance_in_currencies is not UNSET and not _in_request:
            field_dict["balanceInCurrencies"] = balance_in_currencies
        if sum_amount_negative is not UNSET and not _in_request:
            field_dict["sumAmountNegative"] = sum_amount_negative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierBalance from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_balance_in_currencies(_tx_v: Any) -> list[Currency] | Unset:
            _balance_in_currencies = _tx_v
            balance_in_currencies: list[Currency] | Unset = UNSET
            if _balance_in_currencies is not UNSET:
                balance_in_currencies = []
                for balance_in_currencies_item_data in _balance_in_currencies:
                    if balance_in_currencies_item_data is None:
                        continue
                    balance_in_currencies_item = Currency._tx_from_json(balance_in_currencies_item_data)

                    balance_in_currencies.append(balance_in_currencies_item)

            return balance_in_currencies

        _tx_known: frozenset[str] = frozenset(
            (
                "supplier",
                "balanceIn",
                "balanceChange",
                "balanceOut",
                "balanceInCurrencies",
                "sumAmountNegative",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "supplier": ("supplier", _p_supplier),
            "balance_in": ("balanceIn", None),
            "balance_change": ("balanceChange", None),
            "balance_out": ("balanceOut", None),
            "balance_in_currencies": ("balanceInCurrencies", _p_balance_in_currencies),
            "sum_amount_negative": ("sumAmountNegative", None),
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
