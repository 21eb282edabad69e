from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_settings_type import AttestationSettingsType
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

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="AttestationSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        type_ (AttestationSettingsType | Unset):
        is_inactive (bool | Unset):
        send_reminders (bool | Unset):
        remind_after_x_days (int | Unset):
        remind_x_days_before_due (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    type_: AttestationSettingsType | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    send_reminders: bool | Unset = UNSET
    remind_after_x_days: int | Unset = UNSET
    remind_x_days_before_due: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_inactive = self.is_inactive

        send_reminders = self.send_reminders

        remind_after_x_days = self.remind_after_x_days

        remind_x_days_before_due = self.remind_x_days_before_due

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if send_reminders is not UNSET:
            field_dict["sendReminders"] = send_reminders
        if remind_after_x_days is not UNSET:
            field_dict["remindAfterXDays"] = remind_after_x_days
        if remind_x_days_before_due is not UNSET:
            field_dict["remindXDaysBeforeDue"] = remind_x_days_before_due

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_type_(_tx_v: Any) -> AttestationSettingsType | Unset:
            _type_ = _tx_v
            type_: AttestationSettingsType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = AttestationSettingsType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "type",
                "isInactive",
                "sendReminders",
                "remindAfterXDays",
                "remindXDaysBeforeDue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "type_": ("type", _p_type_),
            "is_inactive": ("isInactive", None),
            "send_reminders": ("sendReminders", None),
            "remind_after_x_days": ("remindAfterXDays", None),
            "remind_x_days_before_due": ("remindXDaysBeforeDue", None),
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
