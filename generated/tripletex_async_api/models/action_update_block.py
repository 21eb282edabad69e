from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_update_block_status import ActionUpdateBlockStatus
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

T = TypeVar("T", bound="ActionUpdateBlock")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("status", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ActionUpdateBlock(LazyModel):
    """Action status update block

    Attributes:
        type_ (str | Unset):
        action_list_id (str | Unset):
        action_id (str | Unset):
        status (ActionUpdateBlockStatus | Unset):
        url (str | Unset):
    """

    type_: str | Unset = UNSET
    action_list_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    status: ActionUpdateBlockStatus | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        action_list_id = self.action_list_id

        action_id = self.action_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action_list_id is not UNSET:
            field_dict["actionListId"] = action_list_id
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActionUpdateBlock from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> ActionUpdateBlockStatus | Unset:
            _status = _tx_v
            status: ActionUpdateBlockStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ActionUpdateBlockStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "actionListId",
                "actionId",
                "status",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "action_list_id": ("actionListId", None),
            "action_id": ("actionId", None),
            "status": ("status", _p_status),
            "url": ("url", None),
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
