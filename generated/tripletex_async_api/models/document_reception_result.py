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

T = TypeVar("T", bound="DocumentReceptionResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("validationMessages", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class DocumentReceptionResult(LazyModel):
    """
    Attributes:
        message_id (int | Unset):
        document_id (int | Unset):
        is_valid (bool | Unset):
        validation_messages (list[str] | Unset):
    """

    message_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    is_valid: bool | Unset = UNSET
    validation_messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        message_id = self.message_id

        document_id = self.document_id

        is_valid = self.is_valid

        validation_messages: list[str] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = self.validation_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentReceptionResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_validation_messages(_tx_v: Any) -> list[str] | Unset:
            validation_messages = cast(list[str], _tx_v)

            return validation_messages

        _tx_known: frozenset[str] = frozenset(
            (
                "messageId",
                "documentId",
                "isValid",
                "validationMessages",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "message_id": ("messageId", None),
            "document_id": ("documentId", None),
            "is_valid": ("isValid", None),
            "validation_messages": ("validationMessages", _p_validation_messages),
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
