from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.sticos_link import SticosLink


T = TypeVar("T", bound="SticosConversationMessage")


@_attrs_define
class SticosConversationMessage:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sticos_link import SticosLink  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        response = d.pop("response", UNSET)

        confidence = d.pop("confidence", UNSET)

        flag = d.pop("flag", UNSET)

        session_id = d.pop("sessionId", UNSET)

        _sticos_links = d.pop("sticosLinks", UNSET)
        sticos_links: list[SticosLink] | Unset = UNSET
        if _sticos_links is not UNSET:
            sticos_links = []
            for sticos_links_item_data in _sticos_links:
                if sticos_links_item_data is None:
                    continue
                sticos_links_item = SticosLink.from_dict(sticos_links_item_data)

                sticos_links.append(sticos_links_item)

        sticos_status = d.pop("sticosStatus", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            response=response,
            confidence=confidence,
            flag=flag,
            session_id=session_id,
            sticos_links=sticos_links,
            sticos_status=sticos_status,
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
