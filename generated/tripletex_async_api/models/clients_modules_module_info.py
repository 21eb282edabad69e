from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clients_modules_module_info_module import ClientsModulesModuleInfoModule
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="ClientsModulesModuleInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("module", str, False),
    ("priceInfos", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ClientsModulesModuleInfo(LazyModel):
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
        self._tx_load()
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
        """A ClientsModulesModuleInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_module(_tx_v: Any) -> ClientsModulesModuleInfoModule | Unset:
            _module = _tx_v
            module: ClientsModulesModuleInfoModule | Unset
            if isinstance(_module, Unset):
                module = UNSET
            else:
                module = ClientsModulesModuleInfoModule(_module)

            return module

        def _p_price_infos(_tx_v: Any) -> list[str] | Unset:
            price_infos = cast(list[str], _tx_v)

            return price_infos

        _tx_known: frozenset[str] = frozenset(
            (
                "module",
                "title",
                "description",
                "descriptionLong1",
                "descriptionLong2",
                "priceInfos",
                "licenseUrl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "module": ("module", _p_module),
            "title": ("title", None),
            "description": ("description", None),
            "description_long_1": ("descriptionLong1", None),
            "description_long_2": ("descriptionLong2", None),
            "price_infos": ("priceInfos", _p_price_infos),
            "license_url": ("licenseUrl", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
