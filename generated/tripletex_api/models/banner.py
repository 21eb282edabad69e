from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="Banner")


@_attrs_define
class Banner:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        banner_type (str | Unset): [read-only]
        title (str | Unset): [read-only]
        message (str | Unset): [read-only]
        button (str | Unset): [read-only]
        link (str | Unset): [read-only]
        tag (str | Unset): [read-only]
        done (bool | Unset): [read-only]
        cancellable (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    banner_type: str | Unset = UNSET
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    button: str | Unset = UNSET
    link: str | Unset = UNSET
    tag: str | Unset = UNSET
    done: bool | Unset = UNSET
    cancellable: bool | Unset = UNSET
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

        banner_type = self.banner_type

        title = self.title

        message = self.message

        button = self.button

        link = self.link

        tag = self.tag

        done = self.done

        cancellable = self.cancellable

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
        if banner_type is not UNSET and not _in_request:
            field_dict["bannerType"] = banner_type
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if button is not UNSET and not _in_request:
            field_dict["button"] = button
        if link is not UNSET and not _in_request:
            field_dict["link"] = link
        if tag is not UNSET and not _in_request:
            field_dict["tag"] = tag
        if done is not UNSET and not _in_request:
            field_dict["done"] = done
        if cancellable is not UNSET and not _in_request:
            field_dict["cancellable"] = cancellable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

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

        banner_type = d.pop("bannerType", UNSET)

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        button = d.pop("button", UNSET)

        link = d.pop("link", UNSET)

        tag = d.pop("tag", UNSET)

        done = d.pop("done", UNSET)

        cancellable = d.pop("cancellable", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            banner_type=banner_type,
            title=title,
            message=message,
            button=button,
            link=link,
            tag=tag,
            done=done,
            cancellable=cancellable,
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
