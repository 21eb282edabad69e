from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AddRecipientRequest")


@_attrs_define
class AddRecipientRequest:
    """Request for adding a copy recipient to a case file

    Attributes:
        case_file_id (int | Unset): The Penneo case file ID
        name (str | Unset): Name of the recipient
        email (str | Unset): Email address of the recipient
        store_as_contact (bool | Unset): Whether to store this recipient as a contact for future use Default: False.
    """

    case_file_id: int | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    store_as_contact: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        case_file_id = self.case_file_id

        name = self.name

        email = self.email

        store_as_contact = self.store_as_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if case_file_id is not UNSET:
            field_dict["caseFileId"] = case_file_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if store_as_contact is not UNSET:
            field_dict["storeAsContact"] = store_as_contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        case_file_id = d.pop("caseFileId", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        store_as_contact = d.pop("storeAsContact", UNSET)

        _obj = cls(
            case_file_id=case_file_id,
            name=name,
            email=email,
            store_as_contact=store_as_contact,
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
