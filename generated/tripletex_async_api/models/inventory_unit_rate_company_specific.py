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
    from ..models.account import Account
    from ..models.product_unit import ProductUnit


T = TypeVar("T", bound="InventoryUnitRateCompanySpecific")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("productUnit", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InventoryUnitRateCompanySpecific(LazyModel):
    """unit rate

    Attributes:
        year (int | Unset): [read-only] Year
        account (Account | Unset):
        rate (float | Unset): Rate
        standard_rate (float | Unset): [read-only] Standard rate from Skatteetaten's takseringsregler
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
    """

    year: int | Unset = UNSET
    account: Account | Unset = UNSET
    rate: float | Unset = UNSET
    standard_rate: float | Unset = UNSET
    product_unit: ProductUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        rate = self.rate

        standard_rate = self.standard_rate

        product_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_unit, Unset):
            product_unit = self.product_unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if account is not UNSET:
            field_dict["account"] = account
        if rate is not UNSET:
            field_dict["rate"] = rate
        if standard_rate is not UNSET and not _in_request:
            field_dict["standardRate"] = standard_rate
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoryUnitRateCompanySpecific from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_product_unit(_tx_v: Any) -> ProductUnit | Unset:
            _product_unit = _tx_v
            product_unit: ProductUnit | Unset
            if isinstance(_product_unit, Unset):
                product_unit = UNSET
            else:
                product_unit = ProductUnit._tx_from_json(_product_unit)

            return product_unit

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "account",
                "rate",
                "standardRate",
                "productUnit",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "account": ("account", _p_account),
            "rate": ("rate", None),
            "standard_rate": ("standardRate", None),
            "product_unit": ("productUnit", _p_product_unit),
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
