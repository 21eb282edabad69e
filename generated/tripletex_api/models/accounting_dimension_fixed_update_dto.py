from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AccountingDimensionFixedUpdateDTO")


@_attrs_define
class AccountingDimensionFixedUpdateDTO:
    """
    Attributes:
        module_department_accounting (bool | Unset): Toggle department accounting module on/off
        module_fixed_asset_register (bool | Unset): Toggle fixed asset register on/off
        module_project_accounting (bool | Unset): Toggle project accounting module on/off
        module_product_accounting (bool | Unset): Toggle product accounting module on/off
    """

    module_department_accounting: bool | Unset = UNSET
    module_fixed_asset_register: bool | Unset = UNSET
    module_project_accounting: bool | Unset = UNSET
    module_product_accounting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        module_department_accounting = self.module_department_accounting

        module_fixed_asset_register = self.module_fixed_asset_register

        module_project_accounting = self.module_project_accounting

        module_product_accounting = self.module_product_accounting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module_department_accounting is not UNSET:
            field_dict["moduleDepartmentAccounting"] = module_department_accounting
        if module_fixed_asset_register is not UNSET:
            field_dict["moduleFixedAssetRegister"] = module_fixed_asset_register
        if module_project_accounting is not UNSET:
            field_dict["moduleProjectAccounting"] = module_project_accounting
        if module_product_accounting is not UNSET:
            field_dict["moduleProductAccounting"] = module_product_accounting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        module_department_accounting = d.pop("moduleDepartmentAccounting", UNSET)

        module_fixed_asset_register = d.pop("moduleFixedAssetRegister", UNSET)

        module_project_accounting = d.pop("moduleProjectAccounting", UNSET)

        module_product_accounting = d.pop("moduleProductAccounting", UNSET)

        _obj = cls(
            module_department_accounting=module_department_accounting,
            module_fixed_asset_register=module_fixed_asset_register,
            module_project_accounting=module_project_accounting,
            module_product_accounting=module_product_accounting,
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
