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
    serializing_request_body,
)

T = TypeVar("T", bound="AccountingDimensionContext")


@_attrs_define
class AccountingDimensionContext(Model):
    """
    Attributes:
        context_id (int | Unset):
        company_name (str | Unset):
        has_modules (bool | Unset): Returns true if the free accounting dimensions feature is enabled.
        can_activate_asset_registry (bool | Unset): Returns true if the asset registry can be activated (requires Smart
            or above).
        can_activate_project_accounting (bool | Unset): Returns true if project accounting can be activated (requires
            Smart with project, or Komplett and above.
    """

    context_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    has_modules: bool | Unset = UNSET
    can_activate_asset_registry: bool | Unset = UNSET
    can_activate_project_accounting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.has_modules
        if _v is not UNSET and not _in_request:
            field_dict["hasModules"] = _v
        _v = self.can_activate_asset_registry
        if _v is not UNSET and not _in_request:
            field_dict["canActivateAssetRegistry"] = _v
        _v = self.can_activate_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["canActivateProjectAccounting"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountingDimensionContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountingDimensionContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "contextId",
                "companyName",
                "hasModules",
                "canActivateAssetRegistry",
                "canActivateProjectAccounting",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("hasModules")
                if v is None:
                    o.has_modules = u
                    if "hasModules" not in d:
                        m += 1
                else:
                    o.has_modules = v
                v = g("canActivateAssetRegistry")
                if v is None:
                    o.can_activate_asset_registry = u
                    if "canActivateAssetRegistry" not in d:
                        m += 1
                else:
                    o.can_activate_asset_registry = v
                v = g("canActivateProjectAccounting")
                if v is None:
                    o.can_activate_project_accounting = u
                    if "canActivateProjectAccounting" not in d:
                        m += 1
                else:
                    o.can_activate_project_accounting = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("context_id", "contextId"),
            ("company_name", "companyName"),
            ("has_modules", "hasModules"),
            ("can_activate_asset_registry", "canActivateAssetRegistry"),
            ("can_activate_project_accounting", "canActivateProjectAccounting"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.has_modules
            o.has_modules = u if v is None else v
            v = s.can_activate_asset_registry
            o.can_activate_asset_registry = u if v is None else v
            v = s.can_activate_project_accounting
            o.can_activate_project_accounting = u if v is None else v
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
