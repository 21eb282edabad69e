from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AccountingDimensionContext")


@_attrs_define
class AccountingDimensionContext:
    """
    Attributes:
        context_id (int | Unset): [read-only]
        company_name (str | Unset): [read-only]
        has_modules (bool | Unset): [read-only] Returns true if the free accounting dimensions feature is enabled.
        can_activate_asset_registry (bool | Unset): [read-only] Returns true if the asset registry can be activated
            (requires Smart or above).
        can_activate_project_accounting (bool | Unset): [read-only] Returns true if project accounting can be activated
            (requires Smart with project, or Komplett and above.
    """

    context_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    has_modules: bool | Unset = UNSET
    can_activate_asset_registry: bool | Unset = UNSET
    can_activate_project_accounting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        context_id = self.context_id

        company_name = self.company_name

        has_modules = self.has_modules

        can_activate_asset_registry = self.can_activate_asset_registry

        can_activate_project_accounting = self.can_activate_project_accounting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if has_modules is not UNSET and not _in_request:
            field_dict["hasModules"] = has_modules
        if can_activate_asset_registry is not UNSET and not _in_request:
            field_dict["canActivateAssetRegistry"] = can_activate_asset_registry
        if can_activate_project_accounting is not UNSET and not _in_request:
            field_dict["canActivateProjectAccounting"] = can_activate_project_accounting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        context_id = d.pop("contextId", UNSET)

        company_name = d.pop("companyName", UNSET)

        has_modules = d.pop("hasModules", UNSET)

        can_activate_asset_registry = d.pop("canActivateAssetRegistry", UNSET)

        can_activate_project_accounting = d.pop("canActivateProjectAccounting", UNSET)

        _obj = cls(
            context_id=context_id,
            company_name=company_name,
            has_modules=has_modules,
            can_activate_asset_registry=can_activate_asset_registry,
            can_activate_project_accounting=can_activate_project_accounting,
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
