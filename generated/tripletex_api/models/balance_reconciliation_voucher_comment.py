from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BalanceReconciliationVoucherComment")


@_attrs_define
class BalanceReconciliationVoucherComment:
    """Comments

    Attributes:
        original_id (int | Unset): Original ID of the comment in the customers account
        author_name (str | Unset): Author
        comment (str | Unset): Content
        date (str | Unset): Date
    """

    original_id: int | Unset = UNSET
    author_name: str | Unset = UNSET
    comment: str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        original_id = self.original_id

        author_name = self.author_name

        comment = self.comment

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["originalId"] = original_id
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        original_id = d.pop("originalId", UNSET)

        author_name = d.pop("authorName", UNSET)

        comment = d.pop("comment", UNSET)

        date = d.pop("date", UNSET)

        _obj = cls(
            original_id=original_id,
            author_name=author_name,
            comment=comment,
            date=date,
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
