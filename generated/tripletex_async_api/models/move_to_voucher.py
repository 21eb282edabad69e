from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="MoveToVoucher")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("messageIds", list, False),
    ("messageIdsToSplit", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MoveToVoucher(LazyModel):
    """
    Attributes:
        message_ids (list[float] | Unset):
        message_ids_to_split (list[float] | Unset):
    """

    message_ids: list[float] | Unset = UNSET
    message_ids_to_split: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        message_ids: list[float] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        message_ids_to_split: list[float] | Unset = UNSET
        if not isinstance(self.message_ids_to_split, Unset):
            message_ids_to_split = self.message_ids_to_split

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if message_ids_to_split is not UNSET:
            field_dict["messageIdsToSplit"] = message_ids_to_split

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MoveToVoucher from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_message_ids(_tx_v: Any) -> list[float] | Unset:
            message_ids = cast(list[float], _tx_v)

            return message_ids

        def _p_message_ids_to_split(_tx_v: Any) -> list[float] | Unset:
            message_ids_to_split = cast(list[float], _tx_v)

            return message_ids_to_split

        _tx_known: frozenset[str] = frozenset(
            (
                "messageIds",
                "messageIdsToSplit",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "message_ids": ("messageIds", _p_message_ids),
            "message_ids_to_split": ("messageIdsToSplit", _p_message_ids_to_split),
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
