from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.menu_menu_style import MenuMenuStyle
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


T = TypeVar("T", bound="Menu")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("menuStyle", str, False),
    ("menuItems", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Menu(LazyModel):
    """
    Attributes:
        menu_style (MenuMenuStyle | Unset): [read-only]
        menu_items (list[MenuItem] | Unset): [read-only]
        default_content_url (str | Unset): [read-only]
        show_trial_widget (bool | Unset): [read-only]
        package_name (str | Unset): [read-only]
        purchase_url (str | Unset): [read-only]
        trial_expires_date (str | Unset): [read-only]
        current_server_time (str | Unset): [read-only]
    """

    menu_style: MenuMenuStyle | Unset = UNSET
    menu_items: list[MenuItem] | Unset = UNSET
    default_content_url: str | Unset = UNSET
    show_trial_widget: bool | Unset = UNSET
    package_name: str | Unset = UNSET
    purchase_url: str | Unset = UNSET
    trial_expires_date: str | Unset = UNSET
    current_server_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        menu_style: str | Unset = UNSET
        if not isinstance(self.menu_style, Unset):
            menu_style = self.menu_style.value

        menu_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menu_items, Unset):
            menu_items = []
            for menu_items_item_data in self.menu_items:
                menu_items_item = menu_items_item_data.to_dict()
                menu_items.append(menu_items_item)

        default_content_url = self.default_content_url

        show_trial_widget = self.show_trial_widget

        package_name = self.package_name

        purchase_url = self.purchase_url

        trial_expires_date = self.trial_expires_date

        current_server_time = self.current_server_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if menu_style is not UNSET and not _in_request:
            field_dict["menuStyle"] = menu_style
        if menu_items is not UNSET and not _in_request:
            field_dict["menuItems"] = menu_items
        if default_content_url is not UNSET and not _in_request:
            field_dict["defaultContentUrl"] = default_content_url
        if show_trial_widget is not UNSET and not _in_request:
            field_dict["showTrialWidget"] = show_trial_widget
        if package_name is not UNSET and not _in_request:
            field_dict["packageName"] = package_name
        if purchase_url is not UNSET and not _in_request:
            field_dict["purchaseUrl"] = purchase_url
        if trial_expires_date is not UNSET and not _in_request:
            field_dict["trialExpiresDate"] = trial_expires_date
        if current_server_time is not UNSET and not _in_request:
            field_dict["currentServerTime"] = current_server_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Menu from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.menu_item import MenuItem  # noqa: PLC0415

        def _p_menu_style(_tx_v: Any) -> MenuMenuStyle | Unset:
            _menu_style = _tx_v
            menu_style: MenuMenuStyle | Unset
            if isinstance(_menu_style, Unset):
                menu_style = UNSET
            else:
                menu_style = MenuMenuStyle(_menu_style)

            return menu_style

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
                "menuStyle",
                "menuItems",
                "defaultContentUrl",
                "showTrialWidget",
                "packageName",
                "purchaseUrl",
                "trialExpiresDate",
                "currentServerTime",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "menu_style": ("menuStyle", _p_menu_style),
            "menu_items": ("menuItems", _p_menu_items),
            "default_content_url": ("defaultContentUrl", None),
            "show_trial_widget": ("showTrialWidget", None),
            "package_name": ("packageName", None),
            "purchase_url": ("purchaseUrl", None),
            "trial_expires_date": ("trialExpiresDate", None),
            "current_server_time": ("currentServerTime", None),
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
