from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="AccountingDimensionFixedUpdateDTO")


@_attrs_define
class AccountingDimensionFixedUpdateDTO(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.module_department_accounting
        if _v is not UNSET:
            field_dict["moduleDepartmentAccounting"] = _v
        _v = self.module_fixed_asset_register
        if _v is not UNSET:
            field_dict["moduleFixedAssetRegister"] = _v
        _v = self.module_project_accounting
        if _v is not UNSET:
            field_dict["moduleProjectAccounting"] = _v
        _v = self.module_product_accounting
        if _v is not UNSET:
            field_dict["moduleProductAccounting"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountingDimensionFixedUpdateDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountingDimensionFixedUpdateDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "moduleDepartmentAccounting",
                "moduleFixedAssetRegister",
                "moduleProjectAccounting",
                "moduleProductAccounting",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("moduleDepartmentAccounting")
                if v is None:
                    o.module_department_accounting = u
                    if "moduleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.module_department_accounting = v
                v = g("moduleFixedAssetRegister")
                if v is None:
                    o.module_fixed_asset_register = u
                    if "moduleFixedAssetRegister" not in d:
                        m += 1
                else:
                    o.module_fixed_asset_register = v
                v = g("moduleProjectAccounting")
                if v is None:
                    o.module_project_accounting = u
                    if "moduleProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_project_accounting = v
                v = g("moduleProductAccounting")
                if v is None:
                    o.module_product_accounting = u
                    if "moduleProductAccounting" not in d:
                        m += 1
                else:
                    o.module_product_accounting = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("module_department_accounting", "moduleDepartmentAccounting"),
            ("module_fixed_asset_register", "moduleFixedAssetRegister"),
            ("module_project_accounting", "moduleProjectAccounting"),
            ("module_product_accounting", "moduleProductAccounting"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.module_department_accounting
            o.module_department_accounting = u if v is None else v
            v = s.module_fixed_asset_register
            o.module_fixed_asset_register = u if v is None else v
            v = s.module_project_accounting
            o.module_project_accounting = u if v is None else v
            v = s.module_product_accounting
            o.module_product_accounting = u if v is None else v
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
