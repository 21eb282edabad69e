from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ChatMetaDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ChatMetaDTO(LazyModel):
    """
    Attributes:
        has_accountant (bool | Unset):
        has_entitlements (bool | Unset):
        should_show_opt_in (bool | Unset):
        should_show_introduction (bool | Unset):
        show_chat (bool | Unset):
        accountant_proxy_employee_id (int | Unset): [read-only]
        actual_employee_id (int | Unset): [read-only]
        pilot (bool | Unset):
        proxy (bool | Unset):
        admin (bool | Unset):
        accountant (bool | Unset):
    """

    has_accountant: bool | Unset = UNSET
    has_entitlements: bool | Unset = UNSET
    should_show_opt_in: bool | Unset = UNSET
    should_show_introduction: bool | Unset = UNSET
    show_chat: bool | Unset = UNSET
    accountant_proxy_employee_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    pilot: bool | Unset = UNSET
    proxy: bool | Unset = UNSET
    admin: bool | Unset = UNSET
    accountant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        has_accountant = self.has_accountant

        has_entitlements = self.has_entitlements

        should_show_opt_in = self.should_show_opt_in

        should_show_introduction = self.should_show_introduction

        show_chat = self.show_chat

        accountant_proxy_employee_id = self.accountant_proxy_employee_id

        actual_employee_id = self.actual_employee_id

        pilot = self.pilot

        proxy = self.proxy

        admin = self.admin

        accountant = self.accountant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_accountant is not UNSET:
            field_dict["hasAccountant"] = has_accountant
        if has_entitlements is not UNSET:
            field_dict["hasEntitlements"] = has_entitlements
        if should_show_opt_in is not UNSET:
            field_dict["shouldShowOptIn"] = should_show_opt_in
        if should_show_introduction is not UNSET:
            field_dict["shouldShowIntroduction"] = should_show_introduction
        if show_chat is not UNSET:
            field_dict["showChat"] = show_chat
        if accountant_proxy_employee_id is not UNSET and not _in_request:
            field_dict["accountantProxyEmployeeId"] = accountant_proxy_employee_id
        if actual_employee_id is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = actual_employee_id
        if pilot is not UNSET:
            field_dict["pilot"] = pilot
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if admin is not UNSET:
            field_dict["admin"] = admin
        if accountant is not UNSET:
            field_dict["accountant"] = accountant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatMetaDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "hasAccountant",
                "hasEntitlements",
                "shouldShowOptIn",
                "shouldShowIntroduction",
                "showChat",
                "accountantProxyEmployeeId",
                "actualEmployeeId",
                "pilot",
                "proxy",
                "admin",
                "accountant",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "has_accountant": ("hasAccountant", None),
            "has_entitlements": ("hasEntitlements", None),
            "should_show_opt_in": ("shouldShowOptIn", None),
            "should_show_introduction": ("shouldShowIntroduction", None),
            "show_chat": ("showChat", None),
            "accountant_proxy_employee_id": ("accountantProxyEmployeeId", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "pilot": ("pilot", None),
            "proxy": ("proxy", None),
            "admin": ("admin", None),
            "accountant": ("accountant", None),
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
