from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SendFormEmail")


@_attrs_define
class SendFormEmail:
    """
    Attributes:
        ids (list[int] | Unset): The IDs of the forms to send.
        merge_attachments (bool | Unset): If true, the attachments will be merged into one PDF file before sending the
            email.
        email_address (str | Unset): The email address to send the form to. This can be one or more emails separated by
            a comma.
        message (str | Unset): The message to include in the email.
    """

    ids: list[int] | Unset = UNSET
    merge_attachments: bool | Unset = UNSET
    email_address: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        merge_attachments = self.merge_attachments

        email_address = self.email_address

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if merge_attachments is not UNSET:
            field_dict["mergeAttachments"] = merge_attachments
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        ids = cast(list[int], d.pop("ids", UNSET))

        merge_attachments = d.pop("mergeAttachments", UNSET)

        email_address = d.pop("emailAddress", UNSET)

        message = d.pop("message", UNSET)

        _obj = cls(
            ids=ids,
            merge_attachments=merge_attachments,
            email_address=email_address,
            message=message,
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
