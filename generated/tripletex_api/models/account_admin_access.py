from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_admin_access_access_type import AccountAdminAccessAccessType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AccountAdminAccess")


@_attrs_define
class AccountAdminAccess:
    """Account admin access for the customer. If not set, the default access will be used which is all admins from the
    accountant company.

        Attributes:
            access_type (AccountAdminAccessAccessType | Unset): Decides who will get admin access.
            specific_admin_ids (list[int] | Unset): Specific admin IDs to grant access to.
    """

    access_type: AccountAdminAccessAccessType | Unset = UNSET
    specific_admin_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type.value

        specific_admin_ids: list[int] | Unset = UNSET
        if not isinstance(self.specific_admin_ids, Unset):
            specific_admin_ids = self.specific_admin_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if specific_admin_ids is not UNSET:
            field_dict["specificAdminIds"] = specific_admin_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _access_type = d.pop("accessType", UNSET)
        access_type: AccountAdminAccessAccessType | Unset
        if isinstance(_access_type, Unset):
            access_type = UNSET
        else:
            access_type = AccountAdminAccessAccessType(_access_type)

        specific_admin_ids = cast(list[int], d.pop("specificAdminIds", UNSET))

        _obj = cls(
            access_type=access_type,
            specific_admin_ids=specific_admin_ids,
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
