from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clients_modules_module_info_module import ClientsModulesModuleInfoModule
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ClientsModulesModuleInfo")


@_attrs_define
class ClientsModulesModuleInfo(Model):
    """
    Attributes:
        module (ClientsModulesModuleInfoModule | Unset): Module
        title (str | Unset): Title
        description (str | Unset): Description
        description_long_1 (str | Unset): Description long 1
        description_long_2 (str | Unset): Description long 2
        price_infos (list[str] | Unset):
        license_url (str | Unset): License
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.module
        if _v is not UNSET and not _in_request:
            field_dict["module"] = _v._value_
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.description_long_1
        if _v is not UNSET and not _in_request:
            field_dict["descriptionLong1"] = _v
        _v = self.description_long_2
        if _v is not UNSET and not _in_request:
            field_dict["descriptionLong2"] = _v
        _v = self.price_infos
        if _v is not UNSET and not _in_request:
            field_dict["priceInfos"] = _v
        _v = self.license_url
        if _v is not UNSET and not _in_request:
            field_dict["licenseUrl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientsModulesModuleInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ClientsModulesModuleInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_module: dict[Any, Any] = enum_members(ClientsModulesModuleInfoModule)
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "module"
                v = g("module")
                if v is None:
                    o.module = u
                    if "module" not in d:
                        m += 1
                else:
                    o.module = (
                        e_ if (e_ := _e_module.get(v)) is not None else enum_value(ClientsModulesModuleInfoModule, v)
                    )
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("descriptionLong1")
                if v is None:
                    o.description_long_1 = u
                    if "descriptionLong1" not in d:
                        m += 1
                else:
                    o.description_long_1 = v
                v = g("descriptionLong2")
                if v is None:
                    o.description_long_2 = u
                    if "descriptionLong2" not in d:
                        m += 1
                else:
                    o.description_long_2 = v
                k = "priceInfos"
                v = g("priceInfos")
                if v is None:
                    o.price_infos = u
                    if "priceInfos" not in d:
                        m += 1
                else:
                    o.price_infos = v
                v = g("licenseUrl")
                if v is None:
                    o.license_url = u
                    if "licenseUrl" not in d:
                        m += 1
                else:
                    o.license_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("module", "module"),
            ("title", "title"),
            ("description", "description"),
            ("description_long_1", "descriptionLong1"),
            ("description_long_2", "descriptionLong2"),
            ("price_infos", "priceInfos"),
            ("license_url", "licenseUrl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.module
            o.module = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_module.get(v)) is not None
                else enum_value(ClientsModulesModuleInfoModule, v)
            )
            v = s.title
            o.title = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.description_long_1
            o.description_long_1 = u if v is None else v
            v = s.description_long_2
            o.description_long_2 = u if v is None else v
            v = s.price_infos
            o.price_infos = u if v is None or v is u else v
            v = s.license_url
            o.license_url = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
