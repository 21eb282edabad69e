from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_register_system_generic_data_type import CashRegisterSystemGenericDataType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CashRegisterSystem")


@_attrs_define
class CashRegisterSystem:
    """
    Attributes:
        group_id (float | Unset): [read-only]
        generic_data_type (CashRegisterSystemGenericDataType | Unset): [read-only]
        generic_data_sub_type_group_id (float | Unset): [read-only]
        year_of_initial_registration (float | Unset): [read-only]
        cash_register_system (str | Unset): [read-only]
    """

    group_id: float | Unset = UNSET
    generic_data_type: CashRegisterSystemGenericDataType | Unset = UNSET
    generic_data_sub_type_group_id: float | Unset = UNSET
    year_of_initial_registration: float | Unset = UNSET
    cash_register_system: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        year_of_initial_registration = self.year_of_initial_registration

        cash_register_system = self.cash_register_system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET and not _in_request:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type_group_id is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if year_of_initial_registration is not UNSET and not _in_request:
            field_dict["yearOfInitialRegistration"] = year_of_initial_registration
        if cash_register_system is not UNSET and not _in_request:
            field_dict["cashRegisterSystem"] = cash_register_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        group_id = d.pop("groupId", UNSET)

        _generic_data_type = d.pop("genericDataType", UNSET)
        generic_data_type: CashRegisterSystemGenericDataType | Unset
        if isinstance(_generic_data_type, Unset):
            generic_data_type = UNSET
        else:
            generic_data_type = CashRegisterSystemGenericDataType(_generic_data_type)

        generic_data_sub_type_group_id = d.pop("genericDataSubTypeGroupId", UNSET)

        year_of_initial_registration = d.pop("yearOfInitialRegistration", UNSET)

        cash_register_system = d.pop("cashRegisterSystem", UNSET)

        _obj = cls(
            group_id=group_id,
            generic_data_type=generic_data_type,
            generic_data_sub_type_group_id=generic_data_sub_type_group_id,
            year_of_initial_registration=year_of_initial_registration,
            cash_register_system=cash_register_system,
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
