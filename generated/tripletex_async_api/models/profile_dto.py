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
    from ..models.menu_item import MenuItem


T = TypeVar("T", bound="ProfileDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("menuItems", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProfileDTO(LazyModel):
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
        self._tx_load()
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
        """A ProfileDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.menu_item import MenuItem  # noqa: PLC0415

        def _p_menu_items(_tx_v: Any) -> list[MenuItem] | Unset:
            _menu_items = _tx_v
            menu_items: list[MenuItem] | Unset = UNSET
            if _menu_items is not UNSET:
                menu_items = []
                for menu_items_item_data in _menu_items:
                    if menu_items_item_data is None:
                        continue
                    menu_items_item = MenuItem._tx_from_json(menu_items_item_data)

                    menu_items.append(menu_items_item)

            return menu_items

        _tx_known: frozenset[str] = frozenset(
            (
                "displayName",
                "profileImageUrl",
                "menuItems",
                "site",
                "userLocale",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "display_name": ("displayName", None),
            "profile_image_url": ("profileImageUrl", None),
            "menu_items": ("menuItems", _p_menu_items),
            "site": ("site", None),
            "user_locale": ("userLocale", None),
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
