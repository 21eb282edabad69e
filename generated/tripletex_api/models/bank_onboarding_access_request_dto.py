from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankOnboardingAccessRequestDTO")


@_attrs_define
class BankOnboardingAccessRequestDTO:
    """
    Attributes:
        id (int | Unset):
        requestee_employee_id (int | Unset):
        requestee_name (str | Unset):
        role_id (int | Unset):
    """

    id: int | Unset = UNSET
    requestee_employee_id: int | Unset = UNSET
    requestee_name: str | Unset = UNSET
    role_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        requestee_employee_id = self.requestee_employee_id

        requestee_name = self.requestee_name

        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if requestee_employee_id is not UNSET:
            field_dict["requesteeEmployeeId"] = requestee_employee_id
        if requestee_name is not UNSET:
            field_dict["requesteeName"] = requestee_name
        if role_id is not UNSET:
            field_dict["roleId"] = role_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        requestee_employee_id = d.pop("requesteeEmployeeId", UNSET)

        requestee_name = d.pop("requesteeName", UNSET)

        role_id = d.pop("roleId", UNSET)

        _obj = cls(
            id=id,
            requestee_employee_id=requestee_employee_id,
            requestee_name=requestee_name,
            role_id=role_id,
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
