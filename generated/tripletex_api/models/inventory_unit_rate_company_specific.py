from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.product_unit import ProductUnit


T = TypeVar("T", bound="InventoryUnitRateCompanySpecific")


@_attrs_define
class InventoryUnitRateCompanySpecific:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        year = d.pop("year", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        rate = d.pop("rate", UNSET)

        standard_rate = d.pop("standardRate", UNSET)

        _product_unit = d.pop("productUnit", UNSET)
        product_unit: ProductUnit | Unset
        if isinstance(_product_unit, Unset):
            product_unit = UNSET
        else:
            product_unit = ProductUnit.from_dict(_product_unit)

        _obj = cls(
            year=year,
            account=account,
            rate=rate,
            standard_rate=standard_rate,
            product_unit=product_unit,
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
