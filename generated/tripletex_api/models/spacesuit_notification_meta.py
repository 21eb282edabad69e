from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SpacesuitNotificationMeta")


@_attrs_define
class SpacesuitNotificationMeta:
    """
    Attributes:
        sse_url (str | Unset): [read-only]
        client_name (str | Unset): [read-only]
        notification_settings_url (str | Unset): [read-only]
    """

    sse_url: str | Unset = UNSET
    client_name: str | Unset = UNSET
    notification_settings_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        sse_url = self.sse_url

        client_name = self.client_name

        notification_settings_url = self.notification_settings_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sse_url is not UNSET and not _in_request:
            field_dict["sseUrl"] = sse_url
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if notification_settings_url is not UNSET and not _in_request:
            field_dict["notificationSettingsUrl"] = notification_settings_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sse_url = d.pop("sseUrl", UNSET)

        client_name = d.pop("clientName", UNSET)

        notification_settings_url = d.pop("notificationSettingsUrl", UNSET)

        _obj = cls(
            sse_url=sse_url,
            client_name=client_name,
            notification_settings_url=notification_settings_url,
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
