from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_settings_type import NotificationSettingsType
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

T = TypeVar("T", bound="NotificationSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("type", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class NotificationSettings(LazyModel):
    """
    Attributes:
        type_ (NotificationSettingsType | Unset): [read-only] The notification type
        choice (bool | Unset): Whether the notification is enabled or disabled
        delivery_type (str | Unset): [read-only] The delivery type
    """

    type_: NotificationSettingsType | Unset = UNSET
    choice: bool | Unset = UNSET
    delivery_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        choice = self.choice

        delivery_type = self.delivery_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if choice is not UNSET:
            field_dict["choice"] = choice
        if delivery_type is not UNSET and not _in_request:
            field_dict["deliveryType"] = delivery_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NotificationSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_type_(_tx_v: Any) -> NotificationSettingsType | Unset:
            _type_ = _tx_v
            type_: NotificationSettingsType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = NotificationSettingsType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "choice",
                "deliveryType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", _p_type_),
            "choice": ("choice", None),
            "delivery_type": ("deliveryType", None),
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
