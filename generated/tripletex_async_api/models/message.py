from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.change import Change
    from ..models.document import Document


T = TypeVar("T", bound="Message")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("emailTo", list, False),
    ("emailAttachments", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Message(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        send_time (str | Unset):
        content (str | Unset):
        email_to (list[str] | Unset): [read-only]
        email_attachments (list[Document] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    send_time: str | Unset = UNSET
    content: str | Unset = UNSET
    email_to: list[str] | Unset = UNSET
    email_attachments: list[Document] | Unset = UNSET
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

        send_time = self.send_time

        content = self.content

        email_to: list[str] | Unset = UNSET
        if not isinstance(self.email_to, Unset):
            email_to = self.email_to

        email_attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_attachments, Unset):
            email_attachments = []
            for email_attachments_item_data in self.email_attachments:
                email_attachments_item = email_attachments_item_data.to_dict()
                email_attachments.append(email_attachments_item)

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
        if send_time is not UNSET:
            field_dict["sendTime"] = send_time
        if content is not UNSET:
            field_dict["content"] = content
        if email_to is not UNSET and not _in_request:
            field_dict["emailTo"] = email_to
        if email_attachments is not UNSET and not _in_request:
            field_dict["emailAttachments"] = email_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Message from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

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

        def _p_email_to(_tx_v: Any) -> list[str] | Unset:
            email_to = cast(list[str], _tx_v)

            return email_to

        def _p_email_attachments(_tx_v: Any) -> list[Document] | Unset:
            _email_attachments = _tx_v
            email_attachments: list[Document] | Unset = UNSET
            if _email_attachments is not UNSET:
                email_attachments = []
                for email_attachments_item_data in _email_attachments:
                    if email_attachments_item_data is None:
                        continue
                    email_attachments_item = Document._tx_from_json(email_attachments_item_data)

                    email_attachments.append(email_attachments_item)

            return email_attachments

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "sendTime",
                "content",
                "emailTo",
                "emailAttachments",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "send_time": ("sendTime", None),
            "content": ("content", None),
            "email_to": ("emailTo", _p_email_to),
            "email_attachments": ("emailAttachments", _p_email_attachments),
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
