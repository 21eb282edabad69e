from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_registration_device_type import DeviceRegistrationDeviceType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.mobile_subscription import MobileSubscription


T = TypeVar("T", bound="DeviceRegistration")


@_attrs_define
class DeviceRegistration:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        mobile_subscription (MobileSubscription | Unset):
        device_registration_token (str | Unset): Device registration token.
        device_type (DeviceRegistrationDeviceType | Unset): Device type (ANDROID or IOS)
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    mobile_subscription: MobileSubscription | Unset = UNSET
    device_registration_token: str | Unset = UNSET
    device_type: DeviceRegistrationDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        mobile_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile_subscription, Unset):
            mobile_subscription = self.mobile_subscription.to_dict()

        device_registration_token = self.device_registration_token

        device_type: str | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if mobile_subscription is not UNSET:
            field_dict["mobileSubscription"] = mobile_subscription
        if device_registration_token is not UNSET:
            field_dict["deviceRegistrationToken"] = device_registration_token
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.mobile_subscription import MobileSubscription  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _mobile_subscription = d.pop("mobileSubscription", UNSET)
        mobile_subscription: MobileSubscription | Unset
        if isinstance(_mobile_subscription, Unset):
            mobile_subscription = UNSET
        else:
            mobile_subscription = MobileSubscription.from_dict(_mobile_subscription)

        device_registration_token = d.pop("deviceRegistrationToken", UNSET)

        _device_type = d.pop("deviceType", UNSET)
        device_type: DeviceRegistrationDeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceRegistrationDeviceType(_device_type)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            mobile_subscription=mobile_subscription,
            device_registration_token=device_registration_token,
            device_type=device_type,
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
