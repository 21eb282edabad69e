from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankIdConsentResponseDTO")


@_attrs_define
class BankIdConsentResponseDTO:
    """
    Attributes:
        enabled (bool | Unset): [read-only] Whether BankID signing was enabled or disabled
        redirect_url (str | Unset): [read-only] The redirect URL for BankID consent flow. If null, no consent is needed.
        message (str | Unset): [read-only] Message describing the result of the operation
    """

    enabled: bool | Unset = UNSET
    redirect_url: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        enabled = self.enabled

        redirect_url = self.redirect_url

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET and not _in_request:
            field_dict["enabled"] = enabled
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url
        if message is not UNSET and not _in_request:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        enabled = d.pop("enabled", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        message = d.pop("message", UNSET)

        _obj = cls(
            enabled=enabled,
            redirect_url=redirect_url,
            message=message,
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
