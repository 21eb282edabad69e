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
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="Inventory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("address", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Inventory(LazyModel):
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
        """A Inventory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_address(_tx_v: Any) -> Address | Unset:
            _address = _tx_v
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address._tx_from_json(_address)

            return address

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "number",
                "displayName",
                "isMainInventory",
                "isInactive",
                "description",
                "email",
                "phone",
                "deletable",
                "address",
                "lastStocking",
                "status",
                "hasLocations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "number": ("number", None),
            "display_name": ("displayName", None),
            "is_main_inventory": ("isMainInventory", None),
            "is_inactive": ("isInactive", None),
            "description": ("description", None),
            "email": ("email", None),
            "phone": ("phone", None),
            "deletable": ("deletable", None),
            "address": ("address", _p_address),
            "last_stocking": ("lastStocking", None),
            "status": ("status", None),
            "has_locations": ("hasLocations", None),
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
