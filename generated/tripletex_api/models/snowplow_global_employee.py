from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SnowplowGlobalEmployee")


@_attrs_define
class SnowplowGlobalEmployee:
    """
    Attributes:
        user_id (int | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        tripletex_employee_id (int | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        role_ids (list[int] | Unset): [read-only]
    """

    user_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    tripletex_employee_id: int | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    role_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        user_id = self.user_id

        employee_id = self.employee_id

        tripletex_employee_id = self.tripletex_employee_id

        is_accountant = self.is_accountant

        role_ids: list[int] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET and not _in_request:
            field_dict["userId"] = user_id
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if tripletex_employee_id is not UNSET and not _in_request:
            field_dict["tripletexEmployeeId"] = tripletex_employee_id
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if role_ids is not UNSET and not _in_request:
            field_dict["roleIds"] = role_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        user_id = d.pop("userId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        tripletex_employee_id = d.pop("tripletexEmployeeId", UNSET)

        is_accountant = d.pop("isAccountant", UNSET)

        role_ids = cast(list[int], d.pop("roleIds", UNSET))

        _obj = cls(
            user_id=user_id,
            employee_id=employee_id,
            tripletex_employee_id=tripletex_employee_id,
            is_accountant=is_accountant,
            role_ids=role_ids,
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
