from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage


T = TypeVar("T", bound="ApiError")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("validationMessages", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ApiError(LazyModel):
    """
    Attributes:
        status (int | Unset):
        code (int | Unset):
        message (str | Unset):
        link (str | Unset):
        developer_message (str | Unset):
        validation_messages (list[ApiValidationMessage] | Unset):
        request_id (str | Unset):
    """

    status: int | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    link: str | Unset = UNSET
    developer_message: str | Unset = UNSET
    validation_messages: list[ApiValidationMessage] | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        status = self.status

        code = self.code

        message = self.message

        link = self.link

        developer_message = self.developer_message

        validation_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = []
            for validation_messages_item_data in self.validation_messages:
                validation_messages_item = validation_messages_item_data.to_dict()
                validation_messages.append(validation_messages_item)

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if link is not UNSET:
            field_dict["link"] = link
        if developer_message is not UNSET:
            field_dict["developerMessage"] = developer_message
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ApiError from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415

        def _p_validation_messages(_tx_v: Any) -> list[ApiValidationMessage] | Unset:
            _validation_messages = _tx_v
            validation_messages: list[ApiValidationMessage] | Unset = UNSET
            if _validation_messages is not UNSET:
                validation_messages = []
                for validation_messages_item_data in _validation_messages:
                    if validation_messages_item_data is None:
                        continue
                    validation_messages_item = ApiValidationMessage._tx_from_json(validation_messages_item_data)

                    validation_messages.append(validation_messages_item)

            return validation_messages

        _tx_known: frozenset[str] = frozenset(
            (
                "status",
                "code",
                "message",
                "link",
                "developerMessage",
                "validationMessages",
                "requestId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "status": ("status", None),
            "code": ("code", None),
            "message": ("message", None),
            "link": ("link", None),
            "developer_message": ("developerMessage", None),
            "validation_messages": ("validationMessages", _p_validation_messages),
            "request_id": ("requestId", None),
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
