from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.menu_menu_style import MenuMenuStyle
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.menu_item import MenuItem


T = TypeVar("T", bound="Menu")


@_attrs_define
class Menu:
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
        from ..models.menu_item import MenuItem  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _menu_style = d.pop("menuStyle", UNSET)
        menu_style: MenuMenuStyle | Unset
        if isinstance(_menu_style, Unset):
            menu_style = UNSET
        else:
            menu_style = MenuMenuStyle(_menu_style)

        _menu_items = d.pop("menuItems", UNSET)
        menu_items: list[MenuItem] | Unset = UNSET
        if _menu_items is not UNSET:
            menu_items = []
            for menu_items_item_data in _menu_items:
                if menu_items_item_data is None:
                    continue
                menu_items_item = MenuItem.from_dict(menu_items_item_data)

                menu_items.append(menu_items_item)

        default_content_url = d.pop("defaultContentUrl", UNSET)

        show_trial_widget = d.pop("showTrialWidget", UNSET)

        package_name = d.pop("packageName", UNSET)

        purchase_url = d.pop("purchaseUrl", UNSET)

        trial_expires_date = d.pop("trialExpiresDate", UNSET)

        current_server_time = d.pop("currentServerTime", UNSET)

        _obj = cls(
            menu_style=menu_style,
            menu_items=menu_items,
            default_content_url=default_content_url,
            show_trial_widget=show_trial_widget,
            package_name=package_name,
            purchase_url=purchase_url,
            trial_expires_date=trial_expires_date,
            current_server_time=current_server_time,
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
