from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.menu_item import MenuItem


T = TypeVar("T", bound="ProfileDTO")


@_attrs_define
class ProfileDTO:
    """
    Attributes:
        display_name (str | Unset): [read-only]
        profile_image_url (str | Unset): [read-only]
        menu_items (list[MenuItem] | Unset): [read-only]
        site (str | Unset): [read-only]
        user_locale (str | Unset): [read-only]
    """

    display_name: str | Unset = UNSET
    profile_image_url: str | Unset = UNSET
    menu_items: list[MenuItem] | Unset = UNSET
    site: str | Unset = UNSET
    user_locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        display_name = self.display_name

        profile_image_url = self.profile_image_url

        menu_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menu_items, Unset):
            menu_items = []
            for menu_items_item_data in self.menu_items:
                menu_items_item = menu_items_item_data.to_dict()
                menu_items.append(menu_items_item)

        site = self.site

        user_locale = self.user_locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if profile_image_url is not UNSET and not _in_request:
            field_dict["profileImageUrl"] = profile_image_url
        if menu_items is not UNSET and not _in_request:
            field_dict["menuItems"] = menu_items
        if site is not UNSET and not _in_request:
            field_dict["site"] = site
        if user_locale is not UNSET and not _in_request:
            field_dict["userLocale"] = user_locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.menu_item import MenuItem  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        display_name = d.pop("displayName", UNSET)

        profile_image_url = d.pop("profileImageUrl", UNSET)

        _menu_items = d.pop("menuItems", UNSET)
        menu_items: list[MenuItem] | Unset = UNSET
        if _menu_items is not UNSET:
            menu_items = []
            for menu_items_item_data in _menu_items:
                if menu_items_item_data is None:
                    continue
                menu_items_item = MenuItem.from_dict(menu_items_item_data)

                menu_items.append(menu_items_item)

        site = d.pop("site", UNSET)

        user_locale = d.pop("userLocale", UNSET)

        _obj = cls(
            display_name=display_name,
            profile_image_url=profile_image_url,
            menu_items=menu_items,
            site=site,
            user_locale=user_locale,
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
