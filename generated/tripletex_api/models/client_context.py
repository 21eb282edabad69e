from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ClientContext")


@_attrs_define
class ClientContext:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        trial = d.pop("trial", UNSET)

        subscribed = d.pop("subscribed", UNSET)

        dev_mode = d.pop("devMode", UNSET)

        pilot_mode = d.pop("pilotMode", UNSET)

        active_accountant_proxy = d.pop("activeAccountantProxy", UNSET)

        hacked_or_support_access = d.pop("hackedOrSupportAccess", UNSET)

        company_type_id = d.pop("companyTypeId", UNSET)

        company_id = d.pop("companyId", UNSET)

        company_name = d.pop("companyName", UNSET)

        _obj = cls(
            trial=trial,
            subscribed=subscribed,
            dev_mode=dev_mode,
            pilot_mode=pilot_mode,
            active_accountant_proxy=active_accountant_proxy,
            hacked_or_support_access=hacked_or_support_access,
            company_type_id=company_type_id,
            company_id=company_id,
            company_name=company_name,
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
