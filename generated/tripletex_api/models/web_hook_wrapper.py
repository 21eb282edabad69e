from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.web_hook_wrapper_value import WebHookWrapperValue


T = TypeVar("T", bound="WebHookWrapper")


@_attrs_define
class WebHookWrapper:
    """
    Attributes:
        value (WebHookWrapperValue | Unset): [read-only]
        event (str | Unset): [read-only]
        subscription_id (int | Unset): [read-only]
        id (int | Unset): [read-only]
    """

    value: WebHookWrapperValue | Unset = UNSET
    event: str | Unset = UNSET
    subscription_id: int | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        event = self.event

        subscription_id = self.subscription_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET and not _in_request:
            field_dict["value"] = value
        if event is not UNSET and not _in_request:
            field_dict["event"] = event
        if subscription_id is not UNSET and not _in_request:
            field_dict["subscriptionId"] = subscription_id
        if id is not UNSET and not _in_request:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.web_hook_wrapper_value import WebHookWrapperValue  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _value = d.pop("value", UNSET)
        value: WebHookWrapperValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = WebHookWrapperValue.from_dict(_value)

        event = d.pop("event", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        id = d.pop("id", UNSET)

        _obj = cls(
            value=value,
            event=event,
            subscription_id=subscription_id,
            id=id,
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
