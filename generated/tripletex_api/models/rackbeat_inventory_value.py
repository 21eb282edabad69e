from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RackbeatInventoryValue")


@_attrs_define
class RackbeatInventoryValue:
    """
    Attributes:
        rackbeat_inventory_value (str | Unset):
        tripletex_inventory_value (str | Unset):
        voucher_date (str | Unset):
        account_debit (int | Unset):
        account_credit (int | Unset):
    """

    rackbeat_inventory_value: str | Unset = UNSET
    tripletex_inventory_value: str | Unset = UNSET
    voucher_date: str | Unset = UNSET
    account_debit: int | Unset = UNSET
    account_credit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        rackbeat_inventory_value = self.rackbeat_inventory_value

        tripletex_inventory_value = self.tripletex_inventory_value

        voucher_date = self.voucher_date

        account_debit = self.account_debit

        account_credit = self.account_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rackbeat_inventory_value is not UNSET:
            field_dict["rackbeatInventoryValue"] = rackbeat_inventory_value
        if tripletex_inventory_value is not UNSET:
            field_dict["tripletexInventoryValue"] = tripletex_inventory_value
        if voucher_date is not UNSET:
            field_dict["voucherDate"] = voucher_date
        if account_debit is not UNSET:
            field_dict["accountDebit"] = account_debit
        if account_credit is not UNSET:
            field_dict["accountCredit"] = account_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        rackbeat_inventory_value = d.pop("rackbeatInventoryValue", UNSET)

        tripletex_inventory_value = d.pop("tripletexInventoryValue", UNSET)

        voucher_date = d.pop("voucherDate", UNSET)

        account_debit = d.pop("accountDebit", UNSET)

        account_credit = d.pop("accountCredit", UNSET)

        _obj = cls(
            rackbeat_inventory_value=rackbeat_inventory_value,
            tripletex_inventory_value=tripletex_inventory_value,
            voucher_date=voucher_date,
            account_debit=account_debit,
            account_credit=account_credit,
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
