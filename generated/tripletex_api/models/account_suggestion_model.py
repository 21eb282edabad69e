from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AccountSuggestionModel")


@_attrs_define
class AccountSuggestionModel:
    """List of account suggestions

    Attributes:
        description (str | Unset): Account description in markdown format
        account_number (int | Unset): Account number
        account_name (str | Unset): Account name
        tags (list[str] | Unset): List of tags for searching
    """

    description: str | Unset = UNSET
    account_number: int | Unset = UNSET
    account_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        description = self.description

        account_number = self.account_number

        account_name = self.account_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        description = d.pop("description", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        account_name = d.pop("accountName", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _obj = cls(
            description=description,
            account_number=account_number,
            account_name=account_name,
            tags=tags,
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
