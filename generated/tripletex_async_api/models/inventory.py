from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="Inventory")


@_attrs_define
class Inventory(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        number (str | Unset):
        display_name (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.is_main_inventory
        if _v is not UNSET:
            field_dict["isMainInventory"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.phone
        if _v is not UNSET:
            field_dict["phone"] = _v
        _v = self.deletable
        if _v is not UNSET:
            field_dict["deletable"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.last_stocking
        if _v is not UNSET:
            field_dict["lastStocking"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.has_locations
        if _v is not UNSET:
            field_dict["hasLocations"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Inventory from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Inventory.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "number": "number",
            "displayName": "display_name",
            "isMainInventory": "is_main_inventory",
            "isInactive": "is_inactive",
            "description": "description",
            "email": "email",
            "phone": "phone",
            "deletable": "deletable",
            "lastStocking": "last_stocking",
            "status": "status",
            "hasLocations": "has_locations",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_name = o.is_main_inventory = (
                        o.is_inactive
                    ) = o.description = o.email = o.phone = o.deletable = o.address = o.last_stocking = o.status = (
                        o.has_locations
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_name = o.is_main_inventory = (
                        o.is_inactive
                    ) = o.description = o.email = o.phone = o.deletable = o.address = o.last_stocking = o.status = (
                        o.has_locations
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("isMainInventory")
                if v is None:
                    o.is_main_inventory = u
                    if "isMainInventory" not in d:
                        m += 1
                else:
                    o.is_main_inventory = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("phone")
                if v is None:
                    o.phone = u
                    if "phone" not in d:
                        m += 1
                else:
                    o.phone = v
                v = g("deletable")
                if v is None:
                    o.deletable = u
                    if "deletable" not in d:
                        m += 1
                else:
                    o.deletable = v
                k = "address"
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = Address._tx_parse(v)
                v = g("lastStocking")
                if v is None:
                    o.last_stocking = u
                    if "lastStocking" not in d:
                        m += 1
                else:
                    o.last_stocking = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("hasLocations")
                if v is None:
                    o.has_locations = u
                    if "hasLocations" not in d:
                        m += 1
                else:
                    o.has_locations = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("number", "number"),
            ("display_name", "displayName"),
            ("is_main_inventory", "isMainInventory"),
            ("is_inactive", "isInactive"),
            ("description", "description"),
            ("email", "email"),
            ("phone", "phone"),
            ("deletable", "deletable"),
            ("address", "address"),
            ("last_stocking", "lastStocking"),
            ("status", "status"),
            ("has_locations", "hasLocations"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.is_main_inventory
            o.is_main_inventory = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone
            o.phone = u if v is None else v
            v = s.deletable
            o.deletable = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else Address._tx_parse(v)
            v = s.last_stocking
            o.last_stocking = u if v is None else v
            v = s.status
            o.status = u if v is None else v
            v = s.has_locations
            o.has_locations = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
