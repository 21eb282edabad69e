from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BalanceSheetSettingsDTO")


@_attrs_define
class BalanceSheetSettingsDTO:
    """
    Attributes:
        show_employee_module (bool | Unset): [read-only]
        show_department_module (bool | Unset):
        show_product_module (bool | Unset):
    """

    show_employee_module: bool | Unset = UNSET
    show_department_module: bool | Unset = UNSET
    show_product_module: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        show_employee_module = self.show_employee_module

        show_department_module = self.show_department_module

        show_product_module = self.show_product_module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_employee_module is not UNSET and not _in_request:
            field_dict["showEmployeeModule"] = show_employee_module
        if show_department_module is not UNSET:
            field_dict["showDepartmentModule"] = show_department_module
        if show_product_module is not UNSET:
            field_dict["showProductModule"] = show_product_module

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        show_employee_module = d.pop("showEmployeeModule", UNSET)

        show_department_module = d.pop("showDepartmentModule", UNSET)

        show_product_module = d.pop("showProductModule", UNSET)

        _obj = cls(
            show_employee_module=show_employee_module,
            show_department_module=show_department_module,
            show_product_module=show_product_module,
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
