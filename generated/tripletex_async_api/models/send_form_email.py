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

T = TypeVar("T", bound="SendFormEmail")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("ids", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SendFormEmail(LazyModel):
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
        self._tx_load()
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
        """A SendFormEmail from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_ids(_tx_v: Any) -> list[int] | Unset:
            ids = cast(list[int], _tx_v)

            return ids

        _tx_known: frozenset[str] = frozenset(
            (
                "ids",
                "mergeAttachments",
                "emailAddress",
                "message",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "ids": ("ids", _p_ids),
            "merge_attachments": ("mergeAttachments", None),
            "email_address": ("emailAddress", None),
            "message": ("message", None),
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
