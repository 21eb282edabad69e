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
    from ..models.change import Change
    from ..models.sticos_link import SticosLink


T = TypeVar("T", bound="SticosConversationMessage")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("sticosLinks", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SticosConversationMessage(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        response (str | Unset):
        confidence (int | Unset):
        flag (int | Unset):
        session_id (str | Unset):
        sticos_links (list[SticosLink] | Unset):
        sticos_status (str | Unset): Sticos banner status
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    response: str | Unset = UNSET
    confidence: int | Unset = UNSET
    flag: int | Unset = UNSET
    session_id: str | Unset = UNSET
    sticos_links: list[SticosLink] | Unset = UNSET
    sticos_status: str | Unset = UNSET
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

        response = self.response

        confidence = self.confidence

        flag = self.flag

        session_id = self.session_id

        sticos_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sticos_links, Unset):
            sticos_links = []
            for sticos_links_item_data in self.sticos_links:
                sticos_links_item = sticos_links_item_data.to_dict()
                sticos_links.append(sticos_links_item)

        sticos_status = self.sticos_status

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
        if response is not UNSET:
            field_dict["response"] = response
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if flag is not UNSET:
            field_dict["flag"] = flag
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if sticos_links is not UNSET:
            field_dict["sticosLinks"] = sticos_links
        if sticos_status is not UNSET:
            field_dict["sticosStatus"] = sticos_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SticosConversationMessage from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sticos_link import SticosLink  # noqa: PLC0415

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

        def _p_sticos_links(_tx_v: Any) -> list[SticosLink] | Unset:
            _sticos_links = _tx_v
            sticos_links: list[SticosLink] | Unset = UNSET
            if _sticos_links is not UNSET:
                sticos_links = []
                for sticos_links_item_data in _sticos_links:
                    if sticos_links_item_data is None:
                        continue
                    sticos_links_item = SticosLink._tx_from_json(sticos_links_item_data)

                    sticos_links.append(sticos_links_item)

            return sticos_links

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "response",
                "confidence",
                "flag",
                "sessionId",
                "sticosLinks",
                "sticosStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "response": ("response", None),
            "confidence": ("confidence", None),
            "flag": ("flag", None),
            "session_id": ("sessionId", None),
            "sticos_links": ("sticosLinks", _p_sticos_links),
            "sticos_status": ("sticosStatus", None),
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
