from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clients_modules_module_info_module import ClientsModulesModuleInfoModule
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ClientsModulesModuleInfo")


@_attrs_define
class ClientsModulesModuleInfo:
    """
    Attributes:
        module (ClientsModulesModuleInfoModule | Unset): [read-only] Module
        title (str | Unset): [read-only] Title
        description (str | Unset): [read-only] Description
        description_long_1 (str | Unset): [read-only] Description long 1
        description_long_2 (str | Unset): [read-only] Description long 2
        price_infos (list[str] | Unset): [read-only]
        license_url (str | Unset): [read-only] License
    """

    module: ClientsModulesModuleInfoModule | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    description_long_1: str | Unset = UNSET
    description_long_2: str | Unset = UNSET
    price_infos: list[str] | Unset = UNSET
    license_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        module: str | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module.value

        title = self.title

        description = self.description

        description_long_1 = self.description_long_1

        description_long_2 = self.description_long_2

        price_infos: list[str] | Unset = UNSET
        if not isinstance(self.price_infos, Unset):
            price_infos = self.price_infos

        license_url = self.license_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET and not _in_request:
            field_dict["module"] = module
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if description_long_1 is not UNSET and not _in_request:
            field_dict["descriptionLong1"] = description_long_1
        if description_long_2 is not UNSET and not _in_request:
            field_dict["descriptionLong2"] = description_long_2
        if price_infos is not UNSET and not _in_request:
            field_dict["priceInfos"] = price_infos
        if license_url is not UNSET and not _in_request:
            field_dict["licenseUrl"] = license_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _module = d.pop("module", UNSET)
        module: ClientsModulesModuleInfoModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = ClientsModulesModuleInfoModule(_module)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        description_long_1 = d.pop("descriptionLong1", UNSET)

        description_long_2 = d.pop("descriptionLong2", UNSET)

        price_infos = cast(list[str], d.pop("priceInfos", UNSET))

        license_url = d.pop("licenseUrl", UNSET)

        _obj = cls(
            module=module,
            title=title,
            description=description,
            description_long_1=description_long_1,
            description_long_2=description_long_2,
            price_infos=price_infos,
            license_url=license_url,
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
