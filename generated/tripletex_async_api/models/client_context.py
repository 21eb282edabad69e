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

T = TypeVar("T", bound="ClientContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ClientContext(LazyModel):
    """
    Attributes:
        trial (bool | Unset): Whether the current session is in a trial account
        subscribed (bool | Unset): Whether the current session has access to the year-end module
        dev_mode (bool | Unset): Whether the current session has access to development features
        pilot_mode (bool | Unset): Whether the current session has access to pilot features
        active_accountant_proxy (bool | Unset): Whether the current session is a proxy for an accountant
        hacked_or_support_access (bool | Unset): Whether the current session is a Tripletex employee with extra
            privileges
        company_type_id (int | Unset): The category of the company which is selected in the current session
        company_id (int | Unset): The id of the company which is selected in the current session
        company_name (str | Unset): The name of the company which is selected in the current session
    """

    trial: bool | Unset = UNSET
    subscribed: bool | Unset = UNSET
    dev_mode: bool | Unset = UNSET
    pilot_mode: bool | Unset = UNSET
    active_accountant_proxy: bool | Unset = UNSET
    hacked_or_support_access: bool | Unset = UNSET
    company_type_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        trial = self.trial

        subscribed = self.subscribed

        dev_mode = self.dev_mode

        pilot_mode = self.pilot_mode

        active_accountant_proxy = self.active_accountant_proxy

        hacked_or_support_access = self.hacked_or_support_access

        company_type_id = self.company_type_id

        company_id = self.company_id

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trial is not UNSET:
            field_dict["trial"] = trial
        if subscribed is not UNSET:
            field_dict["subscribed"] = subscribed
        if dev_mode is not UNSET:
            field_dict["devMode"] = dev_mode
        if pilot_mode is not UNSET:
            field_dict["pilotMode"] = pilot_mode
        if active_accountant_proxy is not UNSET:
            field_dict["activeAccountantProxy"] = active_accountant_proxy
        if hacked_or_support_access is not UNSET:
            field_dict["hackedOrSupportAccess"] = hacked_or_support_access
        if company_type_id is not UNSET:
            field_dict["companyTypeId"] = company_type_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "trial",
                "subscribed",
                "devMode",
                "pilotMode",
                "activeAccountantProxy",
                "hackedOrSupportAccess",
                "companyTypeId",
                "companyId",
                "companyName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "trial": ("trial", None),
            "subscribed": ("subscribed", None),
            "dev_mode": ("devMode", None),
            "pilot_mode": ("pilotMode", None),
            "active_accountant_proxy": ("activeAccountantProxy", None),
            "hacked_or_support_access": ("hackedOrSupportAccess", None),
            "company_type_id": ("companyTypeId", None),
            "company_id": ("companyId", None),
            "company_name": ("companyName", None),
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
