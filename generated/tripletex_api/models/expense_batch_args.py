from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ExpenseBatchArgs")


@_attrs_define
class ExpenseBatchArgs:
    """
    Attributes:
        expense_ids (str | Unset):
        comment (str | Unset):
        voucher_date (str | Unset):
    """

    expense_ids: str | Unset = UNSET
    comment: str | Unset = UNSET
    voucher_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        expense_ids = self.expense_ids

        comment = self.comment

        voucher_date = self.voucher_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expense_ids is not UNSET:
            field_dict["expenseIds"] = expense_ids
        if comment is not UNSET:
            field_dict["comment"] = comment
        if voucher_date is not UNSET:
            field_dict["voucherDate"] = voucher_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        expense_ids = d.pop("expenseIds", UNSET)

        comment = d.pop("comment", UNSET)

        voucher_date = d.pop("voucherDate", UNSET)

        _obj = cls(
            expense_ids=expense_ids,
            comment=comment,
            voucher_date=voucher_date,
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
