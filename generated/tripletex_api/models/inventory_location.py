from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.inventory import Inventory


T = TypeVar("T", bound="InventoryLocation")


@_attrs_define
class InventoryLocation:
    """Inventory location field -- beta program

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        inventory (Inventory | Unset):
        number (int | Unset): [read-only]
        name (str | Unset):
        display_name (str | Unset): [read-only]
        is_inactive (bool | Unset):
        is_deletable (bool | Unset): [read-only]
        can_deactivate (bool | Unset): [read-only] Indicates whether the location can be deactivated based on current
            stock and usage.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    number: int | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    can_deactivate: bool | Unset = UNSET
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

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        number = self.number

        name = self.name

        display_name = self.display_name

        is_inactive = self.is_inactive

        is_deletable = self.is_deletable

        can_deactivate = self.can_deactivate

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
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if is_deletable is not UNSET and not _in_request:
            field_dict["isDeletable"] = is_deletable
        if can_deactivate is not UNSET and not _in_request:
            field_dict["canDeactivate"] = can_deactivate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415

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

        _inventory = d.pop("inventory", UNSET)
        inventory: Inventory | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = Inventory.from_dict(_inventory)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        is_deletable = d.pop("isDeletable", UNSET)

        can_deactivate = d.pop("canDeactivate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            inventory=inventory,
            number=number,
            name=name,
            display_name=display_name,
            is_inactive=is_inactive,
            is_deletable=is_deletable,
            can_deactivate=can_deactivate,
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
