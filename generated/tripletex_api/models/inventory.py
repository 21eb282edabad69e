from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="Inventory")


@_attrs_define
class Inventory:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        number (str | Unset):
        display_name (str | Unset): [read-only]
        is_main_inventory (bool | Unset):
        is_inactive (bool | Unset):
        description (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        deletable (bool | Unset):
        address (Address | Unset): Address tied to the employee
        last_stocking (str | Unset):
        status (str | Unset):
        has_locations (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    is_main_inventory: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    address: Address | Unset = UNSET
    last_stocking: str | Unset = UNSET
    status: str | Unset = UNSET
    has_locations: bool | Unset = UNSET
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

        name = self.name

        number = self.number

        display_name = self.display_name

        is_main_inventory = self.is_main_inventory

        is_inactive = self.is_inactive

        description = self.description

        email = self.email

        phone = self.phone

        deletable = self.deletable

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        last_stocking = self.last_stocking

        status = self.status

        has_locations = self.has_locations

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
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if is_main_inventory is not UNSET:
            field_dict["isMainInventory"] = is_main_inventory
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if address is not UNSET:
            field_dict["address"] = address
        if last_stocking is not UNSET:
            field_dict["lastStocking"] = last_stocking
        if status is not UNSET:
            field_dict["status"] = status
        if has_locations is not UNSET:
            field_dict["hasLocations"] = has_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
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

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        display_name = d.pop("displayName", UNSET)

        is_main_inventory = d.pop("isMainInventory", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        deletable = d.pop("deletable", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        last_stocking = d.pop("lastStocking", UNSET)

        status = d.pop("status", UNSET)

        has_locations = d.pop("hasLocations", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            number=number,
            display_name=display_name,
            is_main_inventory=is_main_inventory,
            is_inactive=is_inactive,
            description=description,
            email=email,
            phone=phone,
            deletable=deletable,
            address=address,
            last_stocking=last_stocking,
            status=status,
            has_locations=has_locations,
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
