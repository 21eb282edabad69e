from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
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
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        link = d.pop("link", UNSET)

        developer_message = d.pop("developerMessage", UNSET)

        _validation_messages = d.pop("validationMessages", UNSET)
        validation_messages: list[ApiValidationMessage] | Unset = UNSET
        if _validation_messages is not UNSET:
            validation_messages = []
            for validation_messages_item_data in _validation_messages:
                if validation_messages_item_data is None:
                    continue
                validation_messages_item = ApiValidationMessage.from_dict(validation_messages_item_data)

                validation_messages.append(validation_messages_item)

        request_id = d.pop("requestId", UNSET)

        _obj = cls(
            status=status,
            code=code,
            message=message,
            link=link,
            developer_message=developer_message,
            validation_messages=validation_messages,
            request_id=request_id,
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
